package ui

import (
	"github.com/annotty/annotty/ui/overlay"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
)

// openNote implements c: edit the note of the tag under the cursor.
func (m Model) openNote() Model {
	a, ok := m.sess.TagAt(m.cursor.at())
	if !ok {
		m.message = "no tag under the cursor: tag it first (" + m.keyName(actLabel) + "), then press " + m.keyName(actNote)
		return m
	}
	return m.openNoteFor(a.ID)
}

// openNoteFor opens the note editor on annotation id; closing it returns
// the focus where it was.
func (m Model) openNoteFor(id string) Model {
	a, ok := m.sess.Set().Get(id)
	if !ok {
		return m
	}
	title := "Note on " + a.Label + ": “" + theme.Sanitize(session.Excerpt(a.Text, 8)) + "”"
	m.note = ptr(overlay.NewNoteEditor(id, title, a.Note, m.styles, m.width, overlay.BoxHeight(max(m.height-1, 1))).WithUndoKey(m.keyName(actUndo)))
	m.noteReturn = m.focus
	m.focus = focusNote
	return m
}

// commitNote closes the editor and stores the note (one undo step).
func (m Model) commitNote() Model {
	m.focus = m.noteReturn
	return m.apply(m.sess.SetNote(m.note.ID(), m.note.Text()))
}
