package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/overlay"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

func TestNoteEditing(t *testing.T) {
	m := press(t, tagModel(t), "2", "c")
	if m.mode() != "NOTE" || !strings.Contains(screen(m), "Note on claim") {
		t.Fatalf("editor not open; mode %s", m.mode())
	}
	// q, u and digits are text here, not commands.
	m = press(t, m, typed("quote 1 unclear")...)
	m = press(t, m, "enter")
	m = press(t, m, typed("see AP")...)
	m = press(t, m, "esc")
	a := onlyTag(t, m)
	if a.Note != "quote 1 unclear\nsee AP" {
		t.Fatalf("note %q", a.Note)
	}
	if m.mode() != "NORMAL" || m.sess.Set().Len() != 1 {
		t.Fatalf("after esc: mode %s, %d tags", m.mode(), m.sess.Set().Len())
	}
	// Edit again: the text is there; ctrl+s also keeps it; u undoes the edit.
	m = press(t, m, "c", "backspace", "backspace")
	m = deliver(t, m, tea.KeyMsg{Type: tea.KeyCtrlS})
	if a := onlyTag(t, m); a.Note != "quote 1 unclear\nsee" { // trailing spaces dropped
		t.Fatalf("edited note %q", a.Note)
	}
	m = press(t, m, "u")
	if a := onlyTag(t, m); a.Note != "quote 1 unclear\nsee AP" {
		t.Fatalf("undone note %q", a.Note)
	}
}

func TestNoteNeedsATag(t *testing.T) {
	m := press(t, tagModel(t), "c")
	if m.mode() != "NORMAL" || !strings.Contains(m.message, "no tag") {
		t.Fatalf("mode %s message %q", m.mode(), m.message)
	}
}

// A note being typed when the program is told to quit is kept.
func TestNoteKeptOnShutdown(t *testing.T) {
	m := press(t, tagModel(t), "1", "c")
	m = press(t, m, typed("half-typed")...)
	next, _ := m.Update(ShutdownMsg{Reason: "terminated"})
	if a := onlyTag(t, next.(Model)); a.Note != "half-typed" {
		t.Fatalf("note %q", a.Note)
	}
}

// A bracketed paste with Windows line ends and escape sequences is stored
// clean, as a multi-line note in the annotation set and the sidecar.
func TestNotePasteIsSanitized(t *testing.T) {
	doc, path := storeDoc(t)
	m, _, err := openReader(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "1", "c")
	paste := "first line\r\nsecond \x1b[1;31mred\x1b[0m line\r\n\x1b]0;title\x07third\x00\tend"
	m = deliver(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(paste), Paste: true})
	m = press(t, m, "esc")
	want := "first line\nsecond red line\nthird    end"
	if a := onlyTag(t, m); a.Note != want {
		t.Fatalf("note %q, want %q", a.Note, want)
	}
	f := sidecarFile(t, path+model.SidecarSuffix)
	if len(f.Annotations) != 1 || f.Annotations[0].Note != want {
		t.Fatalf("sidecar annotations %+v", f.Annotations)
	}
}

// Reopening a note puts the cursor at its end, scrolled into view even
// when the note is longer than the box.
func TestNoteReopensWithCursorAtEnd(t *testing.T) {
	m := press(t, tagModel(t), "1", "c")
	var lines []string
	for i := 1; i <= 30; i++ {
		lines = append(lines, fmt.Sprintf("line %d", i))
	}
	m = deliver(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Join(lines, "\n")), Paste: true})
	m = press(t, m, "esc", "c")
	shown := map[string]bool{}
	for _, row := range strings.Split(screen(m), "\n") {
		shown[strings.TrimSpace(row)] = true
	}
	if !shown["line 30"] || shown["line 1"] {
		t.Fatalf("long note not scrolled to its end:\n%s", screen(m))
	}
	m = press(t, m, typed("!")...)
	m = press(t, m, "esc")
	if a := onlyTag(t, m); !strings.HasSuffix(a.Note, "line 29\nline 30!") {
		t.Fatalf("typed after reopening: %q", a.Note[max(len(a.Note)-30, 0):])
	}
	// A note that fits the box is shown whole, from its first line.
	m = press(t, m, "c", "ctrl+u")
	for range 22 {
		m = press(t, m, "backspace", "ctrl+u")
	}
	m = press(t, m, "esc")
	if a := onlyTag(t, m); a.Note != "line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7" {
		t.Fatalf("shortened note %q", a.Note)
	}
	m = press(t, m, "c")
	shown = map[string]bool{}
	for _, row := range strings.Split(screen(m), "\n") {
		shown[strings.TrimSpace(row)] = true
	}
	for i := 1; i <= 7; i++ {
		if !shown[fmt.Sprintf("line %d", i)] {
			t.Fatalf("line %d of a short note hidden:\n%s", i, screen(m))
		}
	}
}

// The editor box keeps its size (half the screen, the title on top, the
// hint at the bottom) and soft-wraps a long line inside it.
func TestNoteEditorLayout(t *testing.T) {
	m := press(t, tagModel(t), "1", "c")
	long := "this note is a long line that must wrap inside the editor box without losing a word of it"
	m = press(t, m, typed(long)...)
	rows := strings.Split(screen(m), "\n")
	if len(rows) != 24 {
		t.Fatalf("%d rows", len(rows))
	}
	box := rows[len(rows)-1-overlay.BoxHeight(23):]
	if !strings.HasPrefix(box[0], "Note on quote: “Officials") || !strings.HasPrefix(box[1], "───") {
		t.Fatalf("box top:\n%s", strings.Join(box, "\n"))
	}
	if !strings.HasPrefix(box[len(box)-2], "esc/ctrl+s keeps the note") {
		t.Fatalf("box bottom:\n%s", strings.Join(box, "\n"))
	}
	var text []string
	for _, r := range box[2 : len(box)-2] {
		if ansi.StringWidth(r) != 80 {
			t.Fatalf("row %q is %d cells wide", r, ansi.StringWidth(r))
		}
		if s := strings.TrimSpace(r); s != "" {
			text = append(text, s)
		}
	}
	if len(text) != 2 || strings.Join(text, " ") != long {
		t.Fatalf("wrapped text %q", text)
	}
	if a := onlyTag(t, press(t, m, "esc")); a.Note != long {
		t.Fatalf("note %q", a.Note)
	}
}
