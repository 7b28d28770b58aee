package model

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSplitSentences checks, on arbitrary text, that sentences stay inside
// their paragraph, in order, non-empty and trimmed, and that the local
// lookups (SentenceAt, NextSentence, PrevSentence) agree with the full split
// at every offset.
func FuzzSplitSentences(f *testing.F) {
	for _, seed := range []string{
		"Mr. Smith went to Washington. He said “No.” Then… nothing!",
		"The U.S. and the U.N. met at 9 a.m. The talks failed...",
		"“Why?” he asked.\n\n  J. K. Rowling wrote it. 3.5 percent. ",
		"他说。“好！”她笑了。 Café 👩‍💻. . . Oui?! «non.» (fin.)",
		"\xff\xfe. \x80A. b", "", ". . .", "1. Item",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, para := range append(SplitParagraphs(text, false), Paragraph{Start: 0, End: len(text)}) {
			checkSentences(t, text, para)
		}
	})
}

// checkSentences verifies the sentence invariants of one paragraph.
func checkSentences(t *testing.T, text string, para Paragraph) {
	t.Helper()
	spans := splitSentences(text, para)
	prevEnd := para.Start
	for _, s := range spans {
		if s.Start < prevEnd || s.End <= s.Start || s.End > para.End {
			t.Fatalf("bad span %v after %d in paragraph %v of %q", s, prevEnd, para, text)
		}
		first, _ := utf8.DecodeRuneInString(text[s.Start:])
		last, _ := utf8.DecodeLastRuneInString(text[:s.End])
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("span %v = %q is not trimmed", s, text[s.Start:s.End])
		}
		prevEnd = s.End
	}
	if !utf8.ValidString(text) {
		return // documents are always valid UTF-8; only require no panic above
	}
	for off := para.Start - 1; off <= para.End+1; off += offsetStride(para.End - para.Start) {
		want, wantOK := expectedSentenceAt(spans, off)
		if got, ok := SentenceAt(text, para, off); got != want || ok != wantOK {
			t.Fatalf("SentenceAt(%d) = %v %v, want %v %v in %q", off, got, ok, want, wantOK, text[para.Start:para.End])
		}
		want, wantOK = Span{}, false
		for _, s := range spans {
			if s.Start > off {
				want, wantOK = s, true
				break
			}
		}
		if got, ok := NextSentence(text, para, off); got != want || ok != wantOK {
			t.Fatalf("NextSentence(%d) = %v %v, want %v %v in %q", off, got, ok, want, wantOK, text[para.Start:para.End])
		}
		want, wantOK = Span{}, false
		for _, s := range spans {
			if s.Start < off {
				want, wantOK = s, true
			}
		}
		if got, ok := PrevSentence(text, para, off); got != want || ok != wantOK {
			t.Fatalf("PrevSentence(%d) = %v %v, want %v %v in %q", off, got, ok, want, wantOK, text[para.Start:para.End])
		}
	}
}

// expectedSentenceAt is SentenceAt's contract written over a full split:
// the sentence containing off, else the next one, else the last one.
func expectedSentenceAt(spans []Span, off int) (Span, bool) {
	for _, s := range spans {
		if off < s.End {
			return s, true
		}
	}
	if len(spans) == 0 {
		return Span{}, false
	}
	return spans[len(spans)-1], true
}

// offsetStride keeps the every-offset checks of long fuzz inputs within the
// fuzzer's time limit: lookups are linear in the distance to the nearest word
// or boundary, so checking every offset of a long gap is quadratic.
func offsetStride(n int) int { return 1 + n/128 }

// splitSentences returns the sentences of paragraph para of text, in order,
// as spans of text without surrounding whitespace: the whole-paragraph split
// the local lookups (SentenceAt, NextSentence, PrevSentence) must agree with.
func splitSentences(text string, para Paragraph) []Span {
	s := text[para.Start:para.End]
	var out []Span
	for start := skipSpace(s, 0); start < len(s); {
		end := sentenceEnd(s, start)
		out = append(out, Span{Start: para.Start + start, End: para.Start + end})
		start = skipSpace(s, end)
	}
	return out
}
