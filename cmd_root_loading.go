package main

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/input"
	"github.com/annotty/annotty/ui"
	tea "github.com/charmbracelet/bubbletea"
)

// loadedReader is what a background load produced: the reader and its
// store, or why the input could not be opened.
type loadedReader struct {
	reader tea.Model
	store  *model.Store
	err    error
}

// loadingModel shows the input's name and "extracting…" at once, runs the
// slow load (extracting a page, fetching a URL, reading a dump) in a
// tea.Cmd off the UI goroutine, then hands every message to the reader it
// built. Quitting before the load ends leaves the load to die with the process.
//
// It lives in package main until the reader has its own loading state: the
// reader (ui) then only needs a Document and calls no loader itself.
type loadingModel struct {
	name   string
	load   func() loadedReader
	size   *tea.WindowSizeMsg
	reader tea.Model
	store  *model.Store
	err    error
}

// needsBackgroundLoad reports whether opening arg may take longer than a
// frame: pages, URLs and dumps. Text, Markdown, samples and standard input
// open before the first frame, as they always did.
func needsBackgroundLoad(arg string) bool {
	if model.IsURL(arg) {
		return true
	}
	if _, _, ok := dumpRecordArg(arg); ok {
		return true
	}
	k := input.KindOf(arg)
	return arg != "-" && (k == input.KindHTML || k == input.KindJSONL)
}

// Init starts the load.
func (m loadingModel) Init() tea.Cmd {
	load := m.load
	return func() tea.Msg { return load() }
}

// Update forwards to the reader once it exists; before that it waits for
// the load, keeps the window size for the reader, and quits on ctrl+c, q or a signal.
func (m loadingModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.reader != nil {
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return m, cmd
	}
	switch msg := msg.(type) {
	case loadedReader:
		if msg.err != nil {
			m.err = msg.err
			return m, tea.Quit
		}
		m.reader, m.store = msg.reader, msg.store
		cmds := []tea.Cmd{m.reader.Init()}
		if m.size != nil {
			var cmd tea.Cmd
			m.reader, cmd = m.reader.Update(*m.size)
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	case tea.WindowSizeMsg:
		m.size = &msg
	case tea.KeyMsg:
		if s := msg.String(); s == "ctrl+c" || s == "q" || s == "esc" {
			return m, tea.Quit
		}
	case ui.ShutdownMsg:
		return m, tea.Quit
	}
	return m, nil
}

// View is the reader's once loaded; before, the name and a status line.
func (m loadingModel) View() string {
	if m.reader != nil {
		return m.reader.View()
	}
	return ui.Sanitize(m.name) + "\n\nextracting the article… (q quits)"
}
