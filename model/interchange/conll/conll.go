// Package conll writes and reads CoNLL-2003-style BIO token tags for
// training taggers: "-DOCSTART- -X- -X- O" and a blank line start each
// document, then one token per line as "TOKEN -X- _ TAG" (the four CoNLL-2003
// columns, part-of-speech and chunk left as placeholders, as Label Studio's
// converter writes them), with a blank line after each sentence. TAG is
// B-LABEL on a span's first token, I-LABEL on the next ones, O outside.
//
// A span that crosses a sentence or paragraph end joins those sentences (no
// blank line inside a span). One tag column cannot hold overlapping spans: spans are taken by start,
// the longer first, and a span that shares a token with one already tagged
// is left out (Encode counts and names them). A quote's speaker mention and
// cue are tagged speaker-mention and cue; the links themselves are not kept.
package conll

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
)

// DocStart is the line that starts each document.
const DocStart = "-DOCSTART- -X- -X- O"

// Token is one token of the text: byte offsets [Start, End).
type Token struct {
	Start, End int
}

// Tokens splits doc into sentences of tokens: the reader's words
// (model.Words), and every other non-space character cluster (punctuation,
// symbols) as a token of its own.
func Tokens(doc *model.Document) [][]Token {
	var sentences [][]Token
	for _, para := range doc.Paragraphs {
		words := model.Words(doc.Text, para)
		var tokens []Token
		at := para.Start
		emitGap := func(until int) {
			for at < until {
				g := model.GraphemeAt(doc.Text, at)
				if g.End <= at {
					g.End = at + 1
				}
				if !isSpace(doc.Text[g.Start:g.End]) {
					tokens = append(tokens, Token{at, g.End})
				}
				at = g.End
			}
		}
		for _, w := range words {
			emitGap(w.Start)
			tokens = append(tokens, Token{w.Start, w.End})
			at = w.End
		}
		emitGap(para.End)
		sentences = append(sentences, splitSentences(doc.Text, para, tokens)...)
	}
	return sentences
}

// splitSentences cuts a paragraph's tokens at its sentence ends.
func splitSentences(text string, para model.Paragraph, tokens []Token) [][]Token {
	var out [][]Token
	for len(tokens) > 0 {
		s, ok := model.SentenceAt(text, para, tokens[0].Start)
		n := 1
		for ok && n < len(tokens) && tokens[n].Start < s.End {
			n++
		}
		out = append(out, tokens[:n])
		tokens = tokens[n:]
	}
	return out
}

// isSpace reports whether s is white space only.
func isSpace(s string) bool { return strings.TrimFunc(s, unicode.IsSpace) == "" }

// Dropped is a span Encode left out because it overlaps one already tagged.
type Dropped struct {
	Label, Text string
}

// Encode writes the placed annotations of f (and their links), over doc, as
// one CoNLL document. labels, if not empty, keeps only those labels.
func Encode(f *model.AnnotationFile, doc *model.Document, labels []string) ([]byte, []Dropped) {
	g := interchange.FromFile(f, doc.Text)
	keep := map[string]bool{}
	for _, l := range labels {
		keep[l] = true
	}
	runes := doc.Runes()
	type span struct {
		label      string
		start, end int // bytes
	}
	var spans []span
	for _, e := range g.Entities {
		if e.Predicted || (len(keep) > 0 && !keep[e.Label]) {
			continue
		}
		spans = append(spans, span{TagLabel(e.Label), runes.ByteOffset(e.Start), runes.ByteOffset(e.End)})
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	sentences := Tokens(doc)
	var flat []Token
	for _, s := range sentences {
		flat = append(flat, s...)
	}
	tags := make([]string, len(flat))
	var dropped []Dropped
	for _, s := range spans {
		first := sort.Search(len(flat), func(i int) bool { return flat[i].End > s.start })
		last := first
		for last < len(flat) && flat[last].Start < s.end {
			last++
		}
		free := last > first
		for i := first; i < last; i++ {
			free = free && tags[i] == ""
		}
		if !free {
			dropped = append(dropped, Dropped{Label: s.label, Text: doc.Text[s.start:s.end]})
			continue
		}
		for i := first; i < last; i++ {
			tags[i] = "I-" + s.label
		}
		tags[first] = "B-" + s.label
	}
	var b strings.Builder
	b.WriteString(DocStart + "\n\n")
	i := 0
	for _, s := range sentences {
		for _, tok := range s {
			tag := tags[i]
			if tag == "" {
				tag = "O"
			}
			fmt.Fprintf(&b, "%s -X- _ %s\n", doc.Text[tok.Start:tok.End], tag)
			i++
		}
		if i == len(tags) || !strings.HasPrefix(tags[i], "I-") { // a span crossing a sentence end joins the two sentences
			b.WriteString("\n")
		}
	}
	return []byte(b.String()), dropped
}

// TagLabel turns a label into the part of a tag after "B-"/"I-" (white space becomes "_").
func TagLabel(label string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return r
	}, label)
}
