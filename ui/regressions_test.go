package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/samples"
	"github.com/annotty/annotty/ui/article"
	tea "github.com/charmbracelet/bubbletea"
)

// Regression tests for the bugs issue 7 lists, one per bug. Each failed on
// the reader before the session redesign.

// ctrlN takes the typed name in the speaker picker.
var ctrlN = tea.KeyMsg{Type: tea.KeyCtrlN}

// sampleReader is the fox-rafah sample analyzed, in a width x height terminal.
func sampleReader(t *testing.T, width, height int) Model {
	t.Helper()
	text, err := samples.Read(samples.Default)
	if err != nil {
		t.Fatal(err)
	}
	return analyzed(t, mustDoc(t, samples.Default, string(text)), width, height)
}

// pickSpeaker presses s at the cursor, types name and takes it as a new name.
func pickSpeaker(t *testing.T, m Model, name string) Model {
	t.Helper()
	m = press(t, m, "s")
	if m.focus != focusPicker {
		t.Fatalf("s did not open the speaker picker: %q", m.statusMessage())
	}
	m = press(t, m, typed(name)...)
	return deliver(t, m, ctrlN)
}

func TestSpeakerChangeShowsEverywhere(t *testing.T) {
	m, q, _ := reviewModel(t)
	m = press(t, m, ")", "w")
	m = pickSpeaker(t, m, "Ann Park")
	if got := m.sess.QuoteSpeaker(0); got != "Ann Park" {
		t.Fatalf("the quote's speaker is %q after s", got)
	}
	// The quote is painted in the new speaker's colour, which exists.
	slot := m.detect.Slot("Ann Park")
	if slot < 0 {
		t.Fatal("the new speaker got no colour")
	}
	want := m.detect.Paints.Speaker(slot).Quote
	painted := false
	for _, d := range m.detect.Decorate(nil, m.doc, 0) {
		if d.Span == q.Span && d.Layer == article.LayerQuote {
			painted = d.Paint == want
		}
	}
	if !painted {
		t.Fatal("the quote is not painted in the new speaker's colour")
	}
	for _, d := range m.tags.Decorate(nil, m.doc, 0) {
		if d.Span == q.Span && d.Paint != m.tags.Paints.SpokenQuote {
			t.Fatal("the accepted quote's tag paints over its speaker's colour")
		}
	}
	// The Quotes tab, its detail and the Speakers tab show the new name.
	m = press(t, m, "tab")
	for !strings.HasPrefix(m.side.Tabs()[m.side.Active()].Title(), "Quotes") {
		m = press(t, m, "l")
	}
	if s := screen(m); !strings.Contains(s, "Ann Park") {
		t.Fatalf("the Quotes tab does not show the new speaker:\n%s", s)
	}
	m = press(t, m, "l")
	if s := screen(m); !strings.Contains(s, "Ann Park") || strings.Contains(s, "Jake Sullivan  1") {
		t.Fatalf("the Speakers tab does not count the new speaker:\n%s", s)
	}
}

func TestSpeakerChangeOnTaggedQuoteAddsNoTag(t *testing.T) {
	m, _, _ := reviewModel(t)
	m = press(t, m, ")", "w", "1") // tag the quote by hand first
	if m.sess.Set().Len() != 1 {
		t.Fatalf("%d tags after 1", m.sess.Set().Len())
	}
	m = pickSpeaker(t, m, "Ann Park")
	if n := m.sess.Set().Len(); n != 1 {
		t.Fatalf("changing the speaker of a tagged quote made %d tags", n)
	}
	if a := onlyTag(t, m); a.Speaker != "Ann Park" {
		t.Fatalf("the tag's speaker is %q", a.Speaker)
	}
}

func TestTopAndBottomMoveTheCursor(t *testing.T) {
	m := tagModel(t) // the whole article is on screen: g and G scroll nothing
	m = press(t, m, "G")
	if got := m.doc.Text[m.cursor.at():]; !strings.HasPrefix(got, "The last paragraph.") {
		t.Fatalf("G left the cursor on %q", cursorWord(m))
	}
	m = press(t, m, "g")
	if got := cursorWord(m); got != "Officials" {
		t.Fatalf("g left the cursor on %q", got)
	}
}

func TestSearchNextRunsFromTheReadingPlace(t *testing.T) {
	var b strings.Builder
	for i := range 80 {
		if i == 5 || i == 10 || i == 78 {
			b.WriteString("Here the needle shows up.\n\n")
		} else {
			b.WriteString("Plain filler paragraph.\n\n")
		}
	}
	m := sized(mustDoc(t, "long.txt", b.String()), 80, 24)
	m = press(t, m, typed("/needle")...)
	m = press(t, m, "enter")
	first := m.doc.ParagraphAt(m.cursor.at())
	if first != 5 {
		t.Fatalf("the first match is in ¶%d", first)
	}
	m = press(t, m, "G", "ctrl+u", "ctrl+u") // read around ¶60
	from := m.doc.ParagraphAt(m.article.TopOffset())
	m = press(t, m, "n")
	if got := m.doc.ParagraphAt(m.cursor.at()); got != 78 {
		t.Fatalf("n after scrolling to ¶%d went to ¶%d, not on to ¶78", from, got)
	}
	m = press(t, m, "n")
	if got := m.doc.ParagraphAt(m.cursor.at()); got != 5 || !strings.Contains(m.message, "wrapped") {
		t.Fatalf("n at the last match went to ¶%d saying %q", got, m.message)
	}
	if got := m.doc.ParagraphAt(m.cursor.at()); got < 0 {
		t.Fatalf("n after scrolling went to ¶%d, behind the reading place", got)
	}
}

func TestUndoFromTheTagsTab(t *testing.T) {
	m := tagModel(t)
	m = press(t, m, "2", "tab")
	for !strings.HasPrefix(m.side.Tabs()[m.side.Active()].Title(), "Tags") {
		m = press(t, m, "l")
	}
	m = press(t, m, "d")
	if m.sess.Set().Len() != 0 {
		t.Fatal("d did not delete the tag")
	}
	m = press(t, m, "u")
	if m.sess.Set().Len() != 1 {
		t.Fatalf("u in the Tags tab did not undo the delete: %q", m.statusMessage())
	}
	m = deliver(t, m, ctrlR)
	if m.sess.Set().Len() != 0 {
		t.Fatalf("ctrl+r in the Tags tab did not redo: %q", m.statusMessage())
	}
}

func TestHelpListsTheLabels(t *testing.T) {
	md := HelpMarkdown(DefaultKeyMap())
	for _, l := range model.DefaultLabels().Labels {
		if !strings.Contains(md, l.Name) {
			t.Errorf("help does not list label %q", l.Name)
		}
	}
}

func TestLegendAndTabsFitAt80Columns(t *testing.T) {
	m := tagModel(t)
	m = press(t, m, "tab")
	for !strings.HasPrefix(m.side.Tabs()[m.side.Active()].Title(), "Tags") {
		m = press(t, m, "l")
	}
	s := screen(m)
	for _, l := range model.DefaultLabels().Labels {
		if !strings.Contains(s, l.Name) {
			t.Errorf("the legend at 80 columns lacks %q:\n%s", l.Name, s)
		}
	}
	bar := strings.SplitN(s, "\n", 2)[0]
	for _, t0 := range []string{"Out", "Quo", "Spe", "Pro", "Tag"} {
		if !strings.Contains(bar, t0) {
			t.Errorf("the tab bar at 80 columns lacks %s…: %q", t0, bar)
		}
	}
}

func TestFirstFrameSaysWhatTheArticleHolds(t *testing.T) {
	m := sampleReader(t, 80, 24)
	got := m.statusMessage()
	for _, want := range []string{"7 quotes", "4 promos", "1-9 tag", "? help"} {
		if !strings.Contains(got, want) {
			t.Errorf("first status %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "annotations:") {
		t.Errorf("first status %q still shows the save path", got)
	}
}

func TestEveryTagIsConfirmed(t *testing.T) {
	m, _, _ := reviewModel(t)
	m = press(t, m, ")", "w", "a")
	if got := m.message; !strings.Contains(got, "quote") || !strings.Contains(got, "We will not stop") {
		t.Fatalf("accept said %q: no label or words", got)
	}
	m = press(t, tagModel(t), "2")
	if got := m.message; !strings.Contains(got, "claim") || !strings.Contains(got, "Officials met on Monday") {
		t.Fatalf("2 said %q: no label or words", got)
	}
	if !strings.Contains(m.message, "u undoes") {
		t.Fatalf("2 said %q: no undo key", m.message)
	}
}
