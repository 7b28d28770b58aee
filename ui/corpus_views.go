package ui

import (
	"context"
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui/corpusview"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// corpusScreen says which corpus view covers the reader.
type corpusScreen int

const (
	screenReader   corpusScreen = iota // the open document
	screenReport                       // who is quoted
	screenSpeakers                     // every speaker across the corpus
)

// corpusViews are the full-screen corpus views and the report they share
// (built once per opening, in the background).
type corpusViews struct {
	screen        corpusScreen
	report        corpusview.Report
	speakers      corpusview.Speakers
	built         *corpus.Report
	building      bool
	cancel        context.CancelFunc
	width, height int
}

// reportMsg delivers the report built in the background.
type reportMsg struct {
	report *corpus.Report
	err    error
}

// speakerQuotesMsg delivers a speaker's quotes.
type speakerQuotesMsg struct {
	speaker *corpus.SpeakerRow
	quotes  []corpusview.Quote
}

// open reports whether a corpus view covers the reader.
func (v *corpusViews) open() bool { return v.screen != screenReader }

// setSize keeps the terminal's size (the last line is the status line).
func (v *corpusViews) setSize(width, height int) { v.width, v.height = width, max(height-1, 1) }

// setReport hands the finished report to both views.
func (v *corpusViews) setReport(msg reportMsg) {
	v.building = false
	if msg.err == nil {
		v.built = msg.report
	}
	v.report.SetReport(msg.report, msg.err)
	v.speakers.SetReport(msg.report, msg.err)
}

// setQuotes hands a speaker's quotes to the Speakers view.
func (v *corpusViews) setQuotes(msg speakerQuotesMsg) { v.speakers.SetQuotes(msg.speaker, msg.quotes) }

// view draws the open corpus view above the status line.
func (v *corpusViews) view(styles *Styles, progress, backKey string) string {
	var body, title string
	switch v.screen {
	case screenReport:
		body, title = v.report.View(v.width, v.height, styles), "report"
	default:
		body, title = v.speakers.View(v.width, v.height, true, styles), "speakers"
	}
	status := renderStatus(statusInfo{Name: title, Mode: progress, Message: backKey + " back to the article"}, v.width, styles)
	return body + "\n" + status
}

// openView opens the report or the Speakers view, building the report in
// the background the first time (the open document's work saved first,
// so it counts).
func (m CorpusModel) openView(act action) (tea.Model, tea.Cmd) {
	if m.opts.Report == nil {
		m.doc.message = "the report is not available here"
		return m, nil
	}
	m.views.screen = screenReport
	if act == actCorpusSpeakers {
		m.views.screen = screenSpeakers
	}
	if m.views.built != nil || m.views.building {
		return m, nil
	}
	m.doc = m.doc.flushAnnotations()
	m.views.report, m.views.speakers = corpusview.NewReport(), corpusview.NewSpeakers(m.doc.keyName(actSelect), m.doc.keyName(actBack))
	m.views.building = true
	ctx, cancel := context.WithCancel(context.Background())
	m.views.cancel = cancel
	c, analyze := m.c, m.opts.Report
	return m, func() tea.Msg {
		r, err := c.BuildReport(ctx, analyze, nil, nil)
		return reportMsg{report: r, err: err}
	}
}

// viewKey handles a key while a corpus view is open: esc goes back (a
// speaker's quotes to the speaker list, else to the article), the quit key
// quits, the reading keys move.
func (m CorpusModel) viewKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	keys := m.doc.keys
	switch {
	case msg.Type == tea.KeyCtrlC, key.Matches(msg, keys.Quit):
		return m, m.forward(msg)
	case key.Matches(msg, keys.Back):
		if m.views.screen == screenSpeakers && m.views.speakers.Back() {
			return m, nil
		}
		m.views.screen = screenReader
		return m, nil
	case key.Matches(msg, keys.Report):
		m.views.screen = screenReport
		return m, nil
	case key.Matches(msg, keys.CorpusSpeakers):
		m.views.screen = screenSpeakers
		return m, nil
	}
	if m.views.screen == screenReport {
		m.views.report.Update(msg, keys.SideKeys(), m.views.height)
		return m, nil
	}
	return m, m.views.speakers.Update(msg, keys.SideKeys())
}

// listQuotes finds a speaker's quotes in their articles, in the background.
func (m CorpusModel) listQuotes(sp *corpus.SpeakerRow) tea.Cmd {
	var entries []*corpus.Entry
	for _, a := range sp.Articles {
		if e, ok := m.c.Entry(a.Path); ok && e.Usable() {
			entries = append(entries, e)
		}
	}
	c, analyze := m.c, m.opts.Report
	want := strings.ToLower(strings.Join(strings.Fields(sp.Name), " "))
	if sp.Unattributed {
		want = ""
	}
	return func() tea.Msg {
		var quotes []corpusview.Quote
		for _, e := range entries {
			doc, err := c.Load(e)
			if err != nil {
				continue
			}
			set, _, _, err := model.ReadAnnotations(doc, model.StoreOptions{})
			if err != nil {
				set = model.NewAnnotationSet(doc, model.SetOptions{})
			}
			for _, q := range corpus.DocumentQuotes(doc, set, analyze(doc)) {
				if strings.ToLower(strings.Join(strings.Fields(q.Speaker), " ")) == want {
					quotes = append(quotes, corpusview.Quote{Path: e.Path, Offset: q.Span.Start, Text: q.Text})
				}
			}
		}
		return speakerQuotesMsg{speaker: sp, quotes: quotes}
	}
}

// openQuote opens the quote's document at the quote.
func (m CorpusModel) openQuote(q corpusview.Quote) (tea.Model, tea.Cmd) {
	e, err := m.c.Select(q.Path)
	if err != nil {
		m.doc.message = err.Error()
		m.views.screen = screenReader
		return m, nil
	}
	next, cmd := m.switchTo(e, true)
	nm := next.(CorpusModel)
	nm.views.screen = screenReader
	if nm.entry.Path == q.Path {
		nm.doc.article.JumpTo(q.Offset)
		nm.doc = nm.doc.cursorTo(q.Offset)
		nm.doc.side.Follow(nm.doc.article.TopOffset())
		nm.doc.message = fmt.Sprintf("%s · quote at ¶ %d", theme.Sanitize(q.Path), nm.doc.doc.ParagraphAt(q.Offset)+1)
	}
	return nm, cmd
}
