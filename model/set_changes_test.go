package model

import (
	"fmt"
	"slices"
	"testing"
)

// changedIDs lists what ChangedSince(rev) yields as "before>after" IDs ("-" for none).
func changedIDs(t *testing.T, set *AnnotationSet, rev uint64) ([]string, bool) {
	t.Helper()
	changes, n, ok := set.ChangedSince(rev)
	if !ok {
		return nil, false
	}
	var out []string
	name := func(a *Annotation) string {
		if a == nil {
			return "-"
		}
		return a.ID + ":" + a.Label
	}
	for before, after := range changes {
		out = append(out, name(before)+">"+name(after))
	}
	if len(out) != n {
		t.Fatalf("ChangedSince(%d) counted %d changes and yielded %d", rev, n, len(out))
	}
	return out, true
}

func TestChangedSinceYieldsTheLatestChangesOldestFirst(t *testing.T) {
	set, _ := newTestSet(t)
	start := set.Revision()
	a, err := set.Add(Annotation{Label: "quote", Span: spanOf(t, "hello")})
	if err != nil {
		t.Fatal(err)
	}
	if err := set.Update(a.ID, func(a *Annotation) { a.Label = "claim" }); err != nil {
		t.Fatal(err)
	}
	set.Undo()
	got, ok := changedIDs(t, set, start)
	want := []string{"->a-1:quote", "a-1:quote>a-1:claim", "a-1:claim>a-1:quote"}
	if !ok || !slices.Equal(got, want) {
		t.Fatalf("ChangedSince(start) = %v, %v; want %v", got, ok, want)
	}
	if got, ok := changedIDs(t, set, set.Revision()); !ok || len(got) != 0 {
		t.Fatalf("ChangedSince(now) = %v, %v; want nothing, true", got, ok)
	}
	if _, ok := changedIDs(t, set, set.Revision()+1); ok {
		t.Fatal("a revision the set has not reached was answered")
	}
	for range recentChanges {
		set.Redo()
		set.Undo()
	}
	if _, ok := changedIDs(t, set, start); ok {
		t.Fatalf("more than %d changes ago was still answered", recentChanges)
	}
	if got, ok := changedIDs(t, set, set.Revision()-2); !ok || !slices.Equal(got, []string{"a-1:quote>a-1:claim", "a-1:claim>a-1:quote"}) {
		t.Fatalf("the last two changes: %v, %v", got, ok)
	}
}

func TestLabelSeqWalksOneLabelInAllOrder(t *testing.T) {
	set, _ := newTestSet(t)
	for _, sub := range []string{"open late", "hello", "你好", "Alpha"} {
		label := "quote"
		if sub == "Alpha" {
			label = "claim"
		}
		if _, err := set.Add(Annotation{Label: label, Span: spanOf(t, sub)}); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for a := range set.LabelSeq("quote") {
		got = append(got, a.Text)
	}
	if want := []string{"hello", "你好", "open late"}; !slices.Equal(got, want) {
		t.Fatalf("LabelSeq(quote) = %v, want %v", got, want)
	}
}

func TestChangedSinceForgetsAChangeTooLargeToFollow(t *testing.T) {
	set, _ := newTestSet(t)
	before := set.Revision()
	restored := NewAnnotationSet(set.Document(), SetOptions{})
	for i := range largestLoggedChange + 1 {
		a := Annotation{ID: fmt.Sprintf("r-%d", i), Label: "claim", Span: spanOf(t, "hello")}
		if _, err := restored.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	set.mergeRestored(restored)
	if _, _, ok := set.ChangedSince(before); ok {
		t.Fatal("a change of every annotation was kept for ChangedSince")
	}
	if len(set.changes.entries) != 0 {
		t.Fatalf("the change log still holds %d entries", len(set.changes.entries))
	}
	after := set.Revision()
	if _, err := set.Add(Annotation{Label: "quote", Span: spanOf(t, "world")}); err != nil {
		t.Fatal(err)
	}
	if got, ok := changedIDs(t, set, after); !ok || len(got) != 1 {
		t.Fatalf("the change after it: %v, %v", got, ok)
	}
}
