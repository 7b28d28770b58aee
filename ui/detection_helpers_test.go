package ui

import (
	"io"
	"testing"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// analyzed returns a reader for doc laid out in width x height cells with
// the detectors' analysis delivered, as if the background run had finished.
func analyzed(t testing.TB, doc *model.Document, width, height int) Model {
	t.Helper()
	m := New(doc, Options{Styles: plainStyles(), Analyze: annotate.AnalyzeContext})
	next, _ := m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	m = next.(Model)
	// Init is not called: the test delivers the analysis itself.
	return deliver(t, m, AnalysisDoneMsg{Analysis: annotate.Analyze(doc)})
}

// themedStyles are theme's styles as the terminal would show them: 256
// colours, or plain ANSI attributes for the colourless theme.
func themedStyles(th Theme) *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	if th.Name == "none" {
		r.SetColorProfile(termenv.ANSI)
	}
	r.SetHasDarkBackground(th.Dark)
	return theme.NewStyles(th, r)
}

// readerWith returns a reader for doc in a width x height terminal that has
// received analysis a, as if the background analysis had just finished.
func readerWith(t testing.TB, doc *model.Document, a *model.Analysis, width, height int) Model {
	t.Helper()
	m := sized(doc, width, height)
	return deliver(t, m, AnalysisDoneMsg{Analysis: a})
}

// detectionsFor is the detection layer of a new session on doc that has
// received analysis a (nil: none yet).
func detectionsFor(doc *model.Document, a *model.Analysis, styles *Styles, enabled bool) *layers.Detections {
	sess := session.New(doc, session.Options{AnalysisWanted: enabled})
	d := layers.NewDetections(sess, styles)
	if a != nil {
		sess.SetAnalysis(a, nil)
		d.SetAnalysis()
	}
	return d
}

// testBindings is the default key map's binding table.
func testBindings() bindingTable {
	k := DefaultKeyMap()
	return newBindingTable(&k)
}
