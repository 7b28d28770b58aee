package ui

import (
	"sort"

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
	matches []model.Span
}

// runSearch finds query in doc off the UI goroutine.
func runSearch(doc *model.Document, query string, gen int) tea.Cmd {
	return func() tea.Msg {
		return searchDoneMsg{gen: gen, query: query, matches: session.FindMatches(doc.Text, query)}
	}
}

// Decorate highlights every match in paragraph para, the current one apart.
func (s searchLayer) Decorate(dst []article.Decoration, doc *model.Document, para int) []article.Decoration {
	matches := s.sess.SearchMatches()
	if len(matches) == 0 {
		return dst
	}
	p := doc.Paragraphs[para]
	in := article.SpansInRange(matches, p.Start, p.End)
	if len(in) == 0 {
		return dst
	}
	base := sort.Search(len(matches), func(i int) bool { return matches[i].End > p.Start })
	for i, m := range in {
		paint := s.styles.Match
		if base+i == s.sess.CurrentMatch() {
			paint = s.styles.CurrentMatch
		}
		dst = append(dst, article.Decoration{Span: m, Paint: paint, Layer: article.LayerSearch})
	}
	return dst
}
