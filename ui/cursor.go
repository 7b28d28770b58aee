package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/selection"
	"github.com/annotty/annotty/ui/session"
)

// cursorState is the article pane's handle on the session's text cursor
// and visual selection (package selection's pure State), with the mouse
// drag in progress; the root model and the cursor highlighter share it.
type cursorState struct {
	s *selection.State // the session's cursor
	// dragging is true between a left click in the article and its release.
	dragging bool
}

// at is the cursor's byte offset.
func (c *cursorState) at() int { return c.s.Cursor }

// visual reports whether visual mode is on.
func (c *cursorState) visual() bool { return c.s.Mode == selection.Visual }

// pending is 'i' or 'a' while a text object waits for its letter.
func (c *cursorState) pending() rune { return c.s.Pending }

// place puts the cursor on off (clamped into the text), covering the word there.
func (c *cursorState) place(doc *model.Document, off int) {
	off = max(0, min(off, len(doc.Text)))
	c.s.Cursor, c.s.Head = off, unitAt(doc, off)
}

// exitVisual leaves visual mode.
func (c *cursorState) exitVisual() {
	c.s.Mode, c.s.Pending, c.s.Anchor = selection.Normal, 0, model.Span{}
}

// cursorHighlighter draws the cursor's word (article.LayerCursor), the sentence
// holding it, and the selection (article.LayerSelection).
type cursorHighlighter struct {
	state  *cursorState
	Paints *layers.TagPaints
}

// layerSentence marks the cursor's sentence, under the tags (a background only).
const layerSentence = article.LayerPromo + 5

// Decorate paints the sentence, the selection and the cursor word in paragraph para.
func (h cursorHighlighter) Decorate(dst []article.Decoration, doc *model.Document, para int) []article.Decoration {
	c := h.state
	p := doc.Paragraphs[para]
	clip := func(s model.Span) (model.Span, bool) {
		s = model.Span{Start: max(s.Start, p.Start), End: min(s.End, p.End)}
		return s, s.Start < s.End
	}
	paint := h.Paints.Cursor
	if c.visual() {
		paint = h.Paints.VisualCursor
		if s, ok := clip(c.s.Selection()); ok {
			dst = append(dst, article.Decoration{Span: s, Paint: h.Paints.Selection, Layer: article.LayerSelection})
		}
	} else if sent, ok := doc.SentenceAt(c.at()); ok {
		if s, ok := clip(sent); ok {
			dst = append(dst, article.Decoration{Span: s, Paint: h.Paints.Sentence, Layer: layerSentence})
		}
	}
	if s, ok := clip(unitAt(doc, c.at())); ok {
		dst = append(dst, article.Decoration{Span: s, Paint: paint, Layer: article.LayerCursor})
	}
	return dst
}

// selectionContext is the world the cursor moves in: the article, its
// quotes (detected ones, else the quotation marks around the cursor) and
// the paragraphs hidden from view.
func (m Model) selectionContext() selection.Context {
	a := m.article
	c := selection.Context{Doc: m.doc, Hidden: func(p int) bool { return !a.Shown(p) }}
	if spans := m.sess.QuoteSpans(); len(spans) > 0 {
		c.Quotes = spans
	} else if q, ok := markedQuote(m.doc, m.cursor.at()); ok {
		c.Quotes = []model.Span{q}
	}
	return c
}

// moveCursor applies a selection action and scrolls to keep the cursor visible.
func (m Model) moveCursor(a selection.Action) Model {
	c := m.selectionContext()
	*m.cursor.s = m.cursor.s.Normalize(c).Do(c, a)
	m.article.Reveal(m.cursor.at())
	m.side.Follow(m.article.TopOffset())
	return m
}

// cursorOnScreen keeps the cursor visible after the view scrolled (j/k,
// pages, the mouse wheel): if it left the screen, it moves to the first
// sentence that starts on screen, as vim does.
func (m Model) cursorOnScreen() Model {
	if len(m.doc.Paragraphs) == 0 || m.article.OnScreen(m.cursor.at()) {
		return m
	}
	top := m.article.TopOffset()
	c := m.selectionContext()
	probe := selection.State{Cursor: top}.Normalize(c)
	pos := probe.Cursor
	if s, ok := m.doc.SentenceAt(top); !ok || s.Start < top || !m.article.OnScreen(pos) {
		if next := probe.Do(c, selection.MoveSentenceForward); m.article.OnScreen(next.Cursor) {
			pos = next.Cursor
		} else if w := probe.Do(c, selection.MoveWordForward); m.article.OnScreen(w.Cursor) {
			pos = w.Cursor
		}
	}
	m.cursor.place(m.doc, pos)
	return m
}

// cursorDescription says what the cursor is on, for the status line: the
// suggestion ("suggested quote · Jake Sullivan") and/or the innermost tag
// ("tag: claim", "innermost of 2 tags: quote").
func (m Model) cursorDescription() string {
	desc := ""
	at := m.cursor.at()
	if d, ok := m.sess.DetectionAt(at); ok {
		desc = "suggested " + describeDetection(d) + " · " + m.keyName(actAccept) + " accept · " + m.keyName(actReject) + " reject"
	}
	if a, ok := m.sess.TagAt(at); ok {
		tag := a.Label
		if a.Speaker != "" {
			tag += " · " + a.Speaker
		}
		if n := m.sess.TagsAt(at); n > 1 {
			tag = "innermost of " + session.Count(n, "tag") + ": " + tag
		} else {
			tag = "tag: " + tag
		}
		if a.Note != "" {
			tag += " · ✎"
		}
		if desc != "" {
			desc = tag + " · " + desc
		} else {
			desc = tag
		}
	}
	return withNotice(desc, m.sess.OthersAt(at)) // "bob: claim", read-only
}
