package selection

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// Text objects, as in vim's visual mode: "inner" (i) selects the unit itself,
// "around" (a) adds what surrounds it.
//
//	w  word      iw the word        aw the word and the spaces after it (else before)
//	s  sentence  is the sentence    as the sentence and the spaces after it (else before)
//	p  paragraph ip the paragraph   ap the paragraph and the line breaks after it
//	q  quote     iq inside the marks aq the quotation with its marks ("" and '' too)
//
// With no unit under the cursor, the next one is used (the next word, or
// the next quote in the same paragraph).

// Object names a kind of text object.
type Object rune

// The text objects, named by their vim letter.
const (
	ObjectWord      Object = 'w'
	ObjectSentence  Object = 's'
	ObjectParagraph Object = 'p'
	ObjectQuote     Object = 'q'
)

// selectObject makes the text object at the cursor the visual selection,
// with the cursor on its last word so further motions extend it.
func (s State) selectObject(c Context, obj Object, around bool) State {
	s.Pending = 0
	span, ok := c.objectAt(s.Cursor, obj, around)
	if !ok {
		return s
	}
	text := c.Doc.Text
	first := c.unitAt(c.home(span))
	s.Mode = Visual
	s.Anchor = model.Span{Start: span.Start, End: min(span.End, max(first.End, span.Start))}
	s.Cursor = lastCluster(text, span)
	if w, ok := c.wordBefore(span.End); ok && w.Start >= span.Start {
		s.Cursor = w.Start
	}
	s.Head = model.Span{Start: s.Cursor, End: span.End}
	return s
}

// objectAt returns the span of text object obj at off.
func (c Context) objectAt(off int, obj Object, around bool) (model.Span, bool) {
	switch obj {
	case ObjectWord:
		w, ok := model.WordAt(c.Doc.Text, c.Doc.Paragraphs[c.paraOf(off)], off)
		if !ok || !c.shown(c.paraOf(off)) {
			w, ok = c.wordAfter(off)
		}
		if ok && around {
			w = c.withSpace(w)
		}
		return w, ok
	case ObjectSentence:
		sent, ok := c.sentenceAt(off)
		if ok && around {
			sent = c.withSpace(sent)
		}
		return sent, ok
	case ObjectParagraph:
		p := c.paraOf(off)
		if !c.shown(p) {
			return model.Span{}, false
		}
		span := c.paraSpan(p)
		if around {
			span.End = len(c.Doc.Text)
			if p+1 < len(c.Doc.Paragraphs) {
				span.End = c.Doc.Paragraphs[p+1].Start
			}
		}
		return span, true
	case ObjectQuote:
		q, ok := c.quoteAt(off)
		if ok && !around {
			q = innerQuote(c.Doc.Text, q)
		}
		return q, ok
	}
	return model.Span{}, false
}

// withSpace extends span over the spaces after it within its paragraph, or
// over the spaces before it when none follow.
func (c Context) withSpace(span model.Span) model.Span {
	para := c.Doc.Paragraphs[c.paraOf(span.Start)]
	text := c.Doc.Text
	after := strings.TrimLeftFunc(text[span.End:para.End], unicode.IsSpace)
	if end := para.End - len(after); end > span.End {
		span.End = end
		return span
	}
	before := strings.TrimRightFunc(text[para.Start:span.Start], unicode.IsSpace)
	span.Start = para.Start + len(before)
	return span
}

// quoteAt returns the innermost shown quote holding off, else the next quote
// starting after off in the same paragraph.
func (c Context) quoteAt(off int) (model.Span, bool) {
	qs := c.Quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Start > off })
	best, found := model.Span{}, false
	for j := i - 1; j >= 0; j-- {
		if q := qs[j]; q.Contains(off) && c.quoteShown(q) && (!found || q.Len() < best.Len()) {
			best, found = q, true
		}
	}
	if found {
		return best, true
	}
	para := c.Doc.Paragraphs[c.paraOf(off)]
	for ; i < len(qs) && qs[i].Start < para.End; i++ {
		if c.quoteShown(qs[i]) {
			return qs[i], true
		}
	}
	return model.Span{}, false
}

// quoteMarks are the quotation marks innerQuote strips.
const quoteMarks = "\"'“”‘’«»‹›„‚「」『』〝〞＂"

// innerQuote returns q without its quotation marks and the spaces inside
// them; q itself when nothing would be left.
func innerQuote(text string, q model.Span) model.Span {
	start, end := q.Start, q.End
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !strings.ContainsRune(quoteMarks, r) && !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !strings.ContainsRune(quoteMarks, r) && !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if start == end {
		return q
	}
	return model.Span{Start: start, End: end}
}
