package model

import (
	"slices"
	"testing"
)

// ids lists the IDs of as.
func ids(as []Annotation) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

func TestAnnotationSetQueriesFollowPositionOrder(t *testing.T) {
	set, _ := newTestSet(t)
	late, _ := set.Add(Annotation{Label: "claim", Span: spanOf(t, "open late")})
	family, _ := set.Add(Annotation{Label: "quote", Span: spanOf(t, "hello 👩‍👩‍👧 world")})
	hello, _ := set.Add(Annotation{Label: "claim", Span: spanOf(t, "hello")})
	orphan, _ := set.Add(Annotation{Label: "quote", Span: spanOf(t, "北京")})
	if err := set.Update(orphan.ID, func(a *Annotation) { a.Orphan = true }); err != nil {
		t.Fatal(err)
	}
	wantOrder := []string{hello.ID, family.ID, late.ID, orphan.ID}
	if got := ids(set.All()); !slices.Equal(got, wantOrder) {
		t.Fatalf("All = %v, want %v", got, wantOrder)
	}
	for i, id := range wantOrder {
		if got := set.At(i).ID; got != id {
			t.Errorf("At(%d) = %s, want %s", i, got, id)
		}
		if got := set.Index(id); got != i {
			t.Errorf("Index(%s) = %d, want %d", id, got, i)
		}
	}
	if set.Index("a-none") != -1 || set.PlacedLen() != 3 {
		t.Errorf("Index of an unknown id = %d, PlacedLen = %d; want -1 and 3", set.Index("a-none"), set.PlacedLen())
	}
	if got := ids(set.Overlapping(spanOf(t, "world"))); !slices.Equal(got, []string{family.ID}) {
		t.Errorf("Overlapping(world) = %v, want the family quote only", got)
	}
	if got := ids(set.Overlapping(spanOf(t, "lo 👩"))); !slices.Equal(got, []string{hello.ID, family.ID}) {
		t.Errorf("Overlapping(lo 👩) = %v, want hello and the family quote", got)
	}
	if got := ids(set.Orphans()); !slices.Equal(got, []string{orphan.ID}) {
		t.Errorf("Orphans = %v", got)
	}
	if got := ids(set.ByLabel("claim")); !slices.Equal(got, []string{hello.ID, late.ID}) {
		t.Errorf("ByLabel(claim) = %v", got)
	}
	if got := set.Labels(); len(got) != 2 || got["claim"] != 2 || got["quote"] != 2 {
		t.Errorf("Labels = %v, want claim 2, quote 2", got)
	}
	for label, want := range map[string][]string{"claim": {hello.ID, late.ID}, "quote": {family.ID, orphan.ID}} {
		for i, id := range want {
			if got := set.LabelAt(label, i).ID; got != id || set.LabelIndex(id) != i {
				t.Errorf("%s #%d: LabelAt = %s, LabelIndex(%s) = %d; want %s, %d", label, i, got, id, set.LabelIndex(id), id, i)
			}
		}
	}
	if err := set.Update(hello.ID, func(a *Annotation) { a.Label = "quote" }); err != nil {
		t.Fatal(err)
	}
	if set.LabelLen("claim") != 1 || set.LabelLen("quote") != 3 || set.LabelIndex(hello.ID) != 0 {
		t.Errorf("relabelling moved the tag to %d in quote (claim %d, quote %d)", set.LabelIndex(hello.ID), set.LabelLen("claim"), set.LabelLen("quote"))
	}
	set.Undo()
	set.Undo() // the orphaning
	if got := set.Index(orphan.ID); got != 2 {
		t.Errorf("after undo the annotation is placed again at %d, want 2 (before 'open late')", got)
	}
}

func TestRejectionsKeepTheirOrderAndAreFoundBySpan(t *testing.T) {
	set, _ := newTestSet(t)
	second, first := spanOf(t, "open late"), spanOf(t, "hello")
	for _, sp := range []Span{second, first} {
		if err := set.Reject(DetectionQuote, sp); err != nil {
			t.Fatal(err)
		}
	}
	if err := set.Reject(DetectionPromo, first); err != nil {
		t.Fatal(err)
	}
	got := set.Rejections()
	if len(got) != 3 || got[0].Span != second || got[1].Span != first || got[2].Kind != DetectionPromo {
		t.Fatalf("Rejections = %+v, want rejection order (late, hello, promo hello)", got)
	}
	var over []Rejection
	for r := range set.RejectionsOverlapping(spanOf(t, "hello 👩")) {
		over = append(over, r)
	}
	if len(over) != 2 || over[0].Span != first || over[1].Span != first {
		t.Errorf("RejectionsOverlapping = %+v, want both rejections of hello", over)
	}
	set.Unreject(DetectionQuote, first)
	if set.IsRejected(DetectionQuote, first) || !set.IsRejected(DetectionPromo, first) || !set.IsRejected(DetectionQuote, second) {
		t.Errorf("Unreject removed the wrong rejection: %+v", set.Rejections())
	}
	set.Undo()
	if got := set.Rejections(); len(got) != 3 || got[2].Span != first || got[2].Kind != DetectionQuote {
		t.Errorf("undoing Unreject puts the rejection back last: %+v", got)
	}
}
