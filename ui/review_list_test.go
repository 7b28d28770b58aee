package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/internal/reviewfixture"
)

// review is the article before and after an edit and the passages tagged
// before it (testdata/review/README.md).
var review = reviewfixture.Load("../testdata/review/")

// reviewBefore, reviewAfter and reviewTags are its parts.
var reviewBefore, reviewAfter, reviewTags = review.Before, review.After, review.Tags

// reviewReader saves four tags on reviewBefore, rewrites the article as
// reviewAfter and opens a reader on it (saved tags placed while opening, as
// the deferred step would after the first frame).
func reviewReader(t *testing.T) func() Model {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.txt")
	write := func(text string) *model.Document {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return mustDoc(t, path, text)
	}
	review.SaveTags(t, write(reviewBefore))
	doc := write(reviewAfter)
	return func() Model {
		store, err := model.OpenStore(doc, model.StoreOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = store.Close() })
		return New(doc, Options{Styles: plainStyles(), Store: store})
	}
}

func TestGoldenReviewTab(t *testing.T) {
	open := func() Model { return reviewReader(t)() } // a folder of its own each time
	runGoldenModel(t, open, 80, 24, "tab", "h")
	runGoldenModel(t, open, 120, 40, "tab", "h", "j", "y")
}

func TestReviewListConfirmPlaceAndUndo(t *testing.T) {
	m, _ := update(t, reviewReader(t)(), windowSize(120, 40))
	if !strings.Contains(m.statusMessage(), "3 tags need review (Review tab)") {
		t.Fatalf("first frame status %q", m.statusMessage())
	}
	m = press(t, m, "tab", "h")
	if m.review == nil || m.side.ActiveTab() != m.review {
		t.Fatal("the Review tab is not the last tab")
	}
	m = press(t, m, "Y")
	if n := len(m.sess.Review()); n != 1 || !strings.Contains(m.statusMessage(), "confirmed 2 re-anchored tags") {
		t.Fatalf("after confirm all: %d to review, %q", n, m.statusMessage())
	}
	m = press(t, m, "u")
	if n := len(m.sess.Review()); n != 3 {
		t.Fatalf("undo of confirm all: %d to review", n)
	}
	m = press(t, m, "g", "enter") // the reworded claim: its new place, selected
	if sel := m.cursor.s.Selection(); !m.cursor.visual() || reviewAfter[sel.Start:sel.End] != "the woman was arrested on Elm Street" || !strings.Contains(m.statusMessage(), "P places it there") {
		t.Fatalf("enter on a re-anchored tag: selection %q, %q", reviewAfter[sel.Start:sel.End], m.statusMessage())
	}
	m = press(t, m, "P")
	if n := len(m.sess.Review()); n != 2 {
		t.Fatalf("P at the shown place: %d to review", n)
	}
	m = press(t, m, "u", "tab", "G", "enter") // the orphan: no suggestion
	if !strings.Contains(m.statusMessage(), "no likely place found") {
		t.Fatalf("enter on an orphan: %q", m.statusMessage())
	}
	m = press(t, m, "esc", "g", "v", "e", "P") // select "Officials" and place the orphan there
	a, _ := m.sess.Set().Get(m.sess.Review()[0].ID)
	if n := len(m.sess.Review()); n != 2 || a.Orphan {
		t.Fatalf("after P: %d to review", n)
	}
	if !strings.Contains(m.statusMessage(), "placed claim at “Officials”") {
		t.Fatalf("after P: %q", m.statusMessage())
	}
}
