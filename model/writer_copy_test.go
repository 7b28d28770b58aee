package model

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBackgroundSavesWriteWhatTheSetHolds runs random changes, undos,
// redos and a bulk change (more than bulkChange at once) with background
// saves in between, and checks after each save that the file holds, byte
// for byte, what encoding the whole set gives.
func TestBackgroundSavesWriteWhatTheSetHolds(t *testing.T) {
	doc := linesArticle(t, 400)
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	set, saver := st.Set(), NewAutosaver(st, 0)
	rng := rand.New(rand.NewPCG(9, 14))
	lines := doc.Paragraphs
	tag := func() Annotation {
		p := lines[rng.IntN(len(lines))]
		end := p.Start + 4 + rng.IntN(p.End-p.Start-4)
		for !utf8.RuneStart(doc.Text[end]) {
			end--
		}
		return Annotation{Label: []string{"quote", "claim"}[rng.IntN(2)], Span: Span{p.Start, end}}
	}
	for step := range 300 {
		switch op := rng.IntN(10); {
		case step == 150: // one change of many annotations, as placing saved tags is
			restored := NewAnnotationSet(doc, SetOptions{})
			for range bulkChange + 10 {
				if _, err := restored.Add(tag()); err != nil {
					t.Fatal(err)
				}
			}
			set.mergeRestored(restored)
		case op < 4 || set.Len() == 0:
			_, _ = set.Add(tag())
		case op < 6:
			_ = set.Update(set.At(rng.IntN(set.Len())).ID, func(a *Annotation) {
				a.Note, a.Span = fmt.Sprint(step), tag().Span
			})
		case op < 7:
			_ = set.Remove(set.At(rng.IntN(set.Len())).ID)
		case op < 9:
			set.Undo()
		default:
			set.Redo()
		}
		saver.Changed()
		if rng.IntN(4) > 0 {
			continue
		}
		job := saver.Start()
		if job == nil {
			continue
		}
		if state := job(); state.Err != nil {
			t.Fatalf("step %d: %v", step, state.Err)
		}
		want, err := NewAnnotationFile(set, nil).MarshalIndent()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(st.Path())
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("step %d: the saved file differs from the set (%v)", step, err)
		}
	}
}

// TestPlacedSavedTagsAreAdoptedAndSaved opens a saved sidecar with
// deferred re-anchoring and nothing done meanwhile (the set adopts the
// placed tags whole), then checks the set against an open without
// deferring, and that the next save writes what the set holds.
func TestPlacedSavedTagsAreAdoptedAndSaved(t *testing.T) {
	doc := linesArticle(t, 50)
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Paragraphs {
		if _, err := st.Set().Add(Annotation{Label: "claim", Span: Span{p.Start, p.Start + 4}, Note: "n"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Set().Reject(DetectionQuote, Span{0, 4}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	plain, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want, wantRejections := plain.Set().All(), plain.Set().Rejections()
	if err := plain.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = OpenStore(doc, StoreOptions{DeferReanchor: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.FinishReanchor(); err != nil {
		t.Fatal(err)
	}
	set := st.Set()
	if got := set.All(); fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(set.Rejections()) != fmt.Sprint(wantRejections) {
		t.Fatalf("deferred open placed\n%v\n%v\nwant\n%v\n%v", got, set.Rejections(), want, wantRejections)
	}
	if st.UnsavedChanges() {
		t.Fatal("placing the saved tags counts as a change of the user's")
	}
	if err := set.Remove(want[3].ID); err != nil {
		t.Fatal(err)
	}
	saver := NewAutosaver(st, 0)
	if state := saver.Start()(); state.Err != nil {
		t.Fatal(state.Err)
	}
	wantFile, err := NewAnnotationFile(set, nil).MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(st.Path()); err != nil || !bytes.Equal(got, wantFile) {
		t.Fatalf("the save after placing differs from the set (%v)", err)
	}
}

// linesArticle writes an article of n numbered lines mixing quotation
// marks, CJK, an accent and an emoji.
func linesArticle(t *testing.T, n int) *Document {
	t.Helper()
	var text strings.Builder
	for i := range n {
		fmt.Fprintf(&text, "Line %d: “quoted” 住宅 café 📰.\n", i)
	}
	return writeArticle(t, t.TempDir(), "a.txt", text.String())
}
