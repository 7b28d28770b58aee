package adjudicate

import (
	"fmt"

	adj "github.com/annotty/annotty/model/adjudicate"
	tea "github.com/charmbracelet/bubbletea"
)

// selectVersion moves the selection (what e takes) between the current
// disagreement's versions, wrapping.
func (m *Model) selectVersion(dir int) {
	d, ok := m.current().Session.Current()
	if !ok || len(d.Versions) == 0 {
		return
	}
	n := len(d.Versions)
	m.selected = ((m.selected+dir)%n + n) % n
	m.status = fmt.Sprintf("selected %s's version: e takes it and opens the reader", d.Versions[m.selected].Author)
}

// takeAndEdit takes the selected version into gold (saved at once, as any
// decision) and quits the program with an EditRequest, so the caller can
// open the reader on the gold sidecar at that passage and come back.
func (m Model) takeAndEdit() (tea.Model, tea.Cmd) {
	job := m.current()
	d, ok := job.Session.Current()
	if !ok {
		m.status = "no disagreement left in this article: ] for the next"
		return m, nil
	}
	author := d.Versions[min(m.selected, len(d.Versions)-1)].Author
	m.decide(adj.ChooseOne, author)
	if m.saveErr != nil || !decided(job, d.ID) {
		return m, nil // not taken or not saved: stay, the status says why
	}
	m.edit = &EditRequest{Job: job, Span: d.Span}
	return m, tea.Quit
}

// decided reports whether the disagreement id has a decision in job.
func decided(job *adj.Job, id string) bool {
	for _, dec := range job.Session.State().Decisions {
		if dec.ID == id {
			return true
		}
	}
	return false
}

// EditRequested is the edit e asked for (ok false when the user quit).
func (m Model) EditRequested() (EditRequest, bool) {
	if m.edit == nil {
		return EditRequest{}, false
	}
	return *m.edit, true
}

// Resume is the view again after the reader closed: the same article (the
// next one when it is done), with status saying how the edit went.
func (m Model) Resume(status string) Model {
	if m.edit != nil {
		for i, j := range m.corpus.Jobs {
			if j == m.edit.Job {
				m.job = i
			}
		}
		if left, _ := m.current().Session.Progress(); left == 0 {
			m.job = m.nextUnfinished(m.job, +1)
		}
	}
	m.edit, m.selected, m.status = nil, 0, status
	return m
}
