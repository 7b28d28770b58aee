package ui

import (
	"io"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// plainStyles are the dark theme's styles with no escape sequences, so
// screens compare as plain text.
func plainStyles() *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return theme.NewStyles(theme.DarkTheme(), r)
}

// colourStyles are the dark theme's styles with 256 colours.
func colourStyles() *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	r.SetHasDarkBackground(true)
	return theme.NewStyles(theme.DarkTheme(), r)
}

// mustDoc builds a document or fails the test.
func mustDoc(t testing.TB, path, text string) *model.Document {
	t.Helper()
	doc, err := model.NewDocument(path, []byte(text), model.IsMarkdownPath(path))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// sized returns a reader for doc laid out in a width x height terminal.
func sized(doc *model.Document, width, height int) Model {
	m := New(doc, Options{Styles: plainStyles()})
	next, _ := m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return next.(Model)
}

// press sends keys (one key per element: "j", "ctrl+d", "pgdown", "enter") and
// runs the commands they return synchronously, feeding their messages back.
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		m = deliver(t, m, keyMsg(k))
	}
	return m
}

// deliver sends msg and then every message its commands produce.
func deliver(t testing.TB, m Model, msg tea.Msg) Model {
	t.Helper()
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		next, cmd := m.Update(queue[0])
		m = next.(Model)
		queue = queue[1:]
		queue = append(queue, runCmd(cmd)...)
	}
	return m
}

// deliverCmd runs cmd and delivers every message it produces, in turn.
func deliverCmd(t testing.TB, m Model, cmd tea.Cmd) Model {
	t.Helper()
	for _, msg := range runCmd(cmd) {
		m = deliver(t, m, msg)
	}
	return m
}

// runCmd runs a command (and batches) and returns the messages it produced.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, runCmd(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	if _, quit := msg.(tea.QuitMsg); quit {
		return nil
	}
	return []tea.Msg{msg}
}

// keyMsg turns a key name into the message Bubble Tea would send.
func keyMsg(k string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
		"ctrl+d": tea.KeyCtrlD, "ctrl+u": tea.KeyCtrlU, "ctrl+r": tea.KeyCtrlR, "ctrl+c": tea.KeyCtrlC, "backspace": tea.KeyBackspace,
		" ": tea.KeySpace,
	}
	if t, ok := named[k]; ok {
		if t == tea.KeySpace {
			return tea.KeyMsg{Type: t, Runes: []rune{' '}}
		}
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// typed splits s into one key per rune, for typing a search query.
func typed(s string) []string { return strings.Split(s, "") }

// screen is the model's view without escape sequences.
func screen(m Model) string { return ansi.Strip(m.View()) }

// topLine is the first line of the article on screen, trimmed.
func topLine(m Model) string {
	return strings.TrimSpace(strings.SplitN(screen(m), "\n", 2)[0])
}
