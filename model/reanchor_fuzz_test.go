package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReanchor tags a span of an old text and places it in a new one. It
// checks that placing never panics, returns a valid span, puts exact and
// moved matches on the very passage, keeps approximate ones within the edit
// bound (or the length bound of long passages), and that the same
// Reanchorer gives the same answer twice (the index is reused, not changed).
func FuzzReanchor(f *testing.F) {
	f.Add(mainStreetOld, mainStreetNew, 35, 48)
	f.Add("He said \"no\".", "Update: He said \"no\".", 8, 4)
	f.Add("yes yes yes", "yes yes yes!", 8, 3)
	f.Add("记者说：“今天天气很好啊”。", "新闻：记者说：“今天天气真好啊”。", 15, 24)
	f.Add("Cafe\u0301 opens", "The Cafe\u0301 opens", 0, 6)
	f.Add(strings.Repeat("lorem ipsum ", 40), strings.Repeat("lorem ipsum ", 41), 120, 40)
	f.Fuzz(func(t *testing.T, old, changed string, start, length int) {
		if !utf8.ValidString(old) || !utf8.ValidString(changed) || len(old) > 1<<16 || len(changed) > 1<<16 {
			return // documents are valid UTF-8 and the fuzzer need not build huge ones
		}
		if start < 0 || length <= 0 || start+length > len(old) || !ValidSpan(old, Span{start, start + length}) {
			return
		}
		text, prefix, suffix := QuoteContext(old, Span{start, start + length})
		a := Anchor{Text: text, Prefix: prefix, Suffix: suffix, Hint: start} // may lie past the new text's end
		r := NewReanchorer(changed)
		p := r.Place(a)
		if again := r.Place(a); again != p {
			t.Fatalf("same passage placed twice differently: %+v then %+v", p, again)
		}
		if p.Kind == MatchNone {
			if p.Span != (Span{}) {
				t.Fatalf("orphan with a span: %+v", p)
			}
			return
		}
		if !ValidSpan(changed, p.Span) {
			t.Fatalf("invalid span %+v in %q", p, changed)
		}
		got := changed[p.Span.Start:p.Span.End]
		switch p.Kind {
		case MatchExact, MatchMoved:
			if got != text {
				t.Fatalf("%v match on %q, want %q", p.Kind, got, text)
			}
		case MatchFuzzy:
			m := utf8.RuneCountInString(text)
			if m <= fuzzyDirectMax {
				if d := editDistance([]rune(got), []rune(text)); d > m/4 {
					t.Fatalf("fuzzy match %q is %d edits from %q (bound %d)", got, d, text, m/4)
				}
			} else if got, want := len(got), len(text); got*4 < want*3 || got*4 > want*5 {
				t.Fatalf("long passage placed on %d bytes, want about %d", got, want)
			}
		}
	})
}

// FuzzTextIndexOccurrences checks that the sampled index finds exactly the
// occurrences a plain scan finds, at every pattern length.
func FuzzTextIndexOccurrences(f *testing.F) {
	f.Add("abcabcabcabcabcabcabcabcabcabc", 3, 17)
	f.Add(strings.Repeat("the cat sat on the mat. ", 20), 4, 30)
	f.Add("日本語のテキスト日本語のテキスト日本語のテキスト", 0, 24)
	f.Fuzz(func(t *testing.T, text string, start, length int) {
		if start < 0 || length <= 0 || start+length > len(text) || len(text) > 1<<16 {
			return
		}
		pattern := text[start : start+length]
		want := map[int]bool{}
		scanOccurrences(text, pattern, func(i int) bool { want[i] = true; return true })
		got := map[int]bool{}
		NewTextIndex(text).Occurrences(pattern, func(i int) bool {
			if got[i] {
				t.Fatalf("occurrence %d reported twice", i)
			}
			got[i] = true
			return true
		})
		if len(got) != len(want) {
			t.Fatalf("index found %d occurrences of %q, scan %d", len(got), pattern, len(want))
		}
		for i := range want {
			if !got[i] {
				t.Fatalf("index missed %d", i)
			}
		}
	})
}
