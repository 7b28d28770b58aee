package ui

import (
	"github.com/annotty/annotty/ui/selection"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// AnnotateKeys are the bindings of the text cursor, visual mode, tagging,
// review and the Tags tab. KeyMap embeds them.
type AnnotateKeys struct {
	// Cursor motions (in the article pane).
	WordNext, WordPrev, WordEnd, SentenceNext, SentencePrev, ParaNext, ParaPrev key.Binding
	// Visual mode: v toggles; i/a then w s p q select a text object.
	Visual, InnerObject, AroundObject key.Binding
	// Tagging and review.
	Label, Accept, Reject, Speaker, FixSpan, Note, Undo, Redo, Export, MoveAside key.Binding
	// Tags tab.
	TagDelete, TagNote, TagRelabel, TagFilter key.Binding
}

// DefaultAnnotateKeys returns the standard annotation bindings (vim flavoured;
// b stays page up as in less, so B is the previous word).
func DefaultAnnotateKeys() AnnotateKeys {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return AnnotateKeys{
		WordNext:     b("w", "cursor: next word", "w"),
		WordPrev:     b("B", "cursor: previous word (b pages up)", "B"),
		WordEnd:      b("e", "cursor: end of word", "e"),
		SentenceNext: b(")", "cursor: next sentence", ")"),
		SentencePrev: b("(", "cursor: previous sentence", "("),
		ParaNext:     b("}", "cursor: next paragraph", "}"),
		ParaPrev:     b("{", "cursor: previous paragraph", "{"),
		Visual:       b("v", "visual mode: select with the motions; esc leaves", "v"),
		InnerObject:  b("i", "visual: iw is ip iq select the word/sentence/paragraph/quote", "i"),
		AroundObject: b("a", "visual: aw as ap aq, with spaces or quotation marks", "a"),
		Label:        b("1-9", "tag the selection, or the cursor's sentence, with that label", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Accept:       b("a", "accept the suggestion (quote/promo) under the cursor", "a"),
		Reject:       b("x", "reject the suggestion; with none, delete your tag there", "x"),
		Speaker:      b("s", "change the quote's speaker (pick or type a name)", "s"),
		FixSpan:      b("F", "visual: make the selection the quote's/tag's span", "F"),
		Note:         b("c", "note on the tag under the cursor (esc or ctrl+s keeps it)", "c"),
		Undo:         b("u", "undo", "u"),
		Redo:         b("ctrl+r", "redo", "ctrl+r"),
		Export:       b("E", "export the tags as JSON next to the article", "E"),
		MoveAside:    b("M", "move a corrupt annotations file aside as .bak (asks first)", "M"),
		TagDelete:    b("d/del", "Tags tab: delete the tag (u undoes)", "d", "delete"),
		TagNote:      b("c", "Tags tab: edit the tag's note", "c"),
		TagRelabel:   b("L", "Tags tab: next label", "L"),
		TagFilter:    b("f/0-9", "Tags tab: cycle the label filter, 1-9 that label, 0 all", "f"),
	}
}

// changesAnnotations reports whether a key in the article pane would change
// the annotations (tag, accept, reject, speaker, span, note, undo, redo).
func (k AnnotateKeys) changesAnnotations(msg tea.KeyMsg) bool {
	return key.Matches(msg, k.Label, k.Accept, k.Reject, k.Speaker, k.FixSpan, k.Note, k.Undo, k.Redo)
}

// motionHelp, taggingHelp and tagsTabHelp are FullHelp's groups for these keys.
func (k AnnotateKeys) motionHelp() []key.Binding {
	return []key.Binding{k.WordNext, k.WordPrev, k.WordEnd, k.SentenceNext, k.SentencePrev, k.ParaNext, k.ParaPrev, k.Visual, k.InnerObject, k.AroundObject}
}

func (k AnnotateKeys) taggingHelp() []key.Binding {
	return []key.Binding{k.Label, k.Accept, k.Reject, k.Speaker, k.FixSpan, k.Note, k.Undo, k.Redo, k.Export, k.MoveAside}
}

func (k AnnotateKeys) tagsTabHelp() []key.Binding {
	return []key.Binding{k.TagDelete, k.TagNote, k.TagRelabel, k.TagFilter}
}

// handleAnnotateKey runs before the reader's own keys. It owns the keys
// while a note, the speaker picker or a confirmation is open, and in the
// article pane the cursor, visual-mode, tagging and review keys. ok is
// false for keys it leaves to the reader.
func (m Model) handleAnnotateKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	switch m.focus {
	case focusNote:
		if m.note.update(msg) {
			m = m.commitNote()
		}
		return m, nil, true
	case focusPicker:
		if name, done := m.picker.update(msg); done {
			m.focus = focusArticle
			if name != "" {
				m = m.setSpeaker(m.picker.target, name)
			} else {
				m.message = "speaker unchanged"
			}
		}
		return m, nil, true
	case focusArticle, focusSide:
		if m.focus == focusSide {
			return m, nil, false
		}
	default:
		return m, nil, false
	}
	if m.confirmMoveAside {
		m.confirmMoveAside = false
		if msg.String() == "y" {
			return m.moveCorruptAside(), nil, true
		}
		m.message = "the annotations file was left as it is"
		return m, nil, true
	}
	if m.cursor.pending() != 0 {
		return m.finishTextObject(msg), nil, true
	}
	k := m.keys
	// Motions first: in visual mode "a" starts a text object, not an accept.
	if a, ok := m.cursorAction(msg); ok {
		m.message = ""
		if a != selection.EnterVisual && a != selection.ExitVisual {
			m = m.cursorOnScreen()
		}
		return m.moveCursor(a), nil, true
	}
	if k.changesAnnotations(msg) {
		if why := m.tags.readOnlyReason(); why != "" {
			m.message = why
			return m, nil, true
		}
	}
	switch {
	case isKey(msg, k.Label):
		return m.tagWithKey(int(msg.Runes[0] - '0')), nil, true
	case isKey(msg, k.Accept):
		return m.acceptAtCursor(), nil, true
	case isKey(msg, k.Reject):
		return m.rejectAtCursor(), nil, true
	case isKey(msg, k.Speaker):
		return m.openSpeakerPicker(), nil, true
	case isKey(msg, k.FixSpan):
		return m.fixSpan(), nil, true
	case isKey(msg, k.Note):
		return m.openNote(), nil, true
	case isKey(msg, k.Undo):
		return m.undo(), nil, true
	case isKey(msg, k.Redo):
		return m.redo(), nil, true
	case isKey(msg, k.Export):
		return m.export(), nil, true
	case isKey(msg, k.MoveAside):
		if !m.tags.corrupt() {
			m.message = "the annotations file is not corrupt; nothing to move aside"
		} else {
			m.confirmMoveAside = true
			m.message = "move " + m.tags.store.Path() + " aside as .bak and save afresh? y/n"
		}
	case isKey(msg, k.NextQuote):
		next, cmd := m.cursorToQuote(+1)
		return next, cmd, true
	case isKey(msg, k.PrevQuote):
		next, cmd := m.cursorToQuote(-1)
		return next, cmd, true
	case isKey(msg, k.NextMatch), isKey(msg, k.PrevMatch):
		dir := 1
		if isKey(msg, k.PrevMatch) {
			dir = -1
		}
		return m.stepMatch(dir).cursorToMatch(), nil, true
	default:
		return m, nil, false
	}
	return m, nil, true
}

// cursorToMatch puts the cursor on the current search match, if any.
func (m Model) cursorToMatch() Model {
	if s := m.search; m.cursor != nil && s.current >= 0 && s.current < len(s.matches) {
		m.cursor.place(m.doc, s.matches[s.current].Start)
	}
	return m
}

// cursorAction maps a key to a cursor action of package selection: the
// motions, v, and in visual mode esc and the i/a text-object prefixes.
func (m Model) cursorAction(msg tea.KeyMsg) (selection.Action, bool) {
	k, visual := m.keys, m.cursor.visual()
	switch {
	case isKey(msg, k.WordNext):
		return selection.MoveWordForward, true
	case isKey(msg, k.WordPrev):
		return selection.MoveWordBack, true
	case isKey(msg, k.WordEnd):
		return selection.MoveWordEnd, true
	case isKey(msg, k.SentenceNext):
		return selection.MoveSentenceForward, true
	case isKey(msg, k.SentencePrev):
		return selection.MoveSentenceBack, true
	case isKey(msg, k.ParaNext):
		return selection.MoveParagraphForward, true
	case isKey(msg, k.ParaPrev):
		return selection.MoveParagraphBack, true
	case isKey(msg, k.Visual) && visual, visual && isKey(msg, k.Back):
		return selection.ExitVisual, true
	case isKey(msg, k.Visual):
		return selection.EnterVisual, true
	case visual && isKey(msg, k.InnerObject):
		return selection.BeginInnerObject, true
	case visual && isKey(msg, k.AroundObject):
		return selection.BeginAroundObject, true
	}
	return selection.NoAction, false
}

// finishTextObject completes i/a + w s p q in visual mode (package
// selection reads the letter; any other key drops the prefix).
func (m Model) finishTextObject(msg tea.KeyMsg) Model {
	before := m.cursor.s
	c := m.selectionContext()
	m.cursor.s = selection.Apply(m.cursor.s, c, msg.String())
	if m.cursor.s.Anchor == before.Anchor && m.cursor.s.Head == before.Head {
		m.message = "no such text object here (iw aw is as ip ap iq aq)"
	}
	m.article.reveal(m.cursor.at())
	return m
}

// tagWithKey implements 1-9: label the selection, or the cursor's sentence.
func (m Model) tagWithKey(digit int) Model {
	label, ok := m.tags.labelForKey(digit)
	if !ok {
		m.message = "no label on key " + string(rune('0'+digit))
		return m
	}
	span := m.cursor.s.TargetSpan(m.selectionContext())
	if span.Len() == 0 {
		m.message = "nothing to tag here"
		return m
	}
	msg, err := m.tags.applyLabel(label, span)
	if err != nil {
		m.message = "cannot tag: " + err.Error()
		return m
	}
	m.cursor.exitVisual()
	return m.changed(msg)
}

// undo implements u.
func (m Model) undo() Model {
	if !m.tags.set.Undo() {
		m.message = "nothing to undo"
		return m
	}
	return m.changed("undone" + moreSteps(m.tags.set.CanUndo(), "u"))
}

// redo implements ctrl+r.
func (m Model) redo() Model {
	if !m.tags.set.Redo() {
		m.message = "nothing to redo"
		return m
	}
	return m.changed("redone" + moreSteps(m.tags.set.CanRedo(), "ctrl+r"))
}

// moreSteps tells whether the same key can go on.
func moreSteps(more bool, key string) string {
	if more {
		return " (" + key + " again for more)"
	}
	return " (no more)"
}

// cursorToQuote implements ] and [ in the article: the next (or previous)
// quote from the cursor, wrapping at the ends, shown at the top with the
// cursor on it (a visual selection reaches over the whole quote). Without
// quotes it lets the detection keys explain why (analysis pending, none).
func (m Model) cursorToQuote(dir int) (Model, tea.Cmd) {
	i, wrapped, ok := m.detect.nextQuoteWrapping(m.cursor.at(), dir)
	if !ok {
		return m.stepQuote(dir) // it explains why there is nothing to jump to
	}
	q := m.detect.analysis.Quotes[i]
	m.cursor.place(m.doc, q.Span.Start)
	m.cursor.s.Head = q.Span
	m.article.jumpTo(q.Span.Start)
	m.detect.focus, m.detect.focusTop = i, m.article.topOffset() // as stepQuote does
	m.side.follow(m.article.topOffset())
	m.message = m.quotePosition(i) + wrapNote(wrapped, dir)
	return m, m.quoteDetailCmd()
}
