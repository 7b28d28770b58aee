package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/session"
	tea "github.com/charmbracelet/bubbletea"
)

// searchLayer paints the session's search matches, the current one apart.
type searchLayer struct {
	sess   *session.Session
	styles *Styles
}

// searchDoneMsg carries the matches of a finished search.
type searchDoneMsg struct {
	gen     int
	query   string
	matches session.Matches
}

// runSearch finds query in doc off the UI goroutine.
func runSearch(doc *model.Document, query string, gen int) tea.Cmd {
	return func() tea.Msg {
		return searchDoneMsg{gen: gen, query: query, matches: session.FindMatches(doc.Text, query)}
	}
}

// Decorate highlights every match in paragraph para, the current one apart.
func (s searchLayer) Decorate(dst []article.Decoration, doc *model.Document, para int) []article.Decoration {
	p := doc.Paragraphs[para]
	return s.DecorateRange(dst, doc, para, p.Start, p.End)
}

// DecorateRange highlights the matches overlapping [start, end) of
// paragraph para (article.RangeHighlighter).
func (s searchLayer) DecorateRange(dst []article.Decoration, doc *model.Document, para, start, stop int) []article.Decoration {
	matches := s.sess.SearchMatches()
	first, end := matches.Within(start, stop)
	for i := first; i < end; i++ {
		paint := s.styles.Match
		if i == s.sess.CurrentMatch() {
			paint = s.styles.CurrentMatch
		}
		dst = append(dst, article.Decoration{Span: matches.At(i), Paint: paint, Layer: article.LayerSearch})
	}
	return dst
}
