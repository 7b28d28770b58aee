package model

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// wordTexts returns the text of each word Words finds in the whole text.
func wordTexts(text string) []string {
	var out []string
	for _, w := range Words(text, paragraphOf(text)) {
		out = append(out, text[w.Start:w.End])
	}
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"punctuation skipped", "Hello, world! (Really?)", []string{"Hello", "world", "Really"}},
		{"inner apostrophes and hyphens", "Israel’s well-known rock'n'roll isn't -- over' 'ere",
			[]string{"Israel’s", "well-known", "rock'n'roll", "isn't", "over", "ere"}},
		{"numbers", "3.5 percent of 1,000 people, v2.1 and 2024.", []string{"3.5", "percent", "of", "1,000", "people", "v2.1", "and", "2024"}},
		{"initialisms", "The U.S. and U.N. at 9 a.m., e.g. now. A.B", []string{"The", "U.S.", "and", "U.N.", "at", "9", "a.m.", "e.g.", "now", "A", "B"}},
		{"combining marks stay with base", "cafe\u0301 nai\u0308ve", []string{"cafe\u0301", "nai\u0308ve"}},
		{"emoji are words", "Go 👍🏽 team 👩‍💻! 🇺🇸🇫🇷", []string{"Go", "👍🏽", "team", "👩‍💻", "🇺🇸", "🇫🇷"}},
		{"cjk ideographs one by one", "東京は晴れ。", []string{"東", "京", "は", "晴", "れ"}},
		{"hangul words", "서울 시장", []string{"서울", "시장"}},
		{"symbols skipped", "$5 — 20% © “quoted”", []string{"5", "20", "quoted"}},
		{"no words", "*** --- ...", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wordTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Words(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWordLookupsUseParagraphOffsets(t *testing.T) {
	text := "First para.\nSecond well-known para."
	para := Paragraph{Start: 12, End: len(text)}
	if w, ok := WordAt(text, para, 20); !ok || text[w.Start:w.End] != "well-known" {
		t.Errorf("WordAt(20) = %v %v", w, ok)
	}
	if _, ok := WordAt(text, para, 18); ok {
		t.Errorf("WordAt on a space found a word")
	}
	if w, ok := NextWord(text, para, 0); !ok || w.Start != 12 {
		t.Errorf("NextWord before paragraph = %v %v, want first word at 12", w, ok)
	}
	if w, ok := PrevWord(text, para, len(text)+5); !ok || text[w.Start:w.End] != "para" {
		t.Errorf("PrevWord past paragraph = %v %v", w, ok)
	}
	if _, ok := PrevWord(text, para, 12); ok {
		t.Errorf("PrevWord at the first word found one")
	}
}

func TestGraphemeAt(t *testing.T) {
	text := "e\u0301👩‍💻🇺🇸x\n\u0301"
	var got []string
	for off := 0; off < len(text); {
		g := GraphemeAt(text, off)
		if g.Start != off {
			t.Fatalf("GraphemeAt(%d).Start = %d", off, g.Start)
		}
		got = append(got, text[g.Start:g.End])
		off = g.End
	}
	want := []string{"e\u0301", "👩‍💻", "🇺🇸", "x", "\n", "\u0301"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("clusters %q, want %q", got, want)
	}
	if g := GraphemeAt(text, 5); g.Start != 3 { // inside the ZWJ sequence
		t.Errorf("GraphemeAt inside emoji = %v, want start 3", g)
	}
	if g := GraphemeAt(text, len(text)); g != (Span{len(text), len(text)}) {
		t.Errorf("GraphemeAt(end) = %v", g)
	}
}

// FuzzWords checks that words are ordered, non-empty, on grapheme boundaries
// inside their paragraph, and that WordAt/NextWord/PrevWord agree with Words
// at every offset.
func FuzzWords(f *testing.F) {
	for _, seed := range []string{
		"Israel's well-known U.S. a.m. 3.5 1,000", "e\u0301 👩‍💻🇺🇸🇫 東京 서울", "--'' .. ,,", "\xff\u0301a",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		para := paragraphOf(text)
		words := Words(text, para)
		if !utf8.ValidString(text) {
			return // no panic is all we ask of invalid UTF-8
		}
		starts := map[int]bool{len(text): true}
		for off := 0; off < len(text); off = GraphemeAt(text, off).End {
			starts[off] = true
		}
		prevEnd := 0
		for _, w := range words {
			if w.Start < prevEnd || w.End <= w.Start || w.End > len(text) || !starts[w.Start] || !starts[w.End] {
				t.Fatalf("bad word %v after %d in %q", w, prevEnd, text)
			}
			prevEnd = w.End
		}
		for off := -1; off <= len(text)+1; off += offsetStride(len(text)) {
			var at, next, prev Span
			var atOK, nextOK, prevOK bool
			for _, w := range words {
				if w.Contains(off) {
					at, atOK = w, true
				}
				if w.Start > off && !nextOK {
					next, nextOK = w, true
				}
				if w.Start < off {
					prev, prevOK = w, true
				}
			}
			if got, ok := WordAt(text, para, off); got != at || ok != atOK {
				t.Fatalf("WordAt(%d) = %v %v, want %v %v in %q", off, got, ok, at, atOK, text)
			}
			if got, ok := NextWord(text, para, off); got != next || ok != nextOK {
				t.Fatalf("NextWord(%d) = %v %v, want %v %v in %q", off, got, ok, next, nextOK, text)
			}
			if got, ok := PrevWord(text, para, off); got != prev || ok != prevOK {
				t.Fatalf("PrevWord(%d) = %v %v, want %v %v in %q", off, got, ok, prev, prevOK, text)
			}
		}
	})
}
