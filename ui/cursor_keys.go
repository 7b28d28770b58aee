package ui

import (
	"github.com/annotty/annotty/ui/selection"
	"github.com/annotty/annotty/ui/side"
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
	// Review tab (re-anchored and orphaned tags); ReviewPlace also acts in
	// the article, on the tag selected in the Review tab.
	ReviewConfirm, ReviewConfirmAll, ReviewPlace key.Binding
	// Others cycles whose read-only tags are shown beside the user's (team annotation).
	Others key.Binding
}

// tagKeys are the Tags tab's own keys.
func (k AnnotateKeys) tagKeys() side.TagKeys {
	return side.TagKeys{Delete: k.TagDelete, Note: k.TagNote, Relabel: k.TagRelabel, Filter: k.TagFilter}
}

// DefaultAnnotateKeys returns the standard annotation bindings (vim flavoured;
// b stays page up as in less, so B is the previous word).
func DefaultAnnotateKeys() AnnotateKeys {
	b := newBinding
	return AnnotateKeys{
		WordNext:         b("w", "cursor: next word", "w"),
		WordPrev:         b("B", "cursor: previous word (b pages up)", "B"),
		WordEnd:          b("e", "cursor: end of word", "e"),
		SentenceNext:     b(")", "cursor: next sentence", ")"),
		SentencePrev:     b("(", "cursor: previous sentence", "("),
		ParaNext:         b("}", "cursor: next paragraph", "}"),
		ParaPrev:         b("{", "cursor: previous paragraph", "{"),
		Visual:           b("v", "visual mode: select with the motions; esc leaves", "v"),
		InnerObject:      b("i", "visual: iw is ip iq select the word/sentence/paragraph/quote", "i"),
		AroundObject:     b("a", "visual: aw as ap aq, with spaces or quotation marks", "a"),
		Label:            b("1-9", "tag the selection, or the cursor's sentence, with that label", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Accept:           b("a", "accept the suggestion (quote/promo) under the cursor", "a"),
		Reject:           b("x", "reject the suggestion; with none, delete your tag there", "x"),
		Speaker:          b("s", "change the quote's speaker (pick or type a name)", "s"),
		FixSpan:          b("F", "visual: make the selection the quote's/tag's span", "F"),
		Note:             b("c", "note on the tag under the cursor (esc or ctrl+s keeps it)", "c"),
		Undo:             b("u", "undo", "u"),
		Redo:             b("ctrl+r", "redo", "ctrl+r"),
		Export:           b("E", "export the tags as JSON next to the article", "E"),
		MoveAside:        b("M", "move a corrupt annotations file aside as .bak (asks first)", "M"),
		TagDelete:        b("d/del", "Tags tab: delete the tag (u undoes)", "d", "delete"),
		TagNote:          b("c", "Tags tab: edit the tag's note", "c"),
		TagRelabel:       b("L", "Tags tab: next label", "L"),
		TagFilter:        b("f/0-9", "Tags tab: cycle the label filter, 1-9 that label, 0 all", "f"),
		ReviewConfirm:    b("y", "Review tab: confirm the tag's shown (or suggested) place", "y"),
		ReviewConfirmAll: b("Y", "Review tab: confirm every re-anchored tag", "Y"),
		ReviewPlace:      b("P", "place the Review tab's tag at the visual selection", "P"),
		Others:           b("A", "show other annotators' tags beside yours: none, each, all (read-only)", "A"),
	}
}

// finishTextObject completes i/a + w s p q in visual mode (package
// selection reads the letter; any other key drops the prefix).
func (m Model) finishTextObject(msg tea.KeyMsg) Model {
	before := m.cursor.s
	c := m.selectionContext()
	*m.cursor.s = selection.Apply(*m.cursor.s, c, msg.String())
	if m.cursor.s.Anchor == before.Anchor && m.cursor.s.Head == before.Head {
		m.message = "no such text object here (iw aw is as ip ap iq aq)"
	}
	m.article.Reveal(m.cursor.at())
	return m
}

// tagWithKey implements 1-9: label the selection, or the cursor's sentence.
func (m Model) tagWithKey(digit int) Model {
	o := m.sess.Tag(digit, m.cursor.s.TargetSpan(m.selectionContext()))
	if o.Changed {
		m.cursor.exitVisual()
	}
	return m.apply(o)
}

// cursorToQuote implements ] and [ in the article: the next (or previous)
// quote from the cursor, wrapping at the ends, shown at the top with the
// cursor on it (a visual selection reaches over the whole quote). Without
// quotes it lets the detection keys explain why (analysis pending, none).
func (m Model) cursorToQuote(dir int) (Model, tea.Cmd) {
	i, wrapped, ok := m.detect.NextQuoteWrapping(m.cursor.at(), dir)
	if !ok {
		return m.stepQuote(dir) // it explains why there is nothing to jump to
	}
	q := m.detect.Analysis.Quotes[i]
	m.cursor.place(m.doc, q.Span.Start)
	m.cursor.s.Head = q.Span
	m.article.JumpTo(q.Span.Start)
	m.detect.Focus, m.detect.FocusTop = i, m.article.TopOffset() // as stepQuote does
	m.side.Follow(m.article.TopOffset())
	m.message = withNotice(m.quotePosition(i), wrapNotice(wrapped, dir, "wrapped"))
	return m, m.quoteDetailCmd()
}
