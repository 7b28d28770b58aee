package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// Text helpers of the cursor that package selection does not export: what
// the cursor covers, where a paragraph's text starts, and the quotation
// around the cursor when there is no analysis to name the quotes.

// unitAt is what the cursor at off covers: the word there, else the
// grapheme cluster (punctuation, a space, an emoji).
func unitAt(doc *model.Document, off int) model.Span {
	if len(doc.Paragraphs) == 0 {
		return model.Span{}
	}
	if w, ok := model.WordAt(doc.Text, doc.Paragraphs[doc.ParagraphAt(off)], off); ok {
		return w
	}
	return model.GraphemeAt(doc.Text, off)
}

// firstWord is the offset of the first non-space character of paragraph p, or -1.
func firstWord(doc *model.Document, p int) int {
	para := doc.Paragraphs[p]
	s := doc.Text[para.Start:para.End]
	t := strings.TrimLeft(s, " \t\r\u00a0\u3000")
	if t == "" {
		return -1
	}
	return para.Start + len(s) - len(t)
}

// Quotation marks: openers, closers, and the ambiguous straight quote.
const (
	quoteOpeners = "“„‟«‹「『"
	quoteClosers = "”»›」』"
)

// maxQuoteScan bounds how far markedQuote looks for quotation marks.
const maxQuoteScan = 16 << 10

// markedQuote finds the innermost quotation open at off in its paragraph
// (scanning the marks before it; a straight quote opens or closes by
// parity) up to the first closing mark at or after off, marks included.
func markedQuote(doc *model.Document, off int) (model.Span, bool) {
	if len(doc.Paragraphs) == 0 || off >= len(doc.Text) {
		return model.Span{}, false
	}
	para := doc.Paragraphs[doc.ParagraphAt(off)]
	text := doc.Text
	// Only maxQuoteScan bytes either side of off are read, so a key costs
	// the same in a 10 MB paragraph (a file without line breaks) as in a
	// short one; a quotation is never that long.
	from := max(para.Start, off-maxQuoteScan)
	for from > para.Start && !utf8.RuneStart(text[from]) {
		from--
	}
	para.End = min(para.End, off+maxQuoteScan)
	var open []int // offsets of the quotation marks still open
	for i := from; i < off; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case strings.ContainsRune(quoteOpeners, r):
			open = append(open, i)
		case strings.ContainsRune(quoteClosers, r) && len(open) > 0:
			open = open[:len(open)-1]
		case r == '"' && len(open) > 0 && text[open[len(open)-1]] == '"':
			open = open[:len(open)-1]
		case r == '"':
			open = append(open, i)
		}
		i += size
	}
	if r, _ := utf8.DecodeRuneInString(text[off:]); len(open) == 0 && (r == '"' || strings.ContainsRune(quoteOpeners, r)) {
		open = append(open, off) // the cursor is on an opening mark
	}
	if len(open) == 0 {
		return model.Span{}, false
	}
	start := open[len(open)-1]
	_, size := utf8.DecodeRuneInString(text[start:])
	for i := max(start+size, off); i < para.End; {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if r == '"' || strings.ContainsRune(quoteClosers, r) {
			return model.Span{Start: start, End: i + sz}, true
		}
		i += sz
	}
	return model.Span{}, false
}
