package annotate

import (
	"slices"
	"testing"
)

func TestQuoteFinder(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"straight", `"We will win," she said.`, []string{`"We will win,"`}},
		{"curly", "“We will win,” she said.", []string{"“We will win,”"}},
		{"nested single in double", "“He told me, ‘Go home,’ and left,” she said.", []string{"“He told me, ‘Go home,’ and left,”", "‘Go home,’"}},
		{"guillemets", "«Nous gagnerons», a-t-il dit.", []string{"«Nous gagnerons»"}},
		{"german low-high", "„Wir schaffen das“, sagte sie.", []string{"„Wir schaffen das“"}},
		{"doubled apostrophes", "''We will win,'' Mr. Smith said.", []string{"''We will win,''"}},
		{"backquotes", "``We will win,'' Mr. Smith said.", []string{"``We will win,''"}},
		{"british single", "‘We will win,’ she said.", []string{"‘We will win,’"}},
		{"possessive is not a quote", "Israel's army and the AGENCY'S ties remain.", []string{}},
		{"elisions are not quotes", "They played rock 'n' roll in the '90s, the students' union said.", []string{}},
		{"curly elisions", "They played rock ’n’ roll in the ’90s and ’em all.", []string{}},
		{"partial", `Sullivan said Israel lacks a "coherent strategy" for Gaza.`, []string{`"coherent strategy"`}},
		{"split by attribution", `"First part," Sullivan said. "Second part."`, []string{`"First part,"`, `"Second part."`}},
		{"unbalanced stays in paragraph", "He said \"this never closes.\nNext paragraph has no marks.\nNor this one.", []string{`"this never closes.`}},
		{"multi-paragraph", "\"First paragraph of the speech.\n\"Second paragraph,\" she said.", []string{`"First paragraph of the speech.`, `"Second paragraph,"`}},
		{"inches are not quotes", `He is 6'2" tall and bought a 12" pizza.`, []string{}},
		{"markdown code is not a quote", "The fund for the `Ash Brook` grows.", []string{}},
		{"tex single quotes", "He said `maybe' and left.", []string{"`maybe'"}},
		{"empty quotes", `He said "" and left.`, []string{`""`}},
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

func TestQuoteDepthAndPartial(t *testing.T) {
	doc, a := analyzeText(t, `Sullivan said Israel lacks a "coherent strategy." "What he said was, ‘Go,’" Sullivan added.`)
	if len(a.Quotes) != 3 {
		t.Fatalf("got %d quotes %q, want 3", len(a.Quotes), quoteTexts(doc, a))
	}
	wantDepth := []int{0, 0, 1}
	wantPartial := []bool{true, false, false}
	for i, q := range a.Quotes {
		if q.Depth != wantDepth[i] || q.Partial != wantPartial[i] {
			t.Errorf("quote %d %q: depth %d partial %v, want %d %v", i, doc.Text[q.Span.Start:q.Span.End], q.Depth, q.Partial, wantDepth[i], wantPartial[i])
		}
	}
}

func TestUnbalancedMarkDoesNotSwallowArticle(t *testing.T) {
	text := "She said \"it starts here\nand the story goes on.\nWith another \"quote\" later.\n"
	doc, a := analyzeText(t, text)
	for _, q := range a.Quotes {
		if doc.ParagraphAt(q.Span.Start) != doc.ParagraphAt(q.Span.End-1) {
			t.Errorf("quote %q crosses a paragraph break", doc.Text[q.Span.Start:q.Span.End])
		}
	}
	if got := quoteTexts(doc, a); !slices.Equal(got, []string{`"it starts here`, `"quote"`}) {
		t.Errorf("quotes = %q", got)
	}
}
