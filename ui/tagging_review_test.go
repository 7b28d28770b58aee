package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
)

// reviewModel is tagModel with a hand-made analysis: the quote "We will
// not stop," by Jake Sullivan and the third sentence as a promo.
func reviewModel(t *testing.T) (Model, model.Quote, model.Promo) {
	t.Helper()
	m := tagModel(t)
	text := m.doc.Text
	qs := strings.Index(text, "\"We")
	qe := strings.Index(text, ",\"") + 2
	ps := strings.Index(text, "Nobody")
	pe := strings.Index(text, "today.") + len("today.")
	q := model.Quote{Span: model.Span{Start: qs, End: qe}, Speaker: &model.SpeakerMention{Name: "Jake Sullivan"}, Confidence: 0.9}
	p := model.Promo{Span: model.Span{Start: ps, End: pe}, Kind: model.PromoCallToAction}
	a := &model.Analysis{
		Quotes:   []model.Quote{q},
		Promos:   []model.Promo{p},
		Speakers: []model.Speaker{{Name: "Jake Sullivan", Quotes: 1}, {Name: "Joe Biden"}},
	}
	m = deliver(t, m, AnalysisDoneMsg{Analysis: a})
	return m, q, p
}

func TestAcceptQuote(t *testing.T) {
	m, q, _ := reviewModel(t)
	m = press(t, m, ")", "w")
	if got := m.statusMessage(); !strings.Contains(got, "quote · Jake Sullivan") {
		m.message = ""
		if got = m.statusMessage(); !strings.Contains(got, "quote · Jake Sullivan") {
			t.Fatalf("status %q does not name the suggestion", got)
		}
	}
	m = press(t, m, "a")
	a := onlyTag(t, m)
	if a.Label != "quote" || a.Speaker != "Jake Sullivan" || a.Source != model.SourceAuto || a.Span != q.Span {
		t.Fatalf("accepted %+v", a)
	}
	m = press(t, m, "a")
	if m.sess.Set().Len() != 1 || !strings.Contains(m.message, "already tagged") {
		t.Fatalf("second a: %d tags, message %q", m.sess.Set().Len(), m.message)
	}
}

func TestAcceptPromo(t *testing.T) {
	m, _, p := reviewModel(t)
	m = press(t, m, ")", ")", "a")
	if a := onlyTag(t, m); a.Label != "promo" || a.Span != p.Span || a.Source != model.SourceAuto {
		t.Fatalf("accepted %+v", a)
	}
}

func TestRejectThenUndo(t *testing.T) {
	m, q, _ := reviewModel(t)
	m = press(t, m, ")", "x")
	if !m.sess.Set().IsRejected(model.DetectionQuote, q.Span) || m.sess.Set().Len() != 0 {
		t.Fatal("x did not reject the quote")
	}
	dimmed := false
	for _, d := range m.tags.Decorate(nil, m.doc, 0) {
		dimmed = dimmed || (d.Layer == layers.LayerRejected && d.Span == q.Span)
	}
	if !dimmed {
		t.Fatal("the rejected quote is not dimmed")
	}
	m = press(t, m, "a")
	if m.sess.Set().Len() != 0 {
		t.Fatal("a rejected quote was accepted")
	}
	m = press(t, m, "u")
	if m.sess.Set().IsRejected(model.DetectionQuote, q.Span) {
		t.Fatal("undo did not bring the quote back")
	}
}

// x with no suggestion under the cursor deletes the user's tag there.
func TestRejectDeletesOwnTag(t *testing.T) {
	m, _, _ := reviewModel(t)
	m = press(t, m, "4", "x")
	if m.sess.Set().Len() != 0 {
		t.Fatal("x did not delete the tag")
	}
	m = press(t, m, "x")
	if m.message != "no detection or tag under the cursor" {
		t.Fatalf("message %q", m.message)
	}
}

func TestChangeSpeakerPickAndType(t *testing.T) {
	m, _, _ := reviewModel(t)
	m = press(t, m, ")", "s")
	if m.mode() != "SPEAKER" || !strings.Contains(screen(m), "Joe Biden") {
		t.Fatalf("picker not shown; mode %s", m.mode())
	}
	m = press(t, m, "down", "enter")
	a := onlyTag(t, m)
	if a.Speaker != "Joe Biden" || a.Source != model.SourceEdited {
		t.Fatalf("picked: %+v", a)
	}
	// On the accepted tag, type a new name (q must not quit).
	m = press(t, m, "s")
	m = press(t, m, typed("Aq Newman")...)
	m = press(t, m, "enter")
	if a := onlyTag(t, m); a.Speaker != "Aq Newman" {
		t.Fatalf("typed: %+v", a)
	}
	m = press(t, m, "s", "esc")
	if a := onlyTag(t, m); a.Speaker != "Aq Newman" || m.mode() != "NORMAL" {
		t.Fatalf("esc changed the speaker: %+v", a)
	}
}

// The picker's name field filters as it is typed and edited; the field is
// drawn as "name: " and the text.
func TestSpeakerPickerFilter(t *testing.T) {
	m, _, _ := reviewModel(t)
	m = press(t, m, ")", "s")
	m = press(t, m, typed("bidx")...)
	if !strings.Contains(screen(m), "name: bidx") || strings.Contains(screen(m), "Joe Biden") {
		t.Fatalf("bidx should match nobody:\n%s", screen(m))
	}
	m = press(t, m, "backspace")
	if !strings.Contains(screen(m), "Joe Biden") || strings.Contains(screen(m), "▸ Jake Sullivan") {
		t.Fatalf("bid should list Joe Biden only:\n%s", screen(m))
	}
	m = press(t, m, "enter")
	if a := onlyTag(t, m); a.Speaker != "Joe Biden" {
		t.Fatalf("picked %+v", a)
	}
}

func TestFixSpan(t *testing.T) {
	m, q, _ := reviewModel(t)
	m = press(t, m, ")", "v", "i", "q", "F")
	a := onlyTag(t, m)
	want := "We will not stop,"
	if a.Text != want || a.Source != model.SourceEdited || a.Speaker != "Jake Sullivan" || a.Span == q.Span {
		t.Fatalf("fixed: %+v", a)
	}
	// Then fix the tag itself: widen it to the whole sentence.
	m = press(t, m, "v", "a", "s", "F")
	if a := onlyTag(t, m); a.Text != "\"We will not stop,\" Sullivan said. " {
		t.Fatalf("refixed: %q", a.Text)
	}
	m = press(t, m, "F")
	if !strings.Contains(m.message, "select") {
		t.Fatalf("F without a selection: %q", m.message)
	}
}

// ] and [ move the cursor to the next/previous quote from the cursor (not
// from the top of the view), wrapping at the ends.
func TestQuoteKeysMoveCursor(t *testing.T) {
	m, q, _ := reviewModel(t)
	m = press(t, m, "]")
	if m.cursor.at() != q.Span.Start || !strings.Contains(m.message, "quote 1 of 1") {
		t.Fatalf("]: cursor at %d (quote at %d), message %q", m.cursor.at(), q.Span.Start, m.message)
	}
	m = press(t, m, "]")
	if m.cursor.at() != q.Span.Start || !strings.Contains(m.message, "wrapped to the top") {
		t.Fatalf("] again: cursor at %d, message %q", m.cursor.at(), m.message)
	}
	m = press(t, m, "}", "[")
	if m.cursor.at() != q.Span.Start {
		t.Fatalf("[ from the next paragraph: cursor at %d", m.cursor.at())
	}
	m = press(t, m, "v", "]", "1")
	if a := onlyTag(t, m); a.Span.End != q.Span.End {
		t.Fatalf("v ] selected %q", a.Text)
	}
}

// The Quotes and Promos tabs mark what the user accepted (✓) or rejected (✗).
func TestTabsMarkReviewedDetections(t *testing.T) {
	m, q, p := reviewModel(t)
	tab := func(m Model, title string) string {
		for _, st := range m.side.Tabs() {
			if st.Title() == title {
				return st.View(60, 8, false, m.styles)
			}
		}
		t.Fatalf("no %s tab", title)
		return ""
	}
	if strings.Contains(tab(m, "Quotes"), "✓") || strings.Contains(tab(m, "Promos"), "✗") {
		t.Fatal("marks before any review")
	}
	m = press(t, m, ")", "w", "a") // accept the quote
	m = press(t, m, ")", "x")      // reject the promo
	if got := tab(m, "Quotes"); !strings.Contains(got, "✓ "+m.doc.Text[q.Span.Start:q.Span.Start+3]) {
		t.Fatalf("Quotes tab lacks the accepted mark:\n%s", got)
	}
	if got := tab(m, "Promos"); !strings.Contains(got, "✗ "+m.doc.Text[p.Span.Start:p.Span.Start+3]) {
		t.Fatalf("Promos tab lacks the rejected mark:\n%s", got)
	}
	m = press(t, m, "u", "u")
	if strings.Contains(tab(m, "Quotes"), "✓") || strings.Contains(tab(m, "Promos"), "✗") {
		t.Fatal("marks stay after undo")
	}
}
