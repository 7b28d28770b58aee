package selection

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// newsText is a three-paragraph article with a promo line in the middle.
const newsText = "“We will not retreat,” Sen. Mary Smith said Tuesday. The U.S. plan costs $3.5 billion.\n" +
	"CLICK HERE TO GET THE APP\n" +
	"Critics disagreed. “It’s a ‘well-known’ failure,” one aide said. Nobody answered"

// unicodeText mixes emoji, CJK and combining marks.
const unicodeText = "Café 👩‍💻 rocks! 東京は晴れ。 Cafe\u0301 ne\u0301 🇺🇸 ok.\n" +
	"Zweite Zeile: „Gut“, sagte sie."

// sparseText has a paragraph with no words and an indented one.
const sparseText = "First para ends here.\n\n***\n\n   Indented start. Last words\n"

// testContext builds a Context for text, finding quotes by their marks.
func testContext(t testing.TB, text string) Context {
	t.Helper()
	doc, err := model.NewDocument("test.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	return Context{Doc: doc, Quotes: findQuotes(text)}
}

// findQuotes returns the spans of “…”, „…“ and "…" pairs (marks included),
// sorted by start: a stand-in for the quote detector.
func findQuotes(text string) []model.Span {
	var quotes []model.Span
	for _, pair := range [][2]string{{"“", "”"}, {"„", "“"}, {`"`, `"`}} {
		for i := 0; ; {
			open := strings.Index(text[i:], pair[0])
			if open < 0 {
				break
			}
			open += i
			body := open + len(pair[0])
			end := strings.Index(text[body:], pair[1])
			if end < 0 {
				break
			}
			end += body + len(pair[1])
			quotes = append(quotes, model.Span{Start: open, End: end})
			i = end
		}
	}
	for i := 1; i < len(quotes); i++ { // insertion sort: a handful of quotes
		for j := i; j > 0 && quotes[j].Start < quotes[j-1].Start; j-- {
			quotes[j], quotes[j-1] = quotes[j-1], quotes[j]
		}
	}
	return quotes
}

// splitKeys turns "wv<esc>)" into the keys "w", "v", "esc", ")".
func splitKeys(seq string) []string {
	var keys []string
	for seq != "" {
		if seq[0] == '<' {
			if end := strings.IndexByte(seq, '>'); end > 1 {
				keys = append(keys, seq[1:end])
				seq = seq[end+1:]
				continue
			}
		}
		_, n := utf8.DecodeRuneInString(seq)
		keys = append(keys, seq[:n])
		seq = seq[n:]
	}
	return keys
}

// replay applies a key sequence to the start state, checking the cursor
// invariants after every key.
func replay(t *testing.T, c Context, seq string) State {
	t.Helper()
	s := Start(c)
	for _, key := range splitKeys(seq) {
		s = Apply(s, c, key)
		checkInvariants(t, c, s, seq)
	}
	return s
}

// checkInvariants asserts the cursor is inside the document, on a grapheme
// start, and that the selection is a valid span of the text.
func checkInvariants(t *testing.T, c Context, s State, seq string) {
	t.Helper()
	text := c.Doc.Text
	if s.Cursor < 0 || s.Cursor >= len(text) || model.GraphemeAt(text, s.Cursor).Start != s.Cursor {
		t.Fatalf("%q: cursor %d is not on a grapheme start inside the text", seq, s.Cursor)
	}
	sel := s.Selection()
	if sel.Start < 0 || sel.End > len(text) || sel.Start > sel.End || !utf8.ValidString(text[sel.Start:sel.End]) {
		t.Fatalf("%q: bad selection %v", seq, sel)
	}
}
