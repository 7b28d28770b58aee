package ui

import (
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/selection"
)

// addAnnotations wires the user's annotations into a new reader: the shared
// tagging state, the text cursor on the first sentence, their highlighters
// and the Tags tab.
func (m *Model) addAnnotations(opts Options) {
	m.tags = newTagging(m.doc, opts.Store, opts.Labels, m.styles)
	m.cursor = &cursorState{}
	m.cursor.s = selection.Start(m.selectionContext())
	m.article.SetHighlighter("tags", m.tags)
	m.article.SetHighlighter("cursor", cursorHighlighter{state: m.cursor, paints: &m.tags.paints})
	m.side.AddTab(newTagsTab(m.tags))
	m.tags.notice = m.tags.startupMessage()
	m.message = m.tags.notice
	m.notifyReview()
}

// withStartupNotice keeps the first frame's news about the annotations
// (where they are saved, how many were restored, or why they are not saved)
// in front of the message that replaced it when the analysis finished.
func (m Model) withStartupNotice() Model {
	if !strings.Contains(m.message, m.tags.notice) {
		m.message = withNotice(m.tags.notice, m.message)
	}
	return m
}

// cursorTo puts the cursor on off without scrolling (a side-pane jump
// already scrolled); at a paragraph's start it skips leading spaces. It
// clears the message so the status line says what the cursor is on.
func (m Model) cursorTo(off int) Model {
	if len(m.doc.Paragraphs) == 0 {
		return m
	}
	if fw := firstWord(m.doc, m.doc.ParagraphAt(off)); fw >= 0 && off <= fw {
		off = fw
	}
	m.cursor.place(m.doc, off)
	m.cursor.exitVisual()
	m.message = "" // the status line now says what the cursor is on
	return m
}

// tagAction carries out what the Tags tab asked for.
func (m Model) tagAction(msg tagActionMsg) Model {
	switch msg.action {
	case tagDelete:
		return m.deleteTag(msg.id)
	case tagEditNote:
		return m.openNoteFor(msg.id)
	case tagExplainOrphan:
		m.message = "this tag's text is no longer in the article; it is kept (d deletes it)"
		return m
	case tagNextLabel:
		a, ok := m.tags.set.Get(msg.id)
		if !ok {
			return m
		}
		next := m.tags.nextLabel(a.Label)
		if err := m.tags.set.Update(msg.id, func(x *model.Annotation) { x.Label = next }); err != nil {
			m.message = "cannot relabel: " + err.Error()
			return m
		}
		return m.changed("label: " + a.Label + " → " + next)
	}
	return m
}

// nextLabel is the label after name in the label set (the first one when
// name is not in the set).
func (t *tagging) nextLabel(name string) string {
	ls := t.labels.Labels
	for i, l := range ls {
		if l.Name == name {
			return ls[(i+1)%len(ls)].Name
		}
	}
	return ls[0].Name
}

// mode is the status line's mode: NORMAL, VISUAL, NOTE or SPEAKER.
func (m Model) mode() string {
	switch {
	case m.focus == focusNote:
		return "NOTE"
	case m.focus == focusPicker:
		return "SPEAKER"
	case m.cursor != nil && m.cursor.visual():
		return "VISUAL"
	}
	return "NORMAL"
}

// statusMessage is the status line's message: the last action's message,
// else a warning that annotations are not being saved, else what the
// cursor is on.
func (m Model) statusMessage() string {
	if m.message != "" {
		return m.message
	}
	if m.tags == nil {
		return ""
	}
	if warn := m.tags.notSaving(); warn != "" {
		return warn
	}
	if m.cursor.pending() != 0 {
		return string(m.cursor.pending()) + "… then w s p q (word, sentence, paragraph, quote)"
	}
	if desc := m.cursorDescription(); desc != "" {
		return desc
	}
	return m.tags.idleStatus()
}

// idleStatus is the status line when nothing else is to say: how many tags
// there are and where they are saved, or how to make the first one.
func (t *tagging) idleStatus() string {
	if t.store == nil || t.where() == "" {
		return ""
	}
	if t.set.Len() == 0 {
		return "no tags yet · 1-9 tags the sentence at the cursor"
	}
	return plainCount(t.set.Len(), "tag") + " · saved in " + t.where()
}

// overlay draws the note editor or the speaker picker over the bottom of
// the screen body (height lines of width cells); otherwise it returns body.
func (m Model) overlay(body string) string {
	if m.focus != focusNote && m.focus != focusPicker {
		return body
	}
	lines := strings.Split(body, "\n")
	h := overlayHeight(len(lines))
	var box string
	if m.focus == focusNote {
		box = m.note.view(m.width, h, m.styles)
	} else {
		box = m.picker.view(m.width, h, m.styles)
	}
	return strings.Join(append(lines[:len(lines)-h], strings.Split(box, "\n")...), "\n")
}
