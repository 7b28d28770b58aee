package annotate

import (
	"unicode"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// quoteSpan is a quotation found by the mark scanner, before attribution.
// An article holds one for every quotation (130,000 in 50 MB of quotes):
// its numbers are 32-bit, 40 bytes in all (an article is at most
// model.MaxArticleBytes, and AnalyzeContext refuses texts of 2 GiB or more).
type quoteSpan struct {
	span  model.Span
	depth int32
	para  int32
	// prev and next index the linked segments when fromPrevious or toNext
	// is set (by markContinuations).
	prev, next int32
	class      markClass
	// fromPrevious marks a segment that continues a quotation opened in an
	// earlier paragraph; toNext one that the next paragraph continues.
	fromPrevious, toNext bool
	partial              bool
}

// openQuote is a quotation mark waiting for its closing partner.
type openQuote struct {
	start, end int // the opening mark
	class      markClass
	// fromPrevious marks a stand-in for a double quote left open at the end
	// of the previous paragraph: it has no mark (start == end) and sits at
	// the paragraph's first non-space byte.
	fromPrevious bool
}

// quoteScanner pairs quotation marks paragraph by paragraph. A quotation
// never crosses a paragraph break: one left open is cut at the end of its
// paragraph, and continues in the next one only as a new segment.
type quoteScanner struct {
	text  string
	stack []openQuote
	// carry is true when the previous paragraph ended inside a double quote.
	carry bool
}

// scanParagraph appends the quotations of paragraph p (index pi) to out.
func (s *quoteScanner) scanParagraph(p model.Paragraph, pi int, out []quoteSpan) []quoteSpan {
	text := s.text
	lo, hi := p.Start, p.End
	s.stack = s.stack[:0]
	first := len(out)
	if s.carry {
		at := skipSpace(text, lo, hi)
		s.stack = append(s.stack, openQuote{start: at, end: at, class: classDouble, fromPrevious: true})
	}
	s.carry = false
	for i := nextMarkLead(text, lo, hi); i < hi; i = nextMarkLead(text, i+1, hi) {
		m, ok := markAt(text[:hi], i)
		if !ok {
			continue
		}
		if m.class == classDouble {
			out = s.double(m, lo, hi, pi, out)
		} else {
			out = s.single(m, lo, hi, pi, out)
		}
		i = m.end - 1
	}
	// A stand-in still open is dropped: the quotation continues no further.
	if len(s.stack) > 0 && s.stack[0].class == classDouble && !s.stack[0].fromPrevious {
		end := trimRightSpace(text, s.stack[0].start, hi)
		if end > s.stack[0].start+1 {
			out = append(out, quoteSpan{span: model.Span{Start: s.stack[0].start, End: end}, class: classDouble, para: int32(pi), toNext: true})
			s.carry = true
		}
	}
	sortQuotes(out[first:])
	for k := first; k < len(out); k++ {
		q := &out[k]
		if q.depth == 0 && q.class == classDouble {
			q.partial = isPartial(text, q.span, lo)
		}
	}
	return out
}

// double handles a double quotation mark.
// A quotation carried over from the previous paragraph is closed like any
// other; a new opening mark replaces it (the paragraph reopens the quote).
func (s *quoteScanner) double(m mark, lo, hi, pi int, out []quoteSpan) []quoteSpan {
	at := s.find(classDouble)
	standIn := at >= 0 && s.stack[at].fromPrevious
	dir := doubleDirection(m, runeBefore(s.text, m.start, lo), runeAfter(s.text, m.end, hi), at >= 0 && !standIn)
	switch {
	case dir == dirOpen && standIn:
		s.stack = append(s.stack[:at], s.stack[at+1:]...)
		s.stack = append(s.stack, openQuote{start: m.start, end: m.end, class: classDouble})
	case dir == dirOpen && at < 0:
		s.stack = append(s.stack, openQuote{start: m.start, end: m.end, class: classDouble})
	case dir == dirClose && at >= 0:
		open := s.stack[at]
		if !open.fromPrevious || open.start < m.start {
			out = append(out, quoteSpan{span: model.Span{Start: open.start, End: m.end}, depth: int32(at), class: classDouble, para: int32(pi), fromPrevious: open.fromPrevious})
		}
		s.stack = s.stack[:at]
	}
	return out
}

// single handles a single quotation mark (or apostrophe).
func (s *quoteScanner) single(m mark, lo, hi, pi int, out []quoteSpan) []quoteSpan {
	dir := singleDirection(s.text, m, lo, hi)
	at := s.find(classSingle)
	switch {
	case dir == dirOpen && at < 0:
		s.stack = append(s.stack, openQuote{start: m.start, end: m.end, class: classSingle})
	case dir == dirClose && at >= 0:
		if m.start > s.stack[at].end { // ‘’ with nothing inside is no quote
			out = append(out, quoteSpan{span: model.Span{Start: s.stack[at].start, End: m.end}, depth: int32(at), class: classSingle, para: int32(pi)})
		}
		s.stack = s.stack[:at]
	}
	return out
}

// find returns the stack index of the innermost open quote of class c, or -1.
func (s *quoteScanner) find(c markClass) int {
	for k := len(s.stack) - 1; k >= 0; k-- {
		if s.stack[k].class == c {
			return k
		}
	}
	return -1
}

// isPartial reports whether a quotation is a fragment embedded in reported
// speech (lacks a "coherent strategy"): it follows a word in mid-sentence and
// starts in lower case, or it is at most three words long.
func isPartial(text string, sp model.Span, lo int) bool {
	before := lo
	for j := sp.Start; j > lo; {
		r, size := utf8.DecodeLastRuneInString(text[lo:j])
		if !isSpace(r) {
			before = j
			break
		}
		j -= size
	}
	prev := runeBefore(text, before, lo)
	open, _ := markAt(text, sp.Start)
	first := runeAfter(text, open.end, sp.End)
	if isWordRune(prev) && !unicode.IsUpper(first) {
		return true
	}
	return isWordRune(prev) && countWordsUpTo(text[sp.Start:sp.End], 3) <= 3
}

// trimRightSpace returns hi moved left past white space, not below lo.
func trimRightSpace(text string, lo, hi int) int {
	for hi > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:hi])
		if !isSpace(r) {
			break
		}
		hi -= size
	}
	return hi
}

// skipSpace returns lo moved right past white space, not beyond hi.
func skipSpace(text string, lo, hi int) int {
	for lo < hi {
		r, size := utf8.DecodeRuneInString(text[lo:hi])
		if !isSpace(r) {
			break
		}
		lo += size
	}
	return lo
}

// sortQuotes orders a paragraph's quotations by start, containers first
// (an inner quotation closes, and is found, before its container).
func sortQuotes(qs []quoteSpan) {
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && before(qs[j], qs[j-1]); j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
}

// before reports whether a sorts before b.
func before(a, b quoteSpan) bool {
	if a.span.Start != b.span.Start {
		return a.span.Start < b.span.Start
	}
	return a.span.End > b.span.End
}
