package ui

import (
	"github.com/annotty/annotty/ui/selection"
	tea "github.com/charmbracelet/bubbletea"
)

// Mouse: a left click in the article puts the cursor on the word under the
// pointer (leaving visual mode); dragging with the left button held selects
// from where the drag started, in visual mode.

// offsetAt returns the document offset drawn at cell (x, y) of the pane,
// or false on a blank line or outside the text.
func (a *articlePane) offsetAt(x, y int) (int, bool) {
	if a.doc == nil || len(a.doc.Paragraphs) == 0 || y < 0 || y >= a.height || x < 0 || x >= a.width {
		return 0, false
	}
	pos, row := a.top, 0
	for p := pos.Para; p >= 0 && row < a.height; p = a.nextShown(p + 1) {
		ls := a.lines(p)
		for l := pos.Line; l < len(ls) && row < a.height; l++ {
			if row == y {
				return a.offsetInLine(ls[l], x-a.left-gutterWidth), true
			}
			row++
		}
		row += a.gapAfter(p)
		if row > y {
			return 0, false
		}
		pos.Line = 0
	}
	return 0, false
}

// offsetInLine returns the offset of the character drawn at column col of
// line (the first or last character when col is outside it).
func (a *articlePane) offsetInLine(line wrappedLine, col int) int {
	text := a.doc.Text
	off, at := line.Start, 0
	for off < line.End {
		cluster, w := nextCluster(text[off:line.End], at)
		if col < at+w {
			return off
		}
		at += w
		if off+len(cluster) >= line.End {
			return off
		}
		off += len(cluster)
	}
	return line.Start
}

// handleMouseCursor places the cursor or extends a drag selection; ok is
// false for events it leaves to the reader (the wheel, other panes).
func (m Model) handleMouseCursor(msg tea.MouseMsg) (Model, bool) {
	if msg.Button != tea.MouseButtonLeft || (m.focus != focusArticle && m.focus != focusSide) {
		return m, false
	}
	switch msg.Action {
	case tea.MouseActionRelease:
		m.cursor.dragging = false
		return m, true
	case tea.MouseActionPress, tea.MouseActionMotion:
	default:
		return m, false
	}
	off, ok := m.article.offsetAt(msg.X, msg.Y)
	if !ok {
		return m, msg.X < m.article.width
	}
	if msg.Action == tea.MouseActionPress {
		m.focus = focusArticle
		m.cursor.exitVisual()
		m.cursor.place(m.doc, off)
		m.cursor.dragging = true
		m.message = ""
		return m, true
	}
	if !m.cursor.dragging {
		return m, true
	}
	if !m.cursor.visual() {
		m.cursor.s = m.cursor.s.Do(m.selectionContext(), selection.EnterVisual)
	}
	m.cursor.place(m.doc, off)
	return m, true
}
