package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
)

// nextQuoteIndex returns the first shown quote starting after document
// offset from (dir > 0), or the last one starting before it (dir < 0). The
// result indexes the analysis' quotes, whatever their order there.
func (d *detections) nextQuoteIndex(from, dir int) (int, bool) {
	if d.analysis == nil {
		return -1, false
	}
	x := d.sess.QuoteIndex()
	if dir > 0 {
		for k := x.RankAtOrAfter(from + 1); k < x.Len(); k++ {
			if d.quoteShown(x.ByRank(k)) {
				return x.ByRank(k), true
			}
		}
		return -1, false
	}
	for k := x.RankAtOrAfter(from) - 1; k >= 0; k-- {
		if d.quoteShown(x.ByRank(k)) {
			return x.ByRank(k), true
		}
	}
	return -1, false
}

// currentQuote is the quote being read at reading position top: the one
// last jumped to while the view has not moved since, else the first shown
// quote (in text order) that ends after top. It returns -1 when there is none.
func (d *detections) currentQuote(top int) int {
	if d.analysis == nil {
		return -1
	}
	if d.focus >= 0 && (d.focusTop == top || d.focusTop < 0) && d.quoteShown(d.focus) {
		return d.focus
	}
	x := d.sess.QuoteIndex()
	for k := x.FirstRankEndingAfter(top); k < x.Len(); k++ {
		if x.EndOfRank(k) > top && d.quoteShown(x.ByRank(k)) {
			return x.ByRank(k)
		}
	}
	return -1
}

// quoteFrom is the offset ]/[ count from: the quote last jumped to while
// the view has not moved since, else the reading position.
func (m Model) quoteFrom() int {
	d, top := m.detect, m.article.TopOffset()
	if d.analysis != nil && d.focus >= 0 && d.focusTop == top {
		return d.analysis.Quotes[d.focus].Span.Start
	}
	return top
}

// nextQuoteWrapping is nextQuoteIndex that wraps around at the ends of the
// article; wrapped says it did.
func (d *detections) nextQuoteWrapping(from, dir int) (i int, wrapped, ok bool) {
	if i, ok = d.nextQuoteIndex(from, dir); ok {
		return i, false, true
	}
	from = -1
	if dir < 0 {
		from = len(d.doc.Text) + 1
	}
	i, ok = d.nextQuoteIndex(from, dir)
	return i, true, ok
}

// stepQuote implements ]/[: show the next or previous quote at the top,
// wrapping around at the ends.
func (m Model) stepQuote(dir int) (Model, tea.Cmd) {
	d := m.detect
	if msg := d.status(); msg != "" {
		m.message = "quotes: " + msg
		return m, nil
	}
	i, wrapped, ok := d.nextQuoteWrapping(m.quoteFrom(), dir)
	if !ok {
		m.message = "no quotes"
		if d.filter() != "" {
			m.message = "no quotes by " + d.filter()
		}
		return m, nil
	}
	m.article.JumpTo(d.analysis.Quotes[i].Span.Start)
	d.focus, d.focusTop = i, m.article.TopOffset()
	m.side.Follow(d.focusTop)
	m.message = withNotice(m.quotePosition(i), wrapNotice(wrapped, dir, "wrapped"))
	return m, m.quoteDetailCmd()
}

// quotePosition says which quote i is among the shown ones ("quote 3 of 7").
func (m Model) quotePosition(i int) string {
	n, k := 0, 0
	index := m.sess.QuoteIndex()
	for rank := range index.Len() { // text order
		if j := index.ByRank(rank); m.detect.quoteShown(j) {
			n++
			if j == i {
				k = n
			}
		}
	}
	return fmt.Sprintf("quote %d of %d", k, n)
}

// togglePromos implements p: hide or show the promo lines, keeping the
// paragraph being read at the top (or the next shown one).
func (m Model) togglePromos() (Model, tea.Cmd) {
	d := m.detect
	if msg := d.status(); msg != "" {
		m.message = "promos: " + msg
		return m, nil
	}
	if d.promoCount == 0 {
		m.message = "no promo lines to hide"
		return m, nil
	}
	before := m.article.TopOffset()
	m.sess.SetPromosHidden(!d.promosHidden()) // quotes inside promos leave or rejoin the list
	m.article.SetHidden(d.hiddenParagraphs())
	if d.focus >= 0 && d.focusTop == before {
		d.focusTop = m.article.TopOffset() // ]/[ go on from the same quote
	}
	m.side.Follow(m.article.TopOffset())
	m.message = "promos shown"
	if d.promosHidden() {
		m.message = "p shows them again" // the status line's mode says what is hidden
	}
	return m, nil
}

// quoteDetailCmd renders the Quotes tab's detail for the side pane's
// current width, when the side pane is open.
func (m Model) quoteDetailCmd() tea.Cmd {
	if !m.sideOpen || m.detect.quotes == nil {
		return nil
	}
	return m.detect.quotes.detailCmdFor(m.side.Width() - 2)
}

// addDetections registers the detection highlighter and the Quotes,
// Speakers and Promos tabs.
func (m *Model) addDetections() {
	m.detect = newDetections(m.sess, m.styles, m.bindings)
	m.article.SetHighlighter("detections", m.detect)
	m.side.AddTab(newQuotesTab(m.detect))
	m.side.AddTab(newSpeakersTab(m.detect))
	m.side.AddTab(newPromosTab(m.detect))
}
