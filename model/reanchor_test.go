package model

import (
	"strings"
	"testing"
)

// anchorIn builds the Anchor of the first occurrence of exact in old (after skipping
// `skip` earlier occurrences), as a saved annotation would remember it.
func anchorIn(t *testing.T, old, exact string, skip int) Anchor {
	t.Helper()
	from := 0
	for ; skip >= 0; skip-- {
		i := strings.Index(old[from:], exact)
		if i < 0 {
			t.Fatalf("%q not in old text", exact)
		}
		from += i
		if skip > 0 {
			from++
		}
	}
	text, prefix, suffix := QuoteContext(old, Span{from, from + len(exact)})
	return Anchor{Text: text, Prefix: prefix, Suffix: suffix, Hint: from}
}

func TestReanchor(t *testing.T) {
	var sentences []string
	for _, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"} {
		sentences = append(sentences, "The committee will review the "+w+" contract line by line.")
	}
	longQuote := strings.Join(sentences, " ")
	tests := []struct {
		name      string
		old, new  string
		exact     string
		skip      int
		wantKind  MatchKind
		wantText  string // the new text at the returned span
		wantAfter string // text just before the span, to tell duplicates apart
	}{
		{"unchanged", "He said \"no\" today.", "He said \"no\" today.", "\"no\"", 0, MatchExact, "\"no\"", "He said "},
		{"text inserted before", "He said \"no\".", "Update: He said \"no\".", "\"no\"", 0, MatchMoved, "\"no\"", "Update: He said "},
		{"duplicate picked by context", "A said yes. B said yes.", "Intro. A said yes. B said yes.", "yes", 1, MatchMoved, "yes", "Intro. A said yes. B said "},
		{"same context picks nearest", "yes yes yes", "yes yes yes!", "yes", 2, MatchExact, "yes", "yes yes "},
		{"same context nearest after shift", "x yes. x yes. x yes.", "zz x yes. x yes. x yes.", "yes", 1, MatchMoved, "yes", "zz x yes. x "},
		{"fuzzy after typo fix", "She said \"we will not negociate\" firmly.", "Earlier, she said \"we will not negotiate\" firmly.", "\"we will not negociate\"", 0, MatchFuzzy, "\"we will not negotiate\"", "Earlier, she said "},
		{"deleted becomes orphan", "One. \"Gone forever now\". Two.", "One. Two.", "\"Gone forever now\"", 0, MatchNone, "", ""},
		{"too different is orphan", "He said \"abcdefgh\".", "He said \"zyxwvuts\".", "\"abcdefgh\"", 0, MatchNone, "", ""},
		{"emoji moved", "Fam 👩‍👩‍👧 ok", "New: Fam 👩‍👩‍👧 ok", "👩‍👩‍👧", 0, MatchMoved, "👩‍👩‍👧", "New: Fam "},
		{"CJK moved", "记者说：“你好”。", "北京记者说：“你好”。", "“你好”", 0, MatchMoved, "“你好”", "北京记者说："},
		{"CJK fuzzy", "记者说：“今天天气很好啊”。", "新闻：记者说：“今天天气真好啊”。", "“今天天气很好啊”", 0, MatchFuzzy, "“今天天气真好啊”", "新闻：记者说："},
		{"combining mark moved", "Cafe\u0301 opens", "The Cafe\u0301 opens", "Cafe\u0301", 0, MatchMoved, "Cafe\u0301", "The "},
		{"combining mark fuzzy to precomposed", "Le cafe\u0301 noir", "Le café noir", "cafe\u0301 noir", 0, MatchFuzzy, "café noir", "Le "},
		{"reworded sentence does not jump to a similar one", mainStreetOld, mainStreetNew, mainStreetClaim, 0, MatchNone, "", ""},
		{"same text, one side of context edited: unconfirmed", "Intro. A said \"we stay\" on Monday.", "Intro. A said \"we stay\" on Tuesday!", "\"we stay\"", 0, MatchExact, "\"we stay\"", "Intro. A said "},
		{"same text moved, context edited: unconfirmed", "Intro. A said \"we stay\" on Monday.", "New intro. A said \"we stay\" on Tuesday!", "\"we stay\"", 0, MatchFuzzy, "\"we stay\"", "New intro. A said "},
		{"short text elsewhere with no context left is an orphan", "He said \"no\" twice. " + strings.Repeat("Filler words here. ", 4) + "End.", strings.Repeat("Filler words here. ", 4) + "She said \"no\" once.", "\"no\"", 0, MatchNone, "", ""},
		{"long unique text moved to a new context is placed", "Before. " + longQuote + " After.", "Other start. " + longQuote[:len(longQuote)-1] + "! Other end.", longQuote[:200], 0, MatchFuzzy, longQuote[:200], "Other start. "},
		{"two copies with whole context: the one nearer the hint", "x. A said yes. z. " + strings.Repeat("pad ", 30) + "x. A said yes. z.", "ins x. A said yes. z. " + strings.Repeat("pad ", 30) + "x. A said yes. z.", "yes", 0, MatchMoved, "yes", "ins x. A said "},
		{"paragraphs swapped and a word edited: placed, unconfirmed", "First paragraph here.\nSecond one, quite different.\n\"More importantly, the key goals can be achieved by other means,\" he said.\nThird one.", "Third one.\n\"More importantly, THE key goals can be achieved by other means,\" he said.\nFirst paragraph here.\nSecond one, quite different.", "\"More importantly, the key goals can be achieved by other means,\"", 0, MatchFuzzy, "\"More importantly, THE key goals can be achieved by other means,\"", "Third one.\n"},
		{"long passage by head and tail", "X " + longQuote + " Y", "Intro. X " + strings.Replace(longQuote, "fourth contract", "4th deal", 1) + " Y", longQuote, 0, MatchFuzzy, strings.Replace(longQuote, "fourth contract", "4th deal", 1), "Intro. X "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := anchorIn(t, tt.old, tt.exact, tt.skip)
			span, kind := Reanchor(tt.new, a)
			if kind != tt.wantKind {
				t.Fatalf("kind = %v, want %v (span %v)", kind, tt.wantKind, span)
			}
			if kind == MatchNone {
				return
			}
			if !ValidSpan(tt.new, span) {
				t.Fatalf("invalid span %v", span)
			}
			if got := tt.new[span.Start:span.End]; got != tt.wantText {
				t.Errorf("text = %q, want %q", got, tt.wantText)
			}
			if got := tt.new[:span.Start]; got != tt.wantAfter {
				t.Errorf("before span = %q, want %q", got, tt.wantAfter)
			}
		})
	}
}

func TestReanchorWindowedOnHugeText(t *testing.T) {
	filler := strings.Repeat("lorem ipsum dolor sit amet ", 20000) // ~540 kB
	quote := "\"the minister resigned on Tuesday evening\""
	old := filler + quote + filler
	changed := "PREFIX " + filler + strings.Replace(quote, "Tuesday", "Tusday", 1) + filler
	a := anchorIn(t, old, quote, 0)
	a.Hint += len("PREFIX ")
	span, kind := Reanchor(changed, a)
	if kind != MatchFuzzy || changed[span.Start:span.End] != strings.Replace(quote, "Tuesday", "Tusday", 1) {
		t.Fatalf("got %v %q", kind, changed[span.Start:span.End])
	}
}
