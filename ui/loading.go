package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Loaded is what a background load produced: the reader and its store, or
// why the input could not be opened.
type Loaded struct {
	Reader tea.Model
	Store  *model.Store
	Err    error
}

// Loading is the reader while its input is still being opened (a page
// extracted, a URL fetched, a dump read): the first frame is the reader's
// status line with the input's name and "extracting the article…", drawn
// at once; the load runs in a tea.Cmd off the UI goroutine, and once it
// ends every message goes to the reader it built. Quitting before the load
// ends leaves the load to die with the process.
type Loading struct {
	name   string
	load   func() Loaded
	styles *Styles
	quit   key.Binding // the reader's quit key, from its key map
	back   key.Binding
	size   *tea.WindowSizeMsg
	reader tea.Model

	// Store is the loaded reader's store (nil before, or without one).
	Store *model.Store
	// Err is why the load failed (nil while it runs, or once it succeeded).
	Err error
}

// NewLoading is the loading state for input name: load builds the reader
// and is run in the background; styles draw the status line.
func NewLoading(name string, load func() Loaded, styles *Styles) Loading {
	if styles == nil {
		styles = theme.NewStyles(theme.DarkTheme(), theme.NewRenderer(theme.DarkTheme(), 0))
	}
	keys := DefaultKeyMap()
	return Loading{name: name, load: load, styles: styles, quit: keys.Quit, back: keys.Back}
}

// Init starts the load.
func (m Loading) Init() tea.Cmd {
	load := m.load
	return func() tea.Msg { return load() }
}

// Update forwards to the reader once it exists; before that it waits for
// the load, keeps the window size for the reader, and quits on the quit
// key, esc or a signal.
func (m Loading) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.reader != nil {
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return m, cmd
	}
	switch msg := msg.(type) {
	case Loaded:
		if msg.Err != nil {
			m.Err = msg.Err
			return m, tea.Quit
		}
		m.reader, m.Store = msg.Reader, msg.Store
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
		if msg.Type == tea.KeyCtrlC || key.Matches(msg, m.quit) || key.Matches(msg, m.back) {
			return m, tea.Quit
		}
	case ShutdownMsg:
		return m, tea.Quit
	}
	return m, nil
}

// View is the reader's once loaded; before, an empty page above the
// reader's status line naming the input and what is happening.
func (m Loading) View() string {
	if m.reader != nil {
		return m.reader.View()
	}
	width, height := 80, 24
	if m.size != nil {
		width, height = m.size.Width, m.size.Height
	}
	if width < 1 || height < 1 {
		return ""
	}
	page := theme.PadBlock(nil, width, height-1)
	status := renderStatus(statusInfo{
		Name:       displayName(m.name),
		Message:    "extracting the article…",
		Hints:      []key.Binding{m.quit},
		NoPosition: true,
	}, width, m.styles)
	if height == 1 {
		return status
	}
	return page + "\n" + status
}
