package ui

import (
	"github.com/annotty/annotty/ui/selection"
	tea "github.com/charmbracelet/bubbletea"
)

// Mouse: a left click in the article puts the cursor on the word under the
// pointer (leaving visual mode); dragging with the left button held selects
// from where the drag started, in visual mode.

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
	off, ok := m.article.OffsetAt(msg.X, msg.Y)
	if !ok {
		return m, msg.X < m.article.Width()
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
		*m.cursor.s = m.cursor.s.Do(m.selectionContext(), selection.EnterVisual)
	}
	m.cursor.place(m.doc, off)
	return m, true
}
