package annotate

import (
	"testing"

	"github.com/annotty/annotty/model"
)

// analyzeText analyses text as a plain-text article.
func analyzeText(t testing.TB, text string) (*model.Document, *model.Analysis) {
	t.Helper()
	doc, err := model.NewDocument("test.txt", []byte(text), false)
	if err != nil {
		t.Fatalf("NewDocument: %v", err)
	}
	return doc, Analyze(doc)
}

// quoteTexts returns the text of every quote found.
func quoteTexts(doc *model.Document, a *model.Analysis) []string {
	out := []string{}
	for _, q := range a.Quotes {
		out = append(out, doc.Text[q.Span.Start:q.Span.End])
	}
	return out
}
