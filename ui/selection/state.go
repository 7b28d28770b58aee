// Package selection is the reader's cursor and visual selection as pure
// state: actions (or vim-style keys) in, a new State out, no terminal. The
// article pane draws State and maps its key bindings to Actions; tests replay
// key strings ("wwv)") and check the selected text.
//
// Offsets are byte offsets into model.Document.Text. The cursor always sits
// on a grapheme-cluster boundary inside the document, normally at a word
// start. Every lookup scans only the text around the cursor (see
// model.SentenceAt and model.NextWord), so a key costs the same in a 50 MB
// article as in a short one.
//
// Recommended keys (Bindings; tea.KeyMsg.String() spelling):
//
//	w b e        next word, previous word, end of word
//	( )          sentence start / previous sentence, next sentence
//	{ }          paragraph start / previous paragraph, next paragraph
//	[ ]          quote start / previous quote, next quote
//	g G          first word, last word of the article
//	v  esc       start, end a selection
//	viw vis vip viq (vi")   select the word, sentence, paragraph, quote inside its marks
//	vaw vas vap vaq (va")   the same with trailing space, line breaks or quote marks
//
// Normal mode leaves q (quit), a (accept), x (reject), u, 1-9 to the UI; in
// Normal mode a label key tags TargetSpan, the sentence under the cursor.
package selection

import (
	"strings"
	"unicode"

	"github.com/annotty/annotty/model"
)

// Mode says whether motions move the cursor alone or extend a selection.
type Mode int

// The two modes: Normal moves the cursor; Visual (entered with v) extends a
// selection from an anchor.
const (
	Normal Mode = iota
	Visual
)

// Context is the read-only world a State moves in.
type Context struct {
	// Doc is the article.
	Doc *model.Document
	// Quotes are the quotation spans (marks included), sorted by Start; they
	// may nest. Quote motions and the quote text object use them.
	Quotes []model.Span
	// Hidden reports paragraphs the reader hides (promos hidden with p);
	// motions skip them. Nil hides nothing.
	Hidden func(para int) bool
}

// State is the cursor and selection of the article pane.
type State struct {
	// Cursor is a byte offset on a grapheme boundary, normally a word start.
	Cursor int
	// Mode is Normal or Visual.
	Mode Mode
	// Anchor is the fixed end of a visual selection: the word where v was
	// pressed, or the start of a text object.
	Anchor model.Span
	// Head is the unit the last motion landed on (a word, sentence,
	// paragraph or quote); a visual selection reaches to cover it.
	Head model.Span
	// Pending is 'i' or 'a' while a text object waits for its letter, else 0.
	Pending rune
}

// Start returns the initial state: Normal mode, the cursor on the first word
// of the first sentence of the first shown paragraph.
func Start(c Context) State {
	return State{}.Do(c, MoveToDocStart)
}

// Selection returns the selected span in Visual mode (the union of Anchor
// and Head), and an empty span at the cursor in Normal mode.
func (s State) Selection() model.Span {
	if s.Mode != Visual {
		return model.Span{Start: s.Cursor, End: s.Cursor}
	}
	return model.Span{Start: min(s.Anchor.Start, s.Head.Start), End: max(s.Anchor.End, s.Head.End)}
}

// TargetSpan is what a label key tags: the selection in Visual mode, else
// the sentence under the cursor (empty when there is none).
func (s State) TargetSpan(c Context) model.Span {
	if s.Mode == Visual {
		return s.Selection()
	}
	if sent, ok := c.sentenceAt(s.Cursor); ok {
		return sent
	}
	return model.Span{Start: s.Cursor, End: s.Cursor}
}

// Normalize clamps the cursor into the document, onto a grapheme start, and
// out of hidden paragraphs (to the next shown one, else the previous one).
func (s State) Normalize(c Context) State {
	if c.empty() {
		return State{Mode: s.Mode}
	}
	text := c.Doc.Text
	cur := model.GraphemeAt(text, max(0, min(s.Cursor, len(text)-1))).Start
	if p := c.paraOf(cur); !c.shown(p) {
		if q := c.nextShown(p); q >= 0 {
			cur = c.home(c.paraSpan(q))
		} else if q := c.prevShown(p); q >= 0 {
			cur = c.home(c.paraSpan(q))
		}
	}
	if cur != s.Cursor {
		s.Cursor, s.Head = cur, c.unitAt(cur)
	}
	return s
}

// empty reports whether there is nothing to move over.
func (c Context) empty() bool { return c.Doc == nil || len(c.Doc.Paragraphs) == 0 }

// shown reports whether paragraph p exists and is not hidden.
func (c Context) shown(p int) bool {
	return p >= 0 && p < len(c.Doc.Paragraphs) && (c.Hidden == nil || !c.Hidden(p))
}

// paraOf returns the paragraph holding off, or the next one after a gap.
func (c Context) paraOf(off int) int { return c.Doc.ParagraphAt(off) }

// nextShown returns the first shown paragraph at or after p, or -1.
func (c Context) nextShown(p int) int {
	for ; p < len(c.Doc.Paragraphs); p++ {
		if c.shown(p) {
			return p
		}
	}
	return -1
}

// prevShown returns the last shown paragraph at or before p, or -1.
func (c Context) prevShown(p int) int {
	for p = min(p, len(c.Doc.Paragraphs)-1); p >= 0; p-- {
		if c.shown(p) {
			return p
		}
	}
	return -1
}

// paraSpan returns paragraph p without leading and trailing whitespace.
func (c Context) paraSpan(p int) model.Span {
	para := c.Doc.Paragraphs[p]
	s := c.Doc.Text[para.Start:para.End]
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	start := para.Start + len(s) - len(trimmed)
	return model.Span{Start: start, End: start + len(strings.TrimRightFunc(trimmed, unicode.IsSpace))}
}

// home returns where the cursor goes for span: its first word start, or
// span.Start when it has no word.
func (c Context) home(span model.Span) int {
	p := c.paraOf(span.Start)
	if w, ok := model.NextWord(c.Doc.Text, c.Doc.Paragraphs[p], span.Start-1); ok && w.Start < span.End {
		return w.Start
	}
	return span.Start
}

// unitAt returns the word at off, else the grapheme cluster there.
func (c Context) unitAt(off int) model.Span {
	if w, ok := model.WordAt(c.Doc.Text, c.Doc.Paragraphs[c.paraOf(off)], off); ok {
		return w
	}
	return model.GraphemeAt(c.Doc.Text, off)
}

// sentenceAt returns the sentence at off when its paragraph is shown.
func (c Context) sentenceAt(off int) (model.Span, bool) {
	if c.empty() {
		return model.Span{}, false
	}
	p := c.paraOf(off)
	if !c.shown(p) {
		return model.Span{}, false
	}
	return model.SentenceAt(c.Doc.Text, c.Doc.Paragraphs[p], off)
}
