package overlay

import (
	"io"
	"testing"

	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// plainStyles are the dark theme's styles with no escape sequences.
func plainStyles() *theme.Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return theme.NewStyles(theme.DarkTheme(), r)
}

// The editor's own keys (bubbles textarea): arrows, line start/end, delete,
// ctrl+u/ctrl+k, word motions; a tab becomes spaces.
func TestNoteEditorKeys(t *testing.T) {
	key := func(e *NoteEditor, k tea.KeyMsg) {
		t.Helper()
		if e.Update(k) {
			t.Fatalf("%s finished the editor", k)
		}
	}
	e := NewNoteEditor("id", "t", "abc\ndefg", plainStyles(), 40, 8)
	key(&e, tea.KeyMsg{Type: tea.KeyUp})
	key(&e, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("X")})
	if got := e.Text(); got != "abcX\ndefg" {
		t.Fatalf("up then type: %q", got)
	}
	key(&e, tea.KeyMsg{Type: tea.KeyHome})
	key(&e, tea.KeyMsg{Type: tea.KeyDelete})
	key(&e, tea.KeyMsg{Type: tea.KeyDown})
	key(&e, tea.KeyMsg{Type: tea.KeyHome})
	key(&e, tea.KeyMsg{Type: tea.KeyRight})
	key(&e, tea.KeyMsg{Type: tea.KeyRight})
	key(&e, tea.KeyMsg{Type: tea.KeyCtrlU})
	if got := e.Text(); got != "bcX\nfg" {
		t.Fatalf("home, delete, down, ctrl+u: %q", got)
	}
	key(&e, tea.KeyMsg{Type: tea.KeyCtrlK})
	key(&e, tea.KeyMsg{Type: tea.KeyTab})
	key(&e, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
	key(&e, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("two words")})
	key(&e, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("b"), Alt: true}) // word back
	key(&e, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("_")})
	if got := e.Text(); got != "bcX\n     two _words" {
		t.Fatalf("ctrl+k, tab, alt+b: %q", got)
	}
	for _, done := range []tea.KeyMsg{{Type: tea.KeyEsc}, {Type: tea.KeyCtrlS}} {
		if !e.Update(done) {
			t.Fatalf("%s should finish", done)
		}
	}
}
