package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	tea "github.com/charmbracelet/bubbletea"
)

// addOthers wires the other annotators' read-only tags into a new reader:
// their sidecars beside the article (store's own file left out) are read
// the first time the key asks for them, and drawn by their own layer;
// Init looks for them in the background so the idle status line can say so.
func (m *Model) addOthers(store *model.Store) {
	own := ""
	if store != nil {
		own = store.Path()
	}
	m.sess.SetOthersLoader(session.SidecarsBeside(m.doc, own))
	m.othersProbe = session.AuthorsBeside(m.doc, own)
	m.article.SetHighlighter("others", layers.NewOthers(m.sess, m.styles))
}

// othersFoundMsg names the other annotators with a file for the article.
type othersFoundMsg struct{ authors []string }

// probeOthers lists the other annotators' files in the background (nil
// when the article is not a file).
func (m Model) probeOthers() tea.Cmd {
	probe := m.othersProbe
	if probe == nil {
		return nil
	}
	return func() tea.Msg { return othersFoundMsg{authors: probe()} }
}

// othersFound records who else annotated the article; an idle status line
// that showed the holdings shows them again with the hint ("A bob's tags").
func (m Model) othersFound(msg othersFoundMsg) Model {
	idle := m.message == m.holdings()
	m.sess.SetOthersFound(msg.authors)
	if idle {
		m.message = m.holdings()
	}
	return m
}
