package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// queryPrompt is the one-line search input shown in place of the status line.
type queryPrompt struct {
	value []rune
}

// update edits the query with a key: typing, backspace, ctrl+u (clear) and
// ctrl+w (delete a word).
func (p *queryPrompt) update(msg tea.KeyMsg) {
	switch msg.Type {
	case tea.KeyRunes, tea.KeySpace:
		p.value = append(p.value, msg.Runes...)
	case tea.KeyBackspace:
		if len(p.value) > 0 {
			p.value = p.value[:len(p.value)-1]
		}
	case tea.KeyCtrlU:
		p.value = p.value[:0]
	case tea.KeyCtrlW:
		s := strings.TrimRight(string(p.value), " ")
		if i := strings.LastIndexByte(s, ' '); i >= 0 {
			p.value = []rune(s[:i+1])
		} else {
			p.value = p.value[:0]
		}
	}
}

// view draws "/query▏" cut to width cells, keeping the end of a long query.
func (p *queryPrompt) view(width int) string {
	s := "/" + Sanitize(string(p.value)) + "█"
	if w := ansi.StringWidth(s); w > width {
		s = ansi.TruncateLeft(s, w-width, "")
	}
	return s
}
