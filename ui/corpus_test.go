package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model/corpus"
)

// TestCorpusQueueKeys drives the queue through the reader's keys: next,
// previous, next unfinished, done, skip; the status line follows.
func TestCorpusQueueKeys(t *testing.T) {
	dir := writeCorpus(t, "a/one.txt", "a/two.txt", "b/3-broken.txt", "b/4-three.txt", "b/5-four.txt")
	tests := []struct {
		name    string
		keys    []string
		current string
		status  map[string]corpus.Status
		line    string
	}{
		{name: "opens the first", current: "a/one.txt", line: "done 0 / 4 · 0%"},
		{name: "next", keys: []string{">"}, current: "a/two.txt"},
		{name: "next skips a broken file", keys: []string{">", ">"}, current: "b/4-three.txt"},
		{name: "previous stops at the start", keys: []string{"<"}, current: "a/one.txt"},
		{name: "done moves on", keys: []string{"D"}, current: "a/two.txt",
			status: map[string]corpus.Status{"a/one.txt": corpus.StatusDone}, line: "done 1 / 4 · 25%"},
		{name: "skip moves on", keys: []string{"S"}, current: "a/two.txt",
			status: map[string]corpus.Status{"a/one.txt": corpus.StatusSkipped}, line: "done 0 / 4 · 0% · 1 skipped"},
		{name: "next unfinished passes finished ones", keys: []string{">", "D", "<", "<", "U"}, current: "b/4-three.txt",
			status: map[string]corpus.Status{"a/two.txt": corpus.StatusDone}},
		{name: "all done stays", keys: []string{"D", "D", "D", "D"}, current: "b/5-four.txt", line: "done 4 / 4 · 100%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := t.TempDir()
			copyTree(t, dir, d)
			m := openTestCorpus(t, d, 120, 40)
			m = pressCorpus(t, m, tt.keys...)
			if got := m.Current(); got != tt.current {
				t.Errorf("current = %s, want %s", got, tt.current)
			}
			if m.Document().doc.Path != m.Corpus().Current().Abs {
				t.Errorf("the reader shows %s, the corpus is on %s", m.Document().doc.Path, m.Corpus().Current().Abs)
			}
			for path, want := range tt.status {
				if e, _ := m.Corpus().Entry(path); e.Status != want {
					t.Errorf("%s is %s, want %s", path, e.Status, want)
				}
			}
			if tt.line != "" && !strings.Contains(lastLine(corpusScreenText(m)), tt.line) {
				t.Errorf("status line %q lacks %q", lastLine(corpusScreenText(m)), tt.line)
			}
		})
	}
}

// TestCorpusResume: quitting keeps the document and each document's
// reading position; reopening returns to them.
func TestCorpusResume(t *testing.T) {
	dir := writeCorpus(t, "1-one.txt", "2-two.txt", "3-three.txt")
	m := openTestCorpus(t, dir, 80, 24)
	m = pressCorpus(t, m, "ctrl+d", "ctrl+d")
	firstTop := topLineOf(m)
	m = pressCorpus(t, m, ">", "ctrl+d", "ctrl+d", "ctrl+d")
	secondTop := topLineOf(m)
	m = pressCorpus(t, m, "q")
	_ = m.Store().Close()

	m = openTestCorpus(t, dir, 80, 24)
	if m.Current() != "2-two.txt" {
		t.Fatalf("reopened on %s, want two.txt", m.Current())
	}
	if got := topLineOf(m); got != secondTop {
		t.Errorf("two.txt reopened at %q, want %q", got, secondTop)
	}
	m = pressCorpus(t, m, "<")
	if got := topLineOf(m); got != firstTop {
		t.Errorf("one.txt back at %q, want %q", got, firstTop)
	}
	if e, _ := m.Corpus().Entry("3-three.txt"); e.Status != corpus.StatusNew {
		t.Errorf("three.txt, never opened, is %s", e.Status)
	}
}

// TestCorpusTagsSavedOnSwitch: a tag made in one document is in its
// sidecar before the next opens, and the Documents tab counts it.
func TestCorpusTagsSavedOnSwitch(t *testing.T) {
	dir := writeCorpus(t, "one.txt", "two.txt")
	m := openTestCorpus(t, dir, 120, 40)
	m = pressCorpus(t, m, "1", ">")
	e, _ := m.Corpus().Entry("one.txt")
	if e.Counts.Tags != 1 || e.Status != corpus.StatusInProgress {
		t.Errorf("one.txt: %d tags, %s; want 1, in progress", e.Counts.Tags, e.Status)
	}
	m = pressCorpus(t, m, "<")
	if n := m.Document().sess.Set().Len(); n != 1 {
		t.Errorf("one.txt reopened with %d tags, want 1", n)
	}
}

// TestCorpusDocumentsTab: O opens the tab, / filters by name, f by
// status, s sorts, enter opens.
func TestCorpusDocumentsTab(t *testing.T) {
	dir := writeCorpus(t, "herald/budget.txt", "herald/ferry.txt", "post/budget.txt", "post/zoo.txt")
	m := openTestCorpus(t, dir, 120, 40)
	m = pressCorpus(t, m, "O", "/", "z", "o", "enter")
	if got := len(m.Corpus().Visible()); got != 1 {
		t.Fatalf("/zo shows %d documents, want 1", got)
	}
	m = pressCorpus(t, m, "enter")
	if m.Current() != "post/zoo.txt" {
		t.Fatalf("enter opened %s, want post/zoo.txt", m.Current())
	}
	if m.Document().focus != focusArticle {
		t.Error("after enter the article should have the keys")
	}
	m = pressCorpus(t, m, "O", "/", "esc", "f")
	if v := m.Corpus().View(); len(v.Statuses) != 1 || v.Statuses[0] != corpus.StatusNew || v.Name != "" {
		t.Errorf("view after esc, f = %+v, want new only and no name", v)
	}
	m = pressCorpus(t, m, "f", "f", "f", "f", "f", "s")
	if v := m.Corpus().View(); len(v.Statuses) != 0 || v.Sort != corpus.SortName {
		t.Errorf("view after cycling = %+v, want all statuses by name", v)
	}
}

// topLineOf is the first article line on the corpus reader's screen.
func topLineOf(m CorpusModel) string {
	return strings.TrimSpace(strings.SplitN(corpusScreenText(m), "\n", 2)[0])
}

// TestCorpusSpeakersOpenQuote: W lists the speakers across the corpus,
// enter a speaker's quotes, enter on one opens its document at the quote.
func TestCorpusSpeakersOpenQuote(t *testing.T) {
	dir := writeCorpus(t, "1-one.txt", "2-two.txt")
	m := openTestCorpus(t, dir, 120, 40)
	m = pressCorpus(t, m, "W")
	if !strings.Contains(corpusScreenText(m), "Ana Lopez") {
		t.Fatalf("speakers view lacks Ana Lopez:\n%s", corpusScreenText(m))
	}
	m = pressCorpus(t, m, "j") // Tom Reed: one quote per article, fewer than Ana Lopez
	m = pressCorpus(t, m, "enter")
	if !strings.Contains(corpusScreenText(m), "Tom Reed · 2 quotes") {
		t.Fatalf("quotes list:\n%s", corpusScreenText(m))
	}
	m = pressCorpus(t, m, "j", "enter")
	if m.Current() != "2-two.txt" || m.views.open() {
		t.Fatalf("enter opened %s (view open: %v), want 2-two.txt in the reader", m.Current(), m.views.open())
	}
	doc := m.Document()
	at := doc.cursor.at()
	if !strings.HasPrefix(doc.doc.Text[at:], "\"It is a good day") {
		t.Errorf("cursor at %q, want the quote", doc.doc.Text[at:min(at+20, len(doc.doc.Text))])
	}
}
