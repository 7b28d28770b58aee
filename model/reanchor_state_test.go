package model

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
)

// mainStreetOld has the tagged sentence and, 150 characters on, a similar
// sentence about someone else: the case that used to move the tag there.
const mainStreetOld = "The crash happened late on Friday. Police said the man was arrested on Main Street. " +
	"Witnesses described a chaotic scene, with several cars blocking the road for more than an hour " +
	"while officers searched the area. Police said the woman was arrested on Elm Street. " +
	"Both will appear in court on Monday."

const mainStreetClaim = "Police said the man was arrested on Main Street."

// mainStreetNew rewords the tagged sentence; the other one stays as it was.
var mainStreetNew = strings.Replace(mainStreetOld, mainStreetClaim, "Officers detained a man near Main Street, a spokesman said.", 1)

// sidecarFor saves a set with one claim on sub of old, as the store would.
func sidecarFor(t *testing.T, old, sub string) ([]byte, Annotation) {
	t.Helper()
	doc, err := NewDocument("news/crash.txt", []byte(old), false)
	if err != nil {
		t.Fatal(err)
	}
	set := NewAnnotationSet(doc, SetOptions{Author: "ana"})
	i := strings.Index(old, sub)
	a, err := set.Add(Annotation{Label: "claim", Span: Span{i, i + len(sub)}, Note: "check with police"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := NewAnnotationFile(set, nil).MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	return data, a
}

// restoreOnto loads data onto text.
func restoreOnto(t *testing.T, data []byte, text string) (*AnnotationSet, ReanchorReport) {
	t.Helper()
	doc, err := NewDocument("news/crash.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	set, report, err := ImportAnnotations(data, doc, SetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return set, report
}

func TestReanchorDoesNotJumpToSimilarSentence(t *testing.T) {
	data, orig := sidecarFor(t, mainStreetOld, mainStreetClaim)
	set, report := restoreOnto(t, data, mainStreetNew)
	a, _ := set.Get(orig.ID)
	woman := strings.Index(mainStreetNew, "Police said the woman")
	if !a.Orphan && a.Span.Overlaps(Span{woman, woman + 40}) {
		t.Fatalf("the claim jumped to the other sentence: %q", mainStreetNew[a.Span.Start:a.Span.End])
	}
	if !a.Orphan || report.Orphaned != 1 || set.ReviewReasonOf(a) != ReviewOrphan {
		t.Fatalf("a reworded sentence is not clearly found: want an orphan, got %+v (report %+v)", a, report)
	}
	if a.Text != orig.Text || a.Prefix != orig.Prefix || a.Suffix != orig.Suffix || a.Note != orig.Note {
		t.Errorf("the orphan must keep its stored anchor and note: %+v", a)
	}
	// Saving and loading again changes nothing of the stored passage.
	saved, err := NewAnnotationFile(set, nil).MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	again, _ := restoreOnto(t, saved, mainStreetNew)
	if b, _ := again.Get(orig.ID); b.Text != orig.Text || b.Prefix != orig.Prefix || b.Suffix != orig.Suffix || !b.Orphan {
		t.Errorf("after a save the stored passage changed: %+v", b)
	}
}

func TestUnconfirmedReanchorKeepsStoredAnchorUntilConfirmed(t *testing.T) {
	// A typo fixed inside the claim: clearly the same place, but the passage
	// changed, so the place waits for the user's confirmation.
	old := "Intro line. " + mainStreetOld
	data, orig := sidecarFor(t, old, mainStreetClaim)
	fixed := strings.Replace(old, "arrested on Main", "arested on Main", 1)
	set, report := restoreOnto(t, data, fixed)
	a, _ := set.Get(orig.ID)
	want := "Police said the man was arested on Main Street."
	if a.Orphan || !a.Reanchored || fixed[a.Span.Start:a.Span.End] != want || report.Fuzzy != 1 {
		t.Fatalf("want re-anchored (unconfirmed) on the fixed sentence, got %+v report %+v", a, report)
	}
	if a.Text != orig.Text || a.Prefix != orig.Prefix || a.Suffix != orig.Suffix {
		t.Errorf("an unconfirmed tag must keep its stored anchor: %+v", a)
	}
	if got := set.NeedsReview(); len(got) != 1 || got[0].ID != orig.ID || set.ReviewReasonOf(got[0]) != ReviewTextChanged {
		t.Errorf("NeedsReview = %+v", got)
	}
	// A note edit keeps it unconfirmed and keeps the stored anchor.
	if err := set.Update(orig.ID, func(x *Annotation) { x.Note = "edited" }); err != nil {
		t.Fatal(err)
	}
	saved, _ := NewAnnotationFile(set, nil).MarshalIndent()
	rec := decodedRecord(t, saved, orig.ID)
	if rec.Text != orig.Text || rec.Prefix != orig.Prefix || rec.Suffix != orig.Suffix || !rec.Reanchored {
		t.Errorf("saving rewrote the stored anchor of an unconfirmed tag: %+v", rec)
	}
	// Web annotation clients get the stored quote only, never a position
	// whose text is not that quote.
	for _, item := range NewW3CPage(NewAnnotationFile(set, nil)).Items {
		if len(item.Target.Selector) != 1 {
			t.Errorf("w3c export of an unconfirmed tag: %+v", item.Target)
		}
	}
	// Reopening the saved file: still unconfirmed, same place.
	again, _ := restoreOnto(t, saved, fixed)
	if b, _ := again.Get(orig.ID); !b.Reanchored || b.Span != a.Span || b.Text != orig.Text || b.Note != "edited" {
		t.Errorf("reopened: %+v", b)
	}
	// Confirm takes the current text as the anchor; undo brings back the stored one.
	if err := set.Confirm(orig.ID); err != nil {
		t.Fatal(err)
	}
	if c, _ := set.Get(orig.ID); c.Reanchored || c.Text != want || len(set.NeedsReview()) != 0 {
		t.Errorf("confirmed: %+v", c)
	}
	set.Undo()
	if c, _ := set.Get(orig.ID); !c.Reanchored || c.Text != orig.Text {
		t.Errorf("undo of confirm: %+v", c)
	}
	if err := set.Confirm("nope"); err == nil {
		t.Error("Confirm of an unknown id must fail")
	}
}

func TestPlaceOrphanAndUndo(t *testing.T) {
	data, orig := sidecarFor(t, mainStreetOld, mainStreetClaim)
	set, _ := restoreOnto(t, data, mainStreetNew)
	reworded := "Officers detained a man near Main Street, a spokesman said."
	i := strings.Index(mainStreetNew, reworded)
	if err := set.Confirm(orig.ID); err == nil {
		t.Error("an orphan has no place to confirm")
	}
	// The reworded sentence sits between the intact prefix and suffix: it is
	// offered to the user, not taken.
	if got, ok := set.SuggestedPlace(orig.ID); !ok || mainStreetNew[got.Start:got.End] != reworded+" " && mainStreetNew[got.Start:got.End] != reworded {
		t.Errorf("suggested %v %q", ok, mainStreetNew[got.Start:got.End])
	}
	if err := set.Place(orig.ID, Span{i, i + len(reworded)}); err != nil {
		t.Fatal(err)
	}
	a, _ := set.Get(orig.ID)
	if a.Orphan || a.Reanchored || a.Text != reworded || a.Note != orig.Note {
		t.Errorf("placed: %+v", a)
	}
	if err := set.Place(orig.ID, Span{i, i + 1000}); err == nil {
		t.Error("Place outside the text must fail")
	}
	if _, ok := set.SuggestedPlace(orig.ID); ok {
		t.Error("a placed tag has no suggestion")
	}
	set.Undo()
	if a, _ := set.Get(orig.ID); !a.Orphan || a.Text != orig.Text {
		t.Errorf("undo of place: %+v", a)
	}
}

func TestConfirmAllIsOneUndoStep(t *testing.T) {
	old := "A. Police said \"the plan works\" on Monday. Then the council met for an hour behind closed doors. " +
		"The mayor said \"the plan fails\" today. C."
	doc, _ := NewDocument("x.txt", []byte(old), false)
	set := NewAnnotationSet(doc, SetOptions{})
	for _, sub := range []string{"\"the plan works\"", "\"the plan fails\""} {
		i := strings.Index(old, sub)
		if _, err := set.Add(Annotation{Label: "quote", Span: Span{i, i + len(sub)}}); err != nil {
			t.Fatal(err)
		}
	}
	data, _ := NewAnnotationFile(set, nil).MarshalIndent()
	changed := "Updated. " + strings.NewReplacer("on Monday", "on Tuesday", "today", "yesterday").Replace(old)
	back, report := restoreOnto(t, data, changed)
	if report.Fuzzy != 2 || len(back.NeedsReview()) != 2 {
		t.Fatalf("report %+v", report)
	}
	for _, a := range back.NeedsReview() {
		if r := back.ReviewReasonOf(a); r != ReviewContextChanged {
			t.Errorf("%q: reason %v, want context changed", a.Text, r)
		}
	}
	if n := back.ConfirmAll(); n != 2 || len(back.NeedsReview()) != 0 {
		t.Fatalf("ConfirmAll = %d, review %v", n, back.NeedsReview())
	}
	back.Undo()
	if len(back.NeedsReview()) != 2 {
		t.Errorf("one undo must bring both back")
	}
}

// decodedRecord returns the record with id from a native file.
func decodedRecord(t *testing.T, data []byte, id string) AnnotationRecord {
	t.Helper()
	f, err := DecodeAnnotationFile(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range f.Annotations {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no record %s", id)
	return AnnotationRecord{}
}

// reopenChanged saves one claim on mainStreetOld, changes the article (a
// line added on top, the sentence before the claim edited) and reopens it
// with re-anchoring deferred.
func reopenChanged(t *testing.T) (*Store, *Document, Annotation) {
	t.Helper()
	dir := t.TempDir()
	doc := writeArticle(t, dir, "a.txt", mainStreetOld)
	st, _ := OpenStore(doc, StoreOptions{})
	orig := tagFirst(t, st.Set(), "claim", mainStreetClaim)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	changed := writeArticle(t, dir, "a.txt", "Update. "+strings.Replace(mainStreetOld, "on Friday", "on Friday night", 1))
	st, err := OpenStore(changed, StoreOptions{DeferReanchor: true})
	if err != nil {
		t.Fatal(err)
	}
	if !st.Pending().Waiting() || st.Set().Len() != 0 {
		t.Fatalf("want the saved tag pending, got %d placed", st.Set().Len())
	}
	return st, changed, orig
}

func TestDeferredReanchorRunsBesideTheUser(t *testing.T) {
	st, changed, orig := reopenChanged(t)
	defer st.Close()
	var calls [][2]int
	done := make(chan error)
	go func() { // as a tea.Cmd would
		done <- st.Pending().Run(t.Context(), func(d, n int) { calls = append(calls, [2]int{d, n}) })
	}()
	tagFirst(t, st.Set(), "source", "Witnesses") // the user tags meanwhile,
	_, _ = changed.Runes(), changed.SHA256()     // and the views read the document (go test -race)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	report, err := st.FinishReanchor()
	if err != nil {
		t.Fatal(err)
	}
	a, _ := st.Set().Get(orig.ID)
	if a.Orphan || changed.Text[a.Span.Start:a.Span.End] != mainStreetClaim || report.Fuzzy != 1 || st.Report().Fuzzy != 1 {
		t.Errorf("after re-anchoring: %+v report %+v", a, report)
	}
	if st.Pending().Waiting() || st.Set().Len() != 2 {
		t.Errorf("still pending, or set has %d", st.Set().Len())
	}
	// Undo takes back the user's tag, not the restoring.
	if !st.Set().Undo() || st.Set().CanUndo() || st.Set().Len() != 1 {
		t.Errorf("undo after re-anchoring: can undo %v, %d tags", st.Set().CanUndo(), st.Set().Len())
	}
	if len(calls) == 0 || calls[len(calls)-1] != [2]int{1, 1} {
		t.Errorf("progress calls %v", calls)
	}
}

func TestDeferredReanchorCancelledThenSavedLosesNothing(t *testing.T) {
	st, _, orig := reopenChanged(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := st.Pending().Run(ctx, nil); err == nil {
		t.Fatal("a cancelled Run must say so")
	}
	tagFirst(t, st.Set(), "source", "Witnesses")
	if err := st.Close(); err != nil { // saves: re-anchors first
		t.Fatal(err)
	}
	data, _ := os.ReadFile(st.Path())
	rec := decodedRecord(t, data, orig.ID)
	if rec.Text != orig.Text || rec.Prefix != orig.Prefix || rec.Suffix != orig.Suffix || !rec.Reanchored {
		t.Errorf("pending record rewritten by a save: %+v", rec)
	}
	if f, _ := DecodeAnnotationFile(data); len(f.Annotations) != 2 {
		t.Errorf("want both tags saved, got %d", len(f.Annotations))
	}
}

func TestDeferredOpenOfCorruptFileTurnsReadOnlyAndKeepsIt(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", mainStreetOld)
	side := doc.Path + SidecarSuffix
	if err := os.WriteFile(side, []byte(`{"schema":"annotty/annotations","version":1,"annotations":[{`), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := OpenStore(doc, StoreOptions{DeferReanchor: true})
	if err != nil {
		t.Fatalf("the corrupt file is found by the second step, got %v", err)
	}
	tagFirst(t, st.Set(), "claim", mainStreetClaim)
	if _, err := st.FinishReanchor(); !errors.Is(err, ErrCorruptSidecar) || !errors.Is(st.ReadOnly(), ErrCorruptSidecar) {
		t.Errorf("FinishReanchor %v, ReadOnly %v", err, st.ReadOnly())
	}
	if err := st.Save(); !errors.Is(err, ErrCorruptSidecar) {
		t.Errorf("save over a file that could not be decoded: %v", err)
	}
	_ = st.Close()
	if data, _ := os.ReadFile(side); !strings.HasSuffix(string(data), `[{`) {
		t.Errorf("corrupt file changed: %q", data)
	}
}

func TestSaveBeforeDeferredOpenFinishesRefusesCorruptFile(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", mainStreetOld)
	side := doc.Path + SidecarSuffix
	_ = os.WriteFile(side, []byte("not json"), 0o644)
	st, _ := OpenStore(doc, StoreOptions{DeferReanchor: true})
	tagFirst(t, st.Set(), "claim", mainStreetClaim)
	if err := st.Save(); !errors.Is(err, ErrCorruptSidecar) {
		t.Errorf("save: %v", err)
	}
	_ = st.Close()
	if data, _ := os.ReadFile(side); string(data) != "not json" {
		t.Errorf("corrupt file changed: %q", data)
	}
}
