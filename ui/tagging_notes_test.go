package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
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
	if m.mode() != "NORMAL" || m.tags.set.Len() != 1 {
		t.Fatalf("after esc: mode %s, %d tags", m.mode(), m.tags.set.Len())
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

func TestNoteEditorKeys(t *testing.T) {
	e := newNoteEditor("id", "t", "ab\r\ncd\x1b[31m\tx")
	if got := e.text(); got != "ab\ncd[31m    x" {
		t.Fatalf("cleaned %q", got)
	}
	e = newNoteEditor("id", "t", "abc\ndefg")
	e.update(tea.KeyMsg{Type: tea.KeyUp})
	e.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("X")})
	if got := e.text(); got != "abcX\ndefg" {
		t.Fatalf("up then type: %q", got)
	}
	e.update(tea.KeyMsg{Type: tea.KeyHome})
	e.update(tea.KeyMsg{Type: tea.KeyDelete})
	e.update(tea.KeyMsg{Type: tea.KeyDown})
	e.update(tea.KeyMsg{Type: tea.KeyRight})
	e.update(tea.KeyMsg{Type: tea.KeyRight})
	e.update(tea.KeyMsg{Type: tea.KeyCtrlU})
	if got := e.text(); got != "bcX\nfg" {
		t.Fatalf("edits: %q", got)
	}
	if !e.update(tea.KeyMsg{Type: tea.KeyEsc}) {
		t.Fatal("esc should finish")
	}
}
