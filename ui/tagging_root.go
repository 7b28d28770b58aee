package ui

import (
	"strings"

	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/overlay"
	"github.com/annotty/annotty/ui/selection"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/side"
	"github.com/annotty/annotty/ui/theme"
)

// addAnnotations wires the user's annotations into a new reader: the tag
// layer, the text cursor on the first sentence, their highlighters and the
// Tags tab.
func (m *Model) addAnnotations() {
	m.tags = layers.NewTags(m.sess, m.styles)
	m.cursor = &cursorState{s: m.sess.Cursor()}
	*m.cursor.s = selection.Start(m.selectionContext())
	m.article.SetHighlighter("tags", m.tags)
	m.article.SetHighlighter("cursor", cursorHighlighter{state: m.cursor, Paints: &m.tags.Paints})
	m.side.AddTab(side.NewTagsTab(m.tags, m.keys.tagKeys(), m.tagsTabHint(), m.keyName(actLabel)))
	*m = m.addReviewTab()
	m.notice = withNotice(m.pageNotice(), m.startupNotice())
	m.message = m.notice
	m.help.SetPage(m.helpPage())
}

// tagsTabHint is the Tags tab's key line, named from the binding table.
func (m Model) tagsTabHint() string {
	return m.keyName(actSelect) + " jump · " + m.keyName(actTagDelete) + " delete · " +
		m.keyName(actTagNote) + " note · " + m.keyName(actTagRelabel) + " label · " +
		m.keyName(actTagFilter) + " filter · " + m.keyName(actUndo) + " undo"
}

// withStartupNotice keeps the first frame's news about the annotations
// (how many were restored, or why they are not saved) in front of the
// message that replaced it when the analysis finished.
func (m Model) withStartupNotice() Model {
	if !strings.Contains(m.message, m.notice) {
		m.message = withNotice(m.notice, m.message)
	}
	return m
}

// holdings says what the article holds and how to start, for the first
// frame and the idle status line: "7 quotes · 4 promos · 1-9 tag · ? help".
func (m Model) holdings() string {
	var parts []string
	if a := m.sess.Analysis(); a != nil {
		parts = append(parts, session.Count(len(a.Quotes), "quote"), session.Count(len(a.Promos), "promo"))
	}
	if n := m.sess.Set().Len(); n > 0 {
		parts = append(parts, session.Count(n, "tag"))
	}
	parts = append(parts, m.keyName(actLabel)+" tag")
	if hint := m.sess.OthersHint(); hint != "" {
		parts = append(parts, m.keyName(actOthers)+" "+hint)
	}
	parts = append(parts, m.keyName(actHelp)+" help")
	return strings.Join(parts, " · ")
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
func (m Model) tagAction(msg side.TagActionMsg) Model {
	switch msg.Action {
	case side.TagDelete:
		return m.deleteTag(msg.ID)
	case side.TagEditNote:
		return m.openNoteFor(msg.ID)
	case side.TagReadOnly:
		m.message = theme.Sanitize(msg.ID) + "'s tags are read-only (" + m.keyName(actOthers) + " cycles whose tags are shown)"
		return m
	case side.TagExplainOrphan:
		m.message = "this tag's text is no longer in the article; it is kept (" + m.keyName(actTagDelete) + " deletes it; the Review tab places it)"
		return m
	case side.TagNextLabel:
		return m.apply(m.sess.Relabel(msg.ID))
	}
	return m
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

// statusMessage is the status line's message: a failed save first (it
// stays until a save works), then the last action's message (with
// "saving…" while its change is not on disk yet), else a warning that
// annotations are not being saved, else what the cursor is on.
func (m Model) statusMessage() string {
	if problem := m.saveProblem(); problem != "" && !m.confirmQuit {
		return withNotice(problem, m.message) // stays until a save works
	}
	if m.message != "" {
		return withNotice(m.message, m.sess.SaveBadge())
	}
	if m.tags == nil {
		return ""
	}
	if warn := m.notSaving(); warn != "" {
		return warn
	}
	if m.cursor.pending() != 0 {
		return string(m.cursor.pending()) + "… then w s p q (word, sentence, paragraph, quote)"
	}
	if desc := m.cursorDescription(); desc != "" {
		return desc
	}
	return m.holdings()
}

// overlay draws the note editor or the speaker picker over the bottom of
// the screen body (height lines of width cells); otherwise it returns body.
func (m Model) overlay(body string) string {
	if m.focus != focusNote && m.focus != focusPicker && !m.confirmQuit {
		return body
	}
	lines := strings.Split(body, "\n")
	h := overlay.BoxHeight(len(lines))
	var box string
	if m.confirmQuit {
		box = m.quitAsk.View(m.width, h, m.styles)
	} else if m.focus == focusNote {
		box = m.note.View(m.width, h, m.styles)
	} else {
		box = m.picker.View(m.width, h, m.styles)
	}
	return strings.Join(append(lines[:len(lines)-h], strings.Split(box, "\n")...), "\n")
}
