package ui

import (
	"context"
	"testing"

	"github.com/annotty/annotty/annotate"
)

// BenchmarkCursorKeysWithAnalysis measures Update+View of cursor and quote
// keys once the detections are in (thousands of quotes on 10 MB): the cost
// must not grow with the number of quotes or the size of the article.
func BenchmarkCursorKeysWithAnalysis(b *testing.B) {
	benchKeysAfter(b, withAnalysis, "w", ")", "]", "j", "}", "B", "[", "k")
}

// withAnalysis runs the real detectors on the reader's article and hands
// the result to the reader, as the background analysis does.
func withAnalysis(b *testing.B, m Model) Model {
	a, err := annotate.AnalyzeContext(context.Background(), m.doc, nil)
	if err != nil {
		b.Fatal(err)
	}
	next, _ := m.Update(AnalysisDoneMsg{Analysis: a})
	b.Logf("%d quotes", len(a.Quotes))
	return next.(Model)
}
