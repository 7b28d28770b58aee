package model

import (
	"fmt"
	"strings"
	"testing"
)

// benchSentences is one paragraph's worth of news prose.
const benchSentences = "“We will not retreat,” Sen. Mary Smith told reporters Tuesday. " +
	"The U.S. plan costs $3.5 billion, officials said at 9 a.m. Eastern. " +
	"Critics called it a well-known failure… Nobody answered! "

// benchText returns about size bytes of prose, either as many short
// paragraphs or as one giant paragraph.
func benchText(size int, oneParagraph bool) (string, []Paragraph) {
	sep := "\n"
	if oneParagraph {
		sep = " "
	}
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(benchSentences)
		b.WriteString(benchSentences)
		b.WriteString(sep)
	}
	text := b.String()
	return text, SplitParagraphs(text, false)
}

// benchSink keeps benchmark results alive.
var benchSink int

// benchOffsets returns n offsets spread around the middle of text.
func benchOffsets(text string, n int) []int {
	offs := make([]int, n)
	for i := range offs {
		offs[i] = len(text)/2 + i*97
	}
	return offs
}

// BenchmarkSentenceAt shows that looking up the sentence at an offset costs
// the same in a 100 KB and a 10 MB document, even when the whole document
// is a single paragraph: only the text around the offset is read.
func BenchmarkSentenceAt(b *testing.B) {
	for _, size := range []int{100 << 10, 10 << 20} {
		for _, one := range []bool{false, true} {
			text, paras := benchText(size, one)
			doc := &Document{Text: text, Paragraphs: paras}
			offs := benchOffsets(text, 64)
			b.Run(fmt.Sprintf("%dKB/oneParagraph=%v", size>>10, one), func(b *testing.B) {
				b.ReportAllocs() // none: nothing is split ahead of the offset
				for i := 0; b.Loop(); i++ {
					if _, ok := doc.SentenceAt(offs[i%len(offs)]); !ok {
						b.Fatal("no sentence")
					}
				}
			})
		}
	}
}

// BenchmarkNextWord shows that a word motion is local in the same way.
func BenchmarkNextWord(b *testing.B) {
	for _, size := range []int{100 << 10, 10 << 20} {
		for _, one := range []bool{false, true} {
			text, paras := benchText(size, one)
			doc := &Document{Text: text, Paragraphs: paras}
			offs := benchOffsets(text, 64)
			b.Run(fmt.Sprintf("%dKB/oneParagraph=%v", size>>10, one), func(b *testing.B) {
				b.ReportAllocs() // none: nothing is split ahead of the offset
				for i := 0; b.Loop(); i++ {
					off := offs[i%len(offs)]
					para := doc.Paragraphs[doc.ParagraphAt(off)]
					next, _ := NextWord(text, para, off)
					prev, _ := PrevWord(text, para, off+1)
					benchSink += next.Start + prev.Start
				}
			})
		}
	}
}

// BenchmarkSplitSentences is the cost SentenceAt avoids: splitting a whole
// 1 MB paragraph (throughput in MB/s).
func BenchmarkSplitSentences(b *testing.B) {
	text, _ := benchText(1<<20, true)
	para := Paragraph{Start: 0, End: len(text)}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		benchSink += len(splitSentences(text, para))
	}
}
