package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// cellOf finds the screen cell where word is drawn.
func cellOf(t *testing.T, m Model, word string) (x, y int) {
	t.Helper()
	for y, line := range strings.Split(screen(m), "\n") {
		if i := strings.Index(line, word); i >= 0 {
			return len([]rune(line[:i])), y
		}
	}
	t.Fatalf("%q not on screen", word)
	return 0, 0
}

func TestMouseClickAndDrag(t *testing.T) {
	m := tagModel(t)
	x, y := cellOf(t, m, "Sullivan")
	m = deliver(t, m, tea.MouseMsg{X: x + 2, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if got := cursorWord(m); got != "Sullivan" || m.cursor.visual() {
		t.Fatalf("click: cursor on %q, visual %v", got, m.cursor.visual())
	}
	x2, y2 := cellOf(t, m, "cheered")
	m = deliver(t, m, tea.MouseMsg{X: x2, Y: y2, Button: tea.MouseButtonLeft, Action: tea.MouseActionMotion})
	m = deliver(t, m, tea.MouseMsg{X: x2, Y: y2, Button: tea.MouseButtonLeft, Action: tea.MouseActionRelease})
	if got := selected(m); got != "Sullivan said. Nobody cheered" {
		t.Fatalf("drag selected %q", got)
	}
	m = press(t, m, "2")
	if a := onlyTag(t, m); a.Text != "Sullivan said. Nobody cheered" {
		t.Fatalf("tagged %q", a.Text)
	}
	// A click on a blank line changes nothing; the wheel still scrolls.
	before := m.cursor.at()
	_, blank := cellOf(t, m, "A second")
	m = deliver(t, m, tea.MouseMsg{X: 5, Y: blank - 1, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if m.cursor.at() != before {
		t.Fatal("a click on a blank line moved the cursor")
	}
}
