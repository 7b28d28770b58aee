package ui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// stubReader records the messages the loading state hands on.
type stubReader struct{ got *[]string }

func (s stubReader) Init() tea.Cmd { *s.got = append(*s.got, "init"); return nil }
func (s stubReader) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		*s.got = append(*s.got, "size")
	case tea.KeyMsg:
		*s.got = append(*s.got, "key "+msg.String())
	}
	return s, nil
}
func (s stubReader) View() string { return "the article" }

func TestLoadingShowsNameThenHandsOverToTheReader(t *testing.T) {
	var got []string
	m := NewLoading("dir/page\x1b[31m.html", func() Loaded { return Loaded{Reader: stubReader{&got}} }, plainStyles())
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	v := next.View()
	rows := strings.Split(v, "\n")
	if len(rows) != 24 || !strings.Contains(rows[23], "extracting the article…") || !strings.Contains(rows[23], "page") ||
		strings.Contains(v, "\x1b[31m") || strings.Contains(v, "¶") {
		t.Errorf("first frame (%d rows): %q", len(rows), rows[len(rows)-1])
	}
	msg := m.Init()()
	next, _ = next.Update(msg)
	next, _ = next.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	if strings.Join(got, ",") != "init,size,key q" || next.View() != "the article" {
		t.Errorf("reader got %v, view %q", got, next.View())
	}
}

func TestLoadingQuits(t *testing.T) {
	m := NewLoading("x.html", func() Loaded { return Loaded{Err: errors.New("x.html: larger than 32 MB")} }, nil)
	next, cmd := m.Update(m.Init()())
	if cmd == nil || next.(Loading).Err == nil {
		t.Fatal("a failed load does not quit with its error")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("not a quit")
	}
	for _, msg := range []tea.Msg{tea.KeyMsg{Type: tea.KeyCtrlC}, keyMsg("q"), keyMsg("esc"), ShutdownMsg{Reason: "terminated"}} {
		if _, cmd := m.Update(msg); cmd == nil {
			t.Errorf("%v does not quit while loading", msg)
		}
	}
	if _, cmd := m.Update(keyMsg("j")); cmd != nil {
		t.Error("j quits while loading")
	}
}
