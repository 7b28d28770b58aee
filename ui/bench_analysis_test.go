package ui

import (
	"context"
	"testing"

	"github.com/annotty/annotty/annotate"
	tea "github.com/charmbracelet/bubbletea"
)

// BenchmarkCursorKeysWithAnalysis measures Update+View of cursor and quote
// keys once the detections are in (thousands of quotes on 10 MB): the cost
// must not grow with the number of quotes or the size of the article.
func BenchmarkCursorKeysWithAnalysis(b *testing.B) {
	keys := []string{"w", ")", "]", "j", "}", "B", "[", "k"}
	for _, bs := range benchSizes {
		b.Run(bs.name, func(b *testing.B) {
			m := benchReader(b, bs.size)
			a, err := annotate.AnalyzeContext(context.Background(), m.doc, nil)
			if err != nil {
				b.Fatal(err)
			}
			m.detect.enabled = true
			next, _ := m.Update(AnalysisDoneMsg{Analysis: a})
			m = next.(Model)
			msgs := make([]tea.KeyMsg, len(keys))
			for i, k := range keys {
				msgs[i] = keyMsg(k)
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				next, _ := m.Update(msgs[i%len(msgs)])
				m = next.(Model)
				_ = m.View()
				i++
			}
			b.ReportMetric(float64(len(a.Quotes)), "quotes")
		})
	}
}
