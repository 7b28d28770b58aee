package ui

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// TestRandomKeysNeverBreakTheScreen replays random reading keys, resizes and
// wheel events on awkward documents: no panic, and every frame is exactly
// the terminal's size.
func TestRandomKeysNeverBreakTheScreen(t *testing.T) {
	docs := []*model.Document{
		mustDoc(t, "a.txt", numberedArticle(25)),
		mustDoc(t, "b.txt", "x\n"),
		mustDoc(t, "c.md", "# T\n\n- one\n- two that is long enough to wrap around the narrow screens\n\n"+strings.Repeat("漢字 👩‍💻 e\u0301 \x1b[2J tab\there ", 40)+"\n"),
		mustDoc(t, "d.txt", strings.Repeat("word ", 5000)+"\n"+strings.Repeat("short\n", 30)),
	}
	keys := []string{"j", "k", "down", "up", " ", "b", "pgdown", "pgup", "ctrl+d", "ctrl+u", "g", "G", "home", "end", "n", "N", "tab", "esc", "enter", "?"}
	rng := rand.New(rand.NewPCG(7, 11))
	for _, doc := range docs {
		m := sized(doc, 80, 24)
		m = press(t, m, "/", "o", "enter")
		w, h := 80, 24
		for step := 0; step < 600; step++ {
			switch r := rng.IntN(20); {
			case r == 0:
				w, h = 1+rng.IntN(160), 1+rng.IntN(60)
				m = deliver(t, m, tea.WindowSizeMsg{Width: w, Height: h})
			case r == 1:
				button := tea.MouseButtonWheelDown
				if rng.IntN(2) == 0 {
					button = tea.MouseButtonWheelUp
				}
				m = deliver(t, m, tea.MouseMsg{Action: tea.MouseActionPress, Button: button})
			default:
				m = press(t, m, keys[rng.IntN(len(keys))])
			}
			lines := strings.Split(m.View(), "\n")
			if len(lines) != h {
				t.Fatalf("%s step %d (%dx%d): %d lines", doc.Path, step, w, h, len(lines))
			}
			for i, l := range lines {
				if got := ansi.StringWidth(l); got != w {
					t.Fatalf("%s step %d (%dx%d): line %d is %d cells: %q", doc.Path, step, w, h, i, got, ansi.Strip(l))
				}
			}
		}
	}
}
