package selection

import (
	"sort"

	"github.com/annotty/annotty/model"
)

// Motions. Each returns the state with the cursor moved and Head set to the
// unit it landed on; a motion with nowhere to go leaves the state as it is.
// Sentence, paragraph and quote motions land on the unit's first word (its
// "home"), so ( and { go to the start of the current unit first, as in vim.

// moveTo puts the cursor at off with head as the unit it covers.
func (s State) moveTo(off int, head model.Span) State {
	s.Cursor, s.Head = off, head
	return s
}

// wordForward moves to the next word start (vim's w), across paragraphs.
func (s State) wordForward(c Context) State {
	if w, ok := c.wordAfter(s.Cursor); ok {
		return s.moveTo(w.Start, w)
	}
	return s
}

// wordBack moves to the previous word start (vim's b).
func (s State) wordBack(c Context) State {
	if w, ok := c.wordBefore(s.Cursor); ok {
		return s.moveTo(w.Start, w)
	}
	return s
}

// wordEnd moves to the last character of the word, or of the next word
// when already there (vim's e).
func (s State) wordEnd(c Context) State {
	text := c.Doc.Text
	if w, ok := model.WordAt(text, c.Doc.Paragraphs[c.paraOf(s.Cursor)], s.Cursor); ok {
		if last := lastCluster(text, w); last > s.Cursor {
			return s.moveTo(last, w)
		}
	}
	if w, ok := c.wordAfter(s.Cursor); ok {
		return s.moveTo(lastCluster(text, w), w)
	}
	return s
}

// sentenceForward moves to the next sentence ()), across paragraphs.
func (s State) sentenceForward(c Context) State {
	if cur, ok := c.sentenceAt(s.Cursor); ok && c.home(cur) > s.Cursor {
		return s.moveTo(c.home(cur), cur)
	}
	p := c.paraOf(s.Cursor)
	if c.shown(p) {
		if next, ok := model.NextSentence(c.Doc.Text, c.Doc.Paragraphs[p], s.Cursor); ok {
			return s.moveTo(c.home(next), next)
		}
	}
	for q := c.nextShown(p + 1); q >= 0; q = c.nextShown(q + 1) {
		para := c.Doc.Paragraphs[q]
		if first, ok := model.SentenceAt(c.Doc.Text, para, para.Start); ok {
			return s.moveTo(c.home(first), first)
		}
	}
	return s
}

// sentenceBack moves to the start of the current sentence, or of the
// previous one when already there (().
func (s State) sentenceBack(c Context) State {
	p := c.paraOf(s.Cursor)
	if cur, ok := c.sentenceAt(s.Cursor); ok {
		if h := c.home(cur); h < s.Cursor {
			return s.moveTo(h, cur)
		}
		if prev, ok := model.PrevSentence(c.Doc.Text, c.Doc.Paragraphs[p], min(cur.Start, s.Cursor)); ok {
			return s.moveTo(c.home(prev), prev)
		}
	}
	for q := c.prevShown(p - 1); q >= 0; q = c.prevShown(q - 1) {
		para := c.Doc.Paragraphs[q]
		if last, ok := model.PrevSentence(c.Doc.Text, para, para.End+1); ok {
			return s.moveTo(c.home(last), last)
		}
	}
	return s
}

// paragraphForward moves to the next shown paragraph (}); on the last one it
// goes to the end of the document.
func (s State) paragraphForward(c Context) State {
	p := c.paraOf(s.Cursor)
	if c.shown(p) {
		if span := c.paraSpan(p); c.home(span) > s.Cursor {
			return s.moveTo(c.home(span), span)
		}
	}
	if q := c.nextShown(p + 1); q >= 0 {
		span := c.paraSpan(q)
		return s.moveTo(c.home(span), span)
	}
	return s.docEnd(c)
}

// paragraphBack moves to the start of the current paragraph, or of the
// previous shown one when already there ({).
func (s State) paragraphBack(c Context) State {
	p := c.paraOf(s.Cursor)
	if c.shown(p) {
		if span := c.paraSpan(p); c.home(span) < s.Cursor {
			return s.moveTo(c.home(span), span)
		}
	}
	if q := c.prevShown(p - 1); q >= 0 {
		span := c.paraSpan(q)
		return s.moveTo(c.home(span), span)
	}
	return s
}

// quoteForward moves to the next quote's first word (]).
func (s State) quoteForward(c Context) State {
	qs := c.Quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Start > s.Cursor })
	if i > 0 && c.quoteShown(qs[i-1]) && c.home(qs[i-1]) > s.Cursor {
		i-- // the cursor sits on this quote's opening mark
	}
	for ; i < len(qs); i++ {
		if c.quoteShown(qs[i]) {
			return s.moveTo(c.home(qs[i]), qs[i])
		}
	}
	return s
}

// quoteBack moves to the first word of the quote holding the cursor, or of
// the previous quote when already there ([).
func (s State) quoteBack(c Context) State {
	qs := c.Quotes
	for i := sort.Search(len(qs), func(i int) bool { return qs[i].Start >= s.Cursor }) - 1; i >= 0; i-- {
		if c.quoteShown(qs[i]) && c.home(qs[i]) < s.Cursor {
			return s.moveTo(c.home(qs[i]), qs[i])
		}
	}
	return s
}

// docStart moves to the first word of the first shown paragraph (g); Head
// reaches back to the paragraph start so an opening quote is included.
func (s State) docStart(c Context) State {
	p := c.nextShown(0)
	if p < 0 {
		return s
	}
	span := c.paraSpan(p)
	h := c.home(span)
	return s.moveTo(h, model.Span{Start: span.Start, End: max(c.unitAt(h).End, span.Start)})
}

// docEnd moves to the last word of the last shown paragraph (G); Head
// reaches to the end of that paragraph, closing punctuation included.
func (s State) docEnd(c Context) State {
	p := c.prevShown(len(c.Doc.Paragraphs) - 1)
	if p < 0 {
		return s
	}
	span := c.paraSpan(p)
	if w, ok := model.PrevWord(c.Doc.Text, c.Doc.Paragraphs[p], span.End+1); ok {
		return s.moveTo(w.Start, model.Span{Start: w.Start, End: span.End})
	}
	last := lastCluster(c.Doc.Text, span)
	return s.moveTo(last, model.Span{Start: last, End: span.End})
}

// wordAfter returns the first word starting after off in a shown paragraph.
func (c Context) wordAfter(off int) (model.Span, bool) {
	for p := c.nextShown(c.paraOf(off)); p >= 0; p = c.nextShown(p + 1) {
		if w, ok := model.NextWord(c.Doc.Text, c.Doc.Paragraphs[p], off); ok {
			return w, true
		}
	}
	return model.Span{}, false
}

// wordBefore returns the last word starting before off in a shown paragraph.
func (c Context) wordBefore(off int) (model.Span, bool) {
	for p := c.prevShown(c.paraOf(off)); p >= 0; p = c.prevShown(p - 1) {
		if w, ok := model.PrevWord(c.Doc.Text, c.Doc.Paragraphs[p], off); ok {
			return w, true
		}
	}
	return model.Span{}, false
}

// quoteShown reports whether quote q starts in a shown paragraph.
func (c Context) quoteShown(q model.Span) bool {
	return q.Start >= 0 && q.End <= len(c.Doc.Text) && q.Start < q.End && c.shown(c.paraOf(q.Start))
}

// lastCluster returns the start of the last grapheme cluster of span.
func lastCluster(text string, span model.Span) int {
	if span.End <= span.Start {
		return span.Start
	}
	return max(span.Start, model.GraphemeAt(text, span.End-1).Start)
}
