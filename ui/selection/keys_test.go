package selection

import (
	"strings"
	"testing"
)

// TestKeySequences replays vim key strings from the start state and checks
// the mode, the word under the cursor and the selected (or target) text.
func TestKeySequences(t *testing.T) {
	tests := []struct {
		name, text, keys string
		hidden           int // paragraph to hide, -1 for none
		mode             Mode
		cursor           string // the word (or character) under the cursor
		selected         string // Visual: the selection; Normal: TargetSpan
	}{
		{"start on first sentence", newsText, "", -1, Normal, "We",
			"“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"words skip punctuation", newsText, "wwww", -1, Normal, "Sen",
			"“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"word end", newsText, "ee", -1, Normal, "l", "“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"word back", newsText, "wwwb", -1, Normal, "not", "“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"visual word", newsText, "v", -1, Visual, "We", "We"},
		{"visual words", newsText, "vww", -1, Visual, "not", "We will not"},
		{"visual word ends", newsText, "vee", -1, Visual, "l", "We will"},
		{"visual shrinks back", newsText, "vwwb", -1, Visual, "will", "We will"},
		{"visual backwards", newsText, "wwwvbb", -1, Visual, "will", "will not retreat"},
		{"visual to next sentence", newsText, "wwv)", -1, Visual, "The",
			"not retreat,” Sen. Mary Smith said Tuesday. The U.S. plan costs $3.5 billion."},
		{"sentence motion in normal mode", newsText, ")w", -1, Normal, "U.S.", "The U.S. plan costs $3.5 billion."},
		{"sentence back to start", newsText, ")ww(", -1, Normal, "The", "The U.S. plan costs $3.5 billion."},
		{"sentence back to previous", newsText, ")(", -1, Normal, "We",
			"“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"sentences cross paragraphs", newsText, ")))", -1, Normal, "Critics", "Critics disagreed."},
		{"hidden promo skipped", newsText, "))", 1, Normal, "Critics", "Critics disagreed."},
		{"paragraph forward", newsText, "}", -1, Normal, "CLICK", "CLICK HERE TO GET THE APP"},
		{"paragraph forward skips hidden", newsText, "}", 1, Normal, "Critics", "Critics disagreed."},
		{"paragraph back", newsText, "}}w{", -1, Normal, "Critics", "Critics disagreed."},
		{"visual paragraph motion", newsText, "v}", 1, Visual, "Critics",
			newsText[len("“"):]},
		{"inner sentence", newsText, "vis", -1, Visual, "Tuesday",
			"“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"around sentence", newsText, "vas", -1, Visual, "Tuesday",
			"“We will not retreat,” Sen. Mary Smith said Tuesday. "},
		{"inner sentence then extend", newsText, "visw", -1, Visual, "The",
			"“We will not retreat,” Sen. Mary Smith said Tuesday. The"},
		{"inner word", newsText, ")wviw", -1, Visual, "U.S.", "U.S."},
		{"around word", newsText, ")wvaw", -1, Visual, "U.S.", "U.S. "},
		{"decimal word", newsText, ")wwwwviw", -1, Visual, "3.5", "3.5"},
		{"inner paragraph", newsText, "}}vip", -1, Visual, "answered", newsText[strings.LastIndex(newsText, "\n")+1:]},
		{"around paragraph", newsText, "vap", -1, Visual, "billion",
			"“We will not retreat,” Sen. Mary Smith said Tuesday. The U.S. plan costs $3.5 billion.\n"},
		{"inner quote", newsText, "viq", -1, Visual, "retreat", "We will not retreat,"},
		{"around quote", newsText, "vaq", -1, Visual, "retreat", "“We will not retreat,”"},
		{"vim quote letter", newsText, `vi"`, -1, Visual, "retreat", "We will not retreat,"},
		{"next quote", newsText, "]", -1, Normal, "It’s", "“It’s a ‘well-known’ failure,” one aide said."},
		{"next quote then around", newsText, "]vaq", -1, Visual, "failure", "“It’s a ‘well-known’ failure,”"},
		{"quote object finds next quote in paragraph", newsText, "}}viq", -1, Visual, "failure",
			"It’s a ‘well-known’ failure,"},
		{"prev quote", newsText, "]w[", -1, Normal, "It’s", "“It’s a ‘well-known’ failure,” one aide said."},
		{"prev quote twice", newsText, "][", -1, Normal, "We", "“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"no quote after the last", newsText, "]]", -1, Normal, "It’s", "“It’s a ‘well-known’ failure,” one aide said."},
		{"apostrophes and hyphens", newsText, "]wwviw", -1, Visual, "well-known", "well-known"},
		{"doc end", newsText, "G", -1, Normal, "answered", "Nobody answered"},
		{"doc end then start", newsText, "Gg", -1, Normal, "We", "“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"visual to doc end", newsText, "}}wwwwwwwwvG", -1, Visual, "answered", "said. Nobody answered"},
		{"visual to doc start", newsText, "wvg", -1, Visual, "We", "“We will"},
		{"exit visual", newsText, "vww<esc>", -1, Normal, "not", "“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"v toggles visual", newsText, "vwv", -1, Normal, "will", "“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"object needs visual", newsText, "iw", -1, Normal, "will", "“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"bad object letter cancels", newsText, "vixw", -1, Visual, "will", "We will"},
		{"esc cancels object only", newsText, "vi<esc>w", -1, Visual, "will", "We will"},
		{"quit and review keys untouched", newsText, "qaxw", -1, Normal, "will",
			"“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"emoji is a word", unicodeText, "w", -1, Normal, "👩‍💻", "Café 👩‍💻 rocks!"},
		{"visual over emoji", unicodeText, "vww", -1, Visual, "rocks", "Café 👩‍💻 rocks"},
		{"cjk one ideograph per word", unicodeText, "wwwwviw", -1, Visual, "京", "京"},
		{"cjk sentence", unicodeText, ")vis", -1, Visual, "れ", "東京は晴れ。"},
		{"combining marks stay with base", unicodeText, "))viw", -1, Visual, "Cafe\u0301", "Cafe\u0301"},
		{"combining word end", unicodeText, "))wve", -1, Visual, "e\u0301", "ne\u0301"},
		{"flag is a word", unicodeText, "))wwviw", -1, Visual, "🇺🇸", "🇺🇸"},
		{"low-9 quote object", unicodeText, "}viq", -1, Visual, "Gut", "Gut"},
		{"start at doc start stays", newsText, "b(({{[g", -1, Normal, "We",
			"“We will not retreat,” Sen. Mary Smith said Tuesday."},
		{"end of doc stays", newsText, "Gw)]}", -1, Normal, "answered", "Nobody answered"},
		{"wordless paragraph skipped by w", sparseText, "wwww", -1, Normal, "Indented", "Indented start."},
		{"paragraph motion lands on wordless paragraph", sparseText, "}", -1, Normal, "*", "***"},
		{"indented paragraph home", sparseText, "}}", -1, Normal, "Indented", "Indented start."},
		{"sentence without final stop", sparseText, ")))vis", -1, Visual, "words", "Last words"},
		{"doc end in sparse text", sparseText, "G", -1, Normal, "words", "Last words"},
		{"back over wordless paragraph", sparseText, "}}b", -1, Normal, "here", "First para ends here."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testContext(t, tt.text)
			if tt.hidden >= 0 {
				c.Hidden = func(p int) bool { return p == tt.hidden }
			}
			s := replay(t, c, tt.keys)
			if s.Mode != tt.mode {
				t.Errorf("mode = %v, want %v", s.Mode, tt.mode)
			}
			unit := c.unitAt(s.Cursor)
			if e := s.Cursor + len(tt.cursor); tt.cursor != c.Doc.Text[unit.Start:unit.End] &&
				(e > len(c.Doc.Text) || c.Doc.Text[s.Cursor:e] != tt.cursor) {
				t.Errorf("cursor on %q (offset %d), want %q", c.Doc.Text[unit.Start:unit.End], s.Cursor, tt.cursor)
			}
			target := s.TargetSpan(c)
			if got := c.Doc.Text[target.Start:target.End]; got != tt.selected {
				t.Errorf("selected %q, want %q", got, tt.selected)
			}
		})
	}
}
