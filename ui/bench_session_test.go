package ui

import (
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/side"
)

// BenchmarkKeysWith5000Tags measures Update+View of reading, cursor and
// undo-free keys with 5,000 tags in the article: the tag layer, the status
// line and the Tags tab read the session's per-revision caches, so the cost
// must not grow with the number of tags.
func BenchmarkKeysWith5000Tags(b *testing.B) {
	benchKeysAfter(b, withTags(5000), "j", "w", ")", "k", "}", "B", "tab", "j", "k", "tab", "tab")
}

// withTags spreads n tags evenly over the reader's article.
func withTags(n int) func(*testing.B, Model) Model {
	return func(b *testing.B, m Model) Model {
		paras := m.doc.Paragraphs
		for i := range n {
			p := paras[i*len(paras)/n]
			if _, err := m.sess.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: p.Start, End: p.End}, Source: model.SourceManual}); err != nil {
				b.Fatal(err)
			}
		}
		b.Logf("%d tags", m.sess.Set().Len())
		return m
	}
}

// BenchmarkQuotesTabWith50000Quotes measures Update+View with the Quotes tab
// open and focused on an analysis of 50,000 quotes: moving in the list and
// scrolling the article must not walk the quotes.
func BenchmarkQuotesTabWith50000Quotes(b *testing.B) {
	benchKeysOn(b, benchSizes[1:], withQuotes(50000), "j", "j", "k", "pgdown", "pgup", "k") // 10 MB: 50,000 quotes do not fit in 100 KB
}

// withQuotes hands the reader an analysis of n short quotes spread over the
// article, by two speakers, then opens the side pane on the Quotes tab.
func withQuotes(n int) func(*testing.B, Model) Model {
	return func(b *testing.B, m Model) Model {
		text := m.doc.Text
		step := max(len(text)/n, 2)
		a := &model.Analysis{Speakers: []model.Speaker{{Name: "Ann Park"}, {Name: "Bo Li"}}}
		for i := 0; i < n && (i+1)*step <= len(text); i++ {
			start := i * step
			name := a.Speakers[i%2].Name
			a.Quotes = append(a.Quotes, model.Quote{Span: model.Span{Start: start, End: start + step/2}, Speaker: &model.SpeakerMention{Name: name, Span: model.Span{Start: start, End: start}}})
		}
		a.Speakers[0].Quotes, a.Speakers[1].Quotes = (len(a.Quotes)+1)/2, len(a.Quotes)/2
		m = deliver(b, m, AnalysisDoneMsg{Analysis: a})
		m = press(b, m, "tab")
		for !isQuotesTab(m.side.ActiveTab()) {
			m = press(b, m, "l")
		}
		b.Logf("%d quotes", len(a.Quotes))
		return m
	}
}

// isQuotesTab reports whether tab is the Quotes tab.
func isQuotesTab(tab side.Tab) bool {
	_, ok := tab.(*side.QuotesTab)
	return ok
}
