package overlay

import (
	"fmt"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/session"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// Golden screens of each overlay at the sizes the reader gives them on an
// 80x24 and a 120x40 terminal (BoxHeight of the body); -update rewrites them.

func TestGoldenNoteEditor(t *testing.T) {
	for _, size := range [][2]int{{80, BoxHeight(23)}, {120, BoxHeight(39)}} {
		t.Run(sizeName(size), func(t *testing.T) {
			e := NewNoteEditor("a-1", "Note on claim: “Officials met on Monday.”", "check the date\nwith the agency 東京 🎉", plainStyles(), size[0], size[1])
			golden.RequireEqual(t, []byte(ansi.Strip(e.View(size[0], size[1], plainStyles()))))
		})
	}
}

func TestGoldenSpeakerPicker(t *testing.T) {
	speakers := []model.Speaker{{Name: "Jake Sullivan", Quotes: 6}, {Name: "Biden", Quotes: 1}, {Name: "Ann Park"}}
	for _, size := range [][2]int{{80, BoxHeight(23)}, {120, BoxHeight(39)}} {
		t.Run(sizeName(size), func(t *testing.T) {
			p := NewSpeakerPicker(speakers, session.Target{AnnotationID: "a-1"}, "Biden", plainStyles())
			p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a")})
			golden.RequireEqual(t, []byte(ansi.Strip(p.View(size[0], size[1], plainStyles()))))
		})
	}
}

func TestGoldenPrompt(t *testing.T) {
	p := NewPrompt("/", plainStyles())
	p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("harbour ferry")})
	golden.RequireEqual(t, []byte(ansi.Strip(p.View(40))))
}

// sizeName names a subtest by its box size.
func sizeName(size [2]int) string { return fmt.Sprintf("%dx%d", size[0], size[1]) }

func TestGoldenMergePicker(t *testing.T) {
	speakers := []model.Speaker{{Name: "Jake Sullivan", Quotes: 6}, {Name: "Biden", Quotes: 1}, {Name: "Ann Park"}}
	for _, size := range [][2]int{{80, BoxHeight(23)}, {120, BoxHeight(39)}} {
		t.Run(sizeName(size), func(t *testing.T) {
			p := NewMergePicker(speakers, "Biden", plainStyles())
			golden.RequireEqual(t, []byte(ansi.Strip(p.View(size[0], size[1], plainStyles()))))
		})
	}
}

func TestGoldenQuitConfirm(t *testing.T) {
	for _, size := range [][2]int{{80, BoxHeight(23)}, {120, BoxHeight(39)}} {
		t.Run(sizeName(size), func(t *testing.T) {
			c := NewQuitConfirm("write /home/ana/articles/harbour.txt.annotty.json: no space left on device")
			golden.RequireEqual(t, []byte(ansi.Strip(c.View(size[0], size[1], plainStyles()))))
		})
	}
}

// The reader names its undo key in the note editor's hint.
func TestGoldenNoteEditorWithUndoKey(t *testing.T) {
	e := NewNoteEditor("a-1", "Note on quote: “We will not stop.”", "", plainStyles(), 80, BoxHeight(23)).WithUndoKey("u")
	golden.RequireEqual(t, []byte(ansi.Strip(e.View(80, BoxHeight(23), plainStyles()))))
}
