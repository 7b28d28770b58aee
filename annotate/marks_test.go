package annotate

import (
	"slices"
	"testing"
)

func TestIsSpace(t *testing.T) {
	tests := []struct {
		name string
		r    rune
		want bool
	}{
		{"ascii space", ' ', true},
		{"tab", '\t', true},
		{"newline", '\n', true},
		{"no-break space", '\u00a0', true},
		{"narrow no-break space", '\u202f', true},
		{"ogham space mark", '\u1680', true},
		{"medium mathematical space", '\u205f', true},
		{"thin space", '\u2009', true},
		{"ideographic space", '\u3000', true},
		{"letter", 'a', false},
		{"zero width space is no white space", '\u200b', false},
		{"guillemet", '«', false},
		{"CJK ideograph", '中', false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isSpace(tt.r); got != tt.want {
				t.Errorf("isSpace(%U) = %v, want %v", tt.r, got, tt.want)
			}
		})
	}
}

func TestQuotesTrimUnicodeSpace(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"open guillemet trimmed before narrow no-break space",
			"Elle a dit\u202f: «\u202fNous partirons demain\u202f\u202f\nLa suite.",
			[]string{"«\u202fNous partirons demain"}},
		{"open quote trimmed before medium mathematical space",
			"He said: “We leave at dawn\u205f\nThe rest.",
			[]string{"“We leave at dawn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := analyzeText(t, tt.text)
			if got := quoteTexts(doc, a); !slices.Equal(got, tt.want) {
				t.Errorf("quotes = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNextMarkLead(t *testing.T) {
	texts := []string{"", "no marks at all in this line of text", `a "b`, "it’s", "«x»", "0123456`",
		"ééééééééé'", "‚low", "\xc2\xa0nbsp then \"", "\xe2\x80\x94 dash, no mark", "\x80\x80\x80\x80\x80\x80\x80\x80\x80'"}
	for _, s := range texts {
		for lo := 0; lo <= len(s); lo++ {
			want := len(s)
			for j := lo; j < len(s); j++ {
				if isMarkLead(s[j]) {
					want = j
					break
				}
			}
			if got := nextMarkLead(s, lo, len(s)); got != want {
				t.Errorf("nextMarkLead(%q, %d) = %d, want %d", s, lo, got, want)
			}
		}
	}
}
