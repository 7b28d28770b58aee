package ui

import (
	"fmt"

	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/side"
	tea "github.com/charmbracelet/bubbletea"
)

// quoteFrom is the offset ]/[ count from: the quote last jumped to while
// the view has not moved since, else the reading position.
func (m Model) quoteFrom() int {
	d, top := m.detect, m.article.TopOffset()
	if d.Analysis != nil && d.Focus >= 0 && d.FocusTop == top {
		return d.Analysis.Quotes[d.Focus].Span.Start
	}
	return top
}

// stepQuote implements ]/[: show the next or previous quote at the top,
// wrapping around at the ends.
func (m Model) stepQuote(dir int) (Model, tea.Cmd) {
	d := m.detect
	if msg := d.Status(); msg != "" {
		m.message = "quotes: " + msg
		return m, nil
	}
	i, wrapped, ok := d.NextQuoteWrapping(m.quoteFrom(), dir)
	if !ok {
		m.message = "no quotes"
		if d.Filter() != "" {
			m.message = "no quotes by " + d.Filter()
		}
		return m, nil
	}
	m.article.JumpTo(d.Analysis.Quotes[i].Span.Start)
	d.Focus, d.FocusTop = i, m.article.TopOffset()
	m.side.Follow(d.FocusTop)
	m.message = withNotice(m.quotePosition(i), wrapNotice(wrapped, dir, "wrapped"))
	return m, m.quoteDetailCmd()
}

// quotePosition says which quote i is among the shown ones ("quote 3 of 7").
func (m Model) quotePosition(i int) string {
	n, k := 0, 0
	index := m.sess.QuoteIndex()
	for rank := range index.Len() { // text order
		if j := index.ByRank(rank); m.detect.QuoteShown(j) {
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
	if msg := d.Status(); msg != "" {
		m.message = "promos: " + msg
		return m, nil
	}
	if d.PromoCount == 0 {
		m.message = "no promo lines to hide"
		return m, nil
	}
	before := m.article.TopOffset()
	m.sess.SetPromosHidden(!d.PromosHidden()) // quotes inside promos leave or rejoin the list
	m.article.SetHidden(d.HiddenParagraphs())
	if d.Focus >= 0 && d.FocusTop == before {
		d.FocusTop = m.article.TopOffset() // ]/[ go on from the same quote
	}
	m.side.Follow(m.article.TopOffset())
	m.message = "promos shown"
	if d.PromosHidden() {
		m.message = "p shows them again" // the status line's mode says what is hidden
	}
	return m, nil
}

// quoteDetailCmd renders the Quotes tab's detail for the side pane's
// current width, when the side pane is open.
func (m Model) quoteDetailCmd() tea.Cmd {
	if !m.sideOpen || m.quotes == nil {
		return nil
	}
	return m.quotes.DetailCmdFor(m.side.Width() - 2)
}

// addDetections registers the detection highlighter and the Quotes,
// Speakers and Promos tabs.
func (m *Model) addDetections() {
	m.detect = layers.NewDetections(m.sess, m.styles)
	m.article.SetHighlighter("detections", m.detect)
	m.quotes = side.NewQuotesTab(m.detect)
	m.side.AddTab(m.quotes)
	m.side.AddTab(side.NewSpeakersTab(m.detect, m.keyName(actSelect), m.keyName(actBack), m.speakersTabHint()))
	m.side.AddTab(side.NewPromosTab(m.detect, m.keyName(actTogglePromos)))
}
