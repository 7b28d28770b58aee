package main

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// stubReader records the messages the loading model hands on.
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

func TestLoadingModelShowsNameThenHandsOverToTheReader(t *testing.T) {
	var got []string
	m := loadingModel{name: "page\x1b[31m.html", load: func() loadedReader { return loadedReader{reader: stubReader{&got}} }}
	if v := m.View(); !strings.Contains(v, "extracting the article") || strings.Contains(v, "\x1b") {
		t.Errorf("first frame %q", v)
	}
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	msg := m.Init()()
	next, _ = next.Update(msg)
	next, _ = next.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")})
	if strings.Join(got, ",") != "init,size,key j" || next.View() != "the article" {
		t.Errorf("reader got %v, view %q", got, next.View())
	}
}

func TestLoadingModelQuitsWithTheLoadError(t *testing.T) {
	m := loadingModel{name: "x.html", load: func() loadedReader { return loadedReader{err: errors.New("x.html: larger than 32 MB")} }}
	next, cmd := m.Update(m.Init()())
	if cmd == nil || next.(loadingModel).err == nil {
		t.Fatal("a failed load does not quit with its error")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("not a quit")
	}
	_, cmd = loadingModel{}.Update(tea.KeyMsg{Type: tea.KeyCtrlC})
	if cmd == nil {
		t.Error("ctrl+c does not quit while loading")
	}
}
