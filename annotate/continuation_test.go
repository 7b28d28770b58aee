package annotate

import (
	"testing"
)

// wantQuote is one expected quotation: its text, depth and speaker ("" for none).
type wantQuote struct {
	text    string
	depth   int
	speaker string
}

func TestMultiParagraphQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"continuation closes after a nested single quote",
			"Tom Brady said: “The roof leaks.\n\nand ‘never’ again,” he added.",
			[]wantQuote{{"“The roof leaks.", 0, "Tom Brady"}, {"and ‘never’ again,”", 0, "Tom Brady"}, {"‘never’", 1, ""}}},
		{"continuation without nested quote",
			"Tom Brady said: “The roof leaks.\n\nand it has for years,” he added.",
			[]wantQuote{{"“The roof leaks.", 0, "Tom Brady"}, {"and it has for years,”", 0, "Tom Brady"}}},
		{"unclosed carry is not continued twice",
			"Tom Brady said: “The roof leaks.\n\nNothing more.\n\nThe end.",
			[]wantQuote{{"“The roof leaks.", 0, "Tom Brady"}}},
		{"reopened paragraph after a nested quote",
			"Tom Brady said: “The roof is ‘bad’ today.\n\n“We will fix it.” Rain fell.",
			[]wantQuote{{"“The roof is ‘bad’ today.", 0, "Tom Brady"}, {"‘bad’", 1, ""}, {"“We will fix it.”", 0, "Tom Brady"}}},
		{"reopened paragraph after two nested quotes",
			"Ann Lee wrote: “It is ‘odd’ and ‘new’ here.\n\n“So we wait.” Then silence.",
			[]wantQuote{{"“It is ‘odd’ and ‘new’ here.", 0, "Ann Lee"}, {"‘odd’", 1, ""}, {"‘new’", 1, ""}, {"“So we wait.”", 0, "Ann Lee"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := analyzeText(t, tt.text)
			if len(a.Quotes) != len(tt.want) {
				t.Fatalf("quotes = %q, want %d", quoteTexts(doc, a), len(tt.want))
			}
			for i, q := range a.Quotes {
				w := tt.want[i]
				got := doc.Text[q.Span.Start:q.Span.End]
				speaker := ""
				if q.Speaker != nil {
					speaker = q.Speaker.Name
				}
				if got != w.text || q.Depth != w.depth || (w.depth == 0 && speaker != w.speaker) {
					t.Errorf("quote %d = %q depth %d speaker %q, want %q depth %d speaker %q", i, got, q.Depth, speaker, w.text, w.depth, w.speaker)
				}
			}
		})
	}
}
