// Package adjudicate is the adjudication view: it steps through the
// disagreements between annotators one at a time, shows each annotator's
// version side by side, and takes one key per decision (see
// model/adjudicate for the decisions themselves).
package adjudicate

import (
	"fmt"
	"path/filepath"

	"github.com/annotty/annotty/model"
	adj "github.com/annotty/annotty/model/adjudicate"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Model is the adjudication view over a corpus.
type Model struct {
	corpus        *adj.Corpus
	job           int
	keys          KeyMap
	styles        Styles
	width, height int
	status        string
	saveErr       error
	selected      int          // the version e takes (index into the disagreement's versions)
	edit          *EditRequest // set by e: the program quits so the reader can open
	// decided and undone are the articles of this run's decisions, newest
	// last, so u and ctrl+r take back the last decision wherever it was made.
	decided, undone []int
}

// EditRequest asks for the reader on an article's gold sidecar, the cursor
// on the passage just decided (e); the adjudication resumes afterwards.
type EditRequest struct {
	// Job is the article; its Gold store stays open (and locked) for the reader.
	Job *adj.Job
	// Span is the passage, in byte offsets of Job.Doc.Text.
	Span model.Span
}

// New starts on the first article with a disagreement left.
func New(c *adj.Corpus, styles Styles) Model {
	m := Model{corpus: c, keys: DefaultKeyMap(), styles: styles, width: 80, height: 24}
	m.job = m.nextUnfinished(0, +1)
	return m
}

// Init does nothing: everything is loaded before the view starts.
func (m Model) Init() tea.Cmd { return nil }

// Update handles keys and resizes.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// SaveError is the last save's error (nil when everything is on disk).
func (m Model) SaveError() error { return m.saveErr }

// handleKey applies one key.
func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	s := m.current().Session
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Take):
		n := int(msg.Runes[0] - '1')
		authors := s.Plan().Authors
		if n >= len(authors) {
			m.status = fmt.Sprintf("there are %d annotators", len(authors))
			return m, nil
		}
		m.decide(adj.ChooseOne, authors[n])
	case key.Matches(msg, m.keys.All):
		m.decide(adj.ChooseAll, "")
	case key.Matches(msg, m.keys.None):
		m.decide(adj.ChooseNone, "")
	case key.Matches(msg, m.keys.NextVersion):
		m.selectVersion(+1)
	case key.Matches(msg, m.keys.PrevVersion):
		m.selectVersion(-1)
	case key.Matches(msg, m.keys.Edit):
		return m.takeAndEdit()
	case key.Matches(msg, m.keys.Undo):
		m.undoOrRedo(&m.decided, &m.undone, (*adj.Session).Undo)
	case key.Matches(msg, m.keys.Redo):
		m.undoOrRedo(&m.undone, &m.decided, (*adj.Session).Redo)
	case key.Matches(msg, m.keys.NextDoc):
		m.move(+1)
	case key.Matches(msg, m.keys.PrevDoc):
		m.move(-1)
	}
	return m, nil
}

// decide settles the current disagreement, saves, and moves on when the
// article is done.
func (m *Model) decide(choice, author string) {
	job := m.current()
	if _, ok := job.Session.Current(); !ok {
		m.status = "no disagreement left in this article: ] for the next"
		return
	}
	msg, err := job.Session.Decide(choice, author)
	if err != nil {
		m.status = err.Error()
		return
	}
	m.decided, m.undone = append(m.decided, m.job), nil
	m.afterChange(msg, true)
	if _, ok := job.Session.Current(); !ok {
		if next := m.nextUnfinished(m.job, +1); next != m.job {
			m.job = next
			m.status += " · article done, on to " + m.current().Name
		}
	}
}

// undoOrRedo undoes (or redoes) the newest step of from: it goes back to the
// article where that decision was made, applies op there and pushes the
// article onto to. With nothing in from (decisions of an earlier run), op
// applies to the article on screen.
func (m *Model) undoOrRedo(from, to *[]int, op func(*adj.Session) (string, bool)) {
	if n := len(*from); n > 0 {
		m.job = (*from)[n-1]
		*from = (*from)[:n-1]
	}
	msg, ok := op(m.current().Session)
	if ok && len(m.corpus.Jobs) > 1 {
		msg += " in " + m.current().Name
	}
	if ok {
		*to = append(*to, m.job)
	}
	m.afterChange(msg, ok)
}

// afterChange saves after an applied change and sets the status line.
func (m *Model) afterChange(msg string, changed bool) {
	m.status, m.selected = msg, 0
	if !changed {
		return
	}
	if err := m.corpus.Save(m.current()); err != nil {
		m.saveErr = err
		return
	}
	m.saveErr = nil
	m.status += " · saved " + m.goldName()
}

// move goes to the next or previous article (wrapping).
func (m *Model) move(dir int) {
	n := len(m.corpus.Jobs)
	m.job = (m.job + dir + n) % n
	m.status, m.selected = "", 0
}

// nextUnfinished is the first article from `from` (inclusive when searching
// from 0, exclusive otherwise) in direction dir with a disagreement left, or
// `from` when there is none.
func (m Model) nextUnfinished(from, dir int) int {
	n := len(m.corpus.Jobs)
	start := 1
	if from == 0 && dir > 0 {
		start = 0
	}
	for i := start; i <= n; i++ {
		j := ((from+dir*i)%n + n) % n
		if left, _ := m.corpus.Jobs[j].Session.Progress(); left > 0 {
			return j
		}
	}
	return from
}

// current is the article on screen.
func (m Model) current() *adj.Job { return m.corpus.Jobs[m.job] }

// goldName is the gold sidecar's file name, for messages.
func (m Model) goldName() string {
	return filepath.Base(m.corpus.Jobs[m.job].Gold.Path())
}
