package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
)

// tagText is a small article with quotes, emoji, CJK and a combining mark.
const tagText = "Officials met on Monday. \"We will not stop,\" Sullivan said. Nobody cheered 🎉 today.\n" +
	"\n" +
	"A second paragraph begins here. Café culture 東京 is café-based.\n" +
	"\n" +
	"The last paragraph.\n"

// tagModel is a reader on tagText with in-memory annotations, 80x24.
func tagModel(t *testing.T) Model {
	t.Helper()
	return sized(mustDoc(t, "tag.txt", tagText), 80, 24)
}

// ctrlR is the redo key.
var ctrlR = tea.KeyMsg{Type: tea.KeyCtrlR}

// cursorWord is the text of the word (or character) under the cursor.
func cursorWord(m Model) string {
	s := unitAt(m.doc, m.cursor.at())
	return m.doc.Text[s.Start:s.End]
}

// selected is the text of the current selection.
func selected(m Model) string {
	s := m.cursor.s.Selection()
	return m.doc.Text[s.Start:s.End]
}

// onlyTag returns the single annotation of m, failing otherwise.
func onlyTag(t *testing.T, m Model) model.Annotation {
	t.Helper()
	all := m.sess.Set().All()
	if len(all) != 1 {
		t.Fatalf("want 1 annotation, got %d: %+v", len(all), all)
	}
	return all[0]
}

func TestCursorStartsOnFirstSentence(t *testing.T) {
	m := tagModel(t)
	if got := cursorWord(m); got != "Officials" {
		t.Fatalf("cursor on %q, want Officials", got)
	}
	if m.mode() != "NORMAL" {
		t.Fatalf("mode %s", m.mode())
	}
}

func TestCursorMotions(t *testing.T) {
	tests := []struct {
		keys []string
		want string
	}{
		{[]string{"w"}, "met"},
		{[]string{"w", "w", "B"}, "met"},
		{[]string{")"}, "We"}, // a sentence's first word
		{[]string{")", ")"}, "Nobody"},
		{[]string{")", ")", ")"}, "A"}, // the next paragraph's first sentence
		{[]string{")", ")", "("}, "We"},
		{[]string{"}"}, "A"},
		{[]string{"}", "}"}, "The"},
		{[]string{"}", "}", "{"}, "A"},
		{[]string{"}", "w", "{"}, "A"},
		{[]string{"B"}, "Officials"},           // nothing before: stays
		{[]string{"}", "}", "}"}, "paragraph"}, // the last word
		{[]string{"}", ")", "w", "w"}, "東"},    // one ideograph is one word
		{[]string{"}", ")", "w", "w", "w", "w"}, "is"},
	}
	for _, tt := range tests {
		m := press(t, tagModel(t), tt.keys...)
		if got := cursorWord(m); got != tt.want {
			t.Errorf("%v: cursor on %q, want %q", tt.keys, got, tt.want)
		}
	}
}

// e goes to the last character of the word, then of the next word.
func TestWordEnd(t *testing.T) {
	m := press(t, tagModel(t), "e")
	if m.cursor.at() != len("Officials")-1 {
		t.Fatalf("e: cursor at %d", m.cursor.at())
	}
	m = press(t, m, "e")
	if m.cursor.at() != len("Officials met")-1 {
		t.Fatalf("e e: cursor at %d", m.cursor.at())
	}
}

func TestLabelKeyTagsCursorSentence(t *testing.T) {
	m := press(t, tagModel(t), "1")
	a := onlyTag(t, m)
	if a.Label != "quote" || a.Text != "Officials met on Monday." || a.Source != model.SourceManual {
		t.Fatalf("got %+v", a)
	}
	m = press(t, m, ")", ")", "2")
	if got := m.sess.Set().ByLabel("claim"); len(got) != 1 || got[0].Text != "Nobody cheered 🎉 today." {
		t.Fatalf("claim tags %+v", got)
	}
}

func TestVisualSelectionTag(t *testing.T) {
	m := press(t, tagModel(t), "v", ")")
	if m.mode() != "VISUAL" {
		t.Fatalf("mode %s", m.mode())
	}
	if got := selected(m); got != "Officials met on Monday. \"We will not stop,\" Sullivan said." {
		t.Fatalf("selection %q", got)
	}
	m = press(t, m, "w", "w", "2")
	a := onlyTag(t, m)
	if a.Label != "claim" || a.Text != "Officials met on Monday. \"We will not" {
		t.Fatalf("got %+v", a)
	}
	if m.mode() != "NORMAL" {
		t.Fatalf("tagging should leave visual mode, mode %s", m.mode())
	}
}

func TestVisualBackwardsAndEsc(t *testing.T) {
	m := press(t, tagModel(t), ")", ")", "v", "B", "B")
	if got := selected(m); got != "Sullivan said. Nobody" {
		t.Fatalf("selection %q", got)
	}
	m = press(t, m, "esc")
	if m.cursor.visual() {
		t.Fatal("esc should leave visual mode")
	}
}

func TestTextObjects(t *testing.T) {
	tests := []struct {
		keys []string
		want string
	}{
		{[]string{"v", "i", "w"}, "Officials"},
		{[]string{"v", "a", "w"}, "Officials "},
		{[]string{"v", "i", "s"}, "Officials met on Monday."},
		{[]string{"v", "a", "s"}, "Officials met on Monday. "},
		{[]string{"v", "i", "p"}, "Officials met on Monday. \"We will not stop,\" Sullivan said. Nobody cheered 🎉 today."},
		{[]string{")", "w", "v", "i", "q"}, "We will not stop,"},
		{[]string{")", "w", "v", "a", "q"}, "\"We will not stop,\""},
		{[]string{"}", ")", "w", "w", "v", "i", "w"}, "東"},
		{[]string{"}", ")", "w", "w", "v", "w"}, "東京"},
		{[]string{"}", ")", "v", "i", "w"}, "Café"},
	}
	for _, tt := range tests {
		m := press(t, tagModel(t), tt.keys...)
		if got := selected(m); got != tt.want {
			t.Errorf("%v: selected %q, want %q", tt.keys, got, tt.want)
		}
		if !m.cursor.visual() {
			t.Errorf("%v: not in visual mode", tt.keys)
		}
	}
}

// Exported offsets stay right with emoji, CJK and combining marks.
func TestTagOffsetsAreCodePoints(t *testing.T) {
	doc := mustDoc(t, "u.txt", "🎉 Cafe\u0301 東京 ok.\n")
	m := press(t, sized(doc, 80, 24), "w", "v", "w", "w", "3")
	a := onlyTag(t, m)
	if a.Text != "Cafe\u0301 東京" {
		t.Fatalf("text %q", a.Text)
	}
	rec := model.NewAnnotationFile(m.sess.Set(), nil).Annotations[0] // as exported
	runes := []rune(doc.Text)
	if got := string(runes[rec.Start:rec.End]); got != a.Text {
		t.Fatalf("code points [%d,%d) give %q", rec.Start, rec.End, got)
	}
}

func TestUndoRedo(t *testing.T) {
	m := press(t, tagModel(t), "1", ")", "2")
	if n := m.sess.Set().Len(); n != 2 {
		t.Fatalf("%d tags", n)
	}
	m = press(t, m, "u")
	if n := m.sess.Set().Len(); n != 1 || m.sess.Set().All()[0].Label != "quote" {
		t.Fatalf("after undo: %+v", m.sess.Set().All())
	}
	m = press(t, m, "u", "u")
	if m.sess.Set().Len() != 0 || m.message != "nothing to undo" {
		t.Fatalf("after undo all: %d tags, message %q", m.sess.Set().Len(), m.message)
	}
	m = deliver(t, m, ctrlR)
	m = deliver(t, m, ctrlR)
	if n := m.sess.Set().Len(); n != 2 {
		t.Fatalf("after redo: %d tags", n)
	}
	m = deliver(t, m, ctrlR)
	if m.message != "nothing to redo" {
		t.Fatalf("message %q", m.message)
	}
}

// Overlapping tags: the innermost one is the one x deletes, and the status
// line says which.
func TestOverlappingTagsInnermost(t *testing.T) {
	m := press(t, tagModel(t), "v", "i", "p", "6", "2")
	if n := m.sess.Set().Len(); n != 2 {
		t.Fatalf("%d tags", n)
	}
	m.message = ""
	if got := m.statusMessage(); got != "innermost of 2 tags: claim" {
		t.Fatalf("status %q", got)
	}
	m = press(t, m, "x")
	if a := onlyTag(t, m); a.Label != "opinion" {
		t.Fatalf("x deleted the wrong tag; left %+v", a)
	}
}

// Scrolling keeps the cursor while it is on screen, else it moves to the
// first sentence on screen.
func TestScrollMovesCursorOnScreen(t *testing.T) {
	text := ""
	for i := 0; i < 40; i++ {
		text += "Paragraph sentence one. Sentence two here.\n\n"
	}
	m := press(t, sized(mustDoc(t, "long.txt", text), 80, 10), "}")
	before := m.cursor.at()
	m = press(t, m, "j")
	if m.cursor.at() != before {
		t.Fatalf("cursor moved from %d to %d while still on screen", before, m.cursor.at())
	}
	m = press(t, m, "j", "j", "j")
	if !m.article.OnScreen(m.cursor.at()) {
		t.Fatal("cursor off screen after scrolling")
	}
	if got := cursorWord(m); got != "Paragraph" {
		t.Fatalf("cursor on %q, want a sentence start", got)
	}
	m = press(t, m, "G")
	if !m.article.OnScreen(m.cursor.at()) {
		t.Fatal("cursor off screen after G")
	}
}

// Keys that arrive together in one message are handled one by one.
func TestRunesTypedTogether(t *testing.T) {
	m := deliver(t, tagModel(t), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("viw")})
	if got := selected(m); !m.cursor.visual() || got != "Officials" {
		t.Fatalf("visual %v selection %q", m.cursor.visual(), got)
	}
}

// A search puts the cursor on the match it shows, and n on the next one.
func TestSearchMovesCursor(t *testing.T) {
	m := press(t, tagModel(t), "/")
	m = press(t, m, typed("paragraph")...)
	m = press(t, m, "enter")
	if got := cursorWord(m); got != "paragraph" || m.cursor.at() != strings.Index(tagText, "paragraph") {
		t.Fatalf("after search: cursor on %q at %d", got, m.cursor.at())
	}
	m = press(t, m, "n", "1")
	if a := onlyTag(t, m); a.Text != "The last paragraph." {
		t.Fatalf("tagged %q", a.Text)
	}
}
