package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/annotty/annotty/model/corpus"
	tea "github.com/charmbracelet/bubbletea"
)

// scanBatch is how long one background scan command works before it
// reports, so the progress bar and the Documents tab move while it runs.
const scanBatch = 60 * time.Millisecond

// scanStartDelay lets the first frame (and the open document's first
// analysis step) go out before the scan competes for the CPU.
const scanStartDelay = 60 * time.Millisecond

// scanState is the background scan of the corpus: the fill jobs left, how
// many there were, whether it runs.
type scanState struct {
	jobs    []corpus.FillJob
	total   int
	running bool
	held    *scanMsg // a batch waiting while the report reads the corpus
}

// scanMsg delivers the facts one scan batch found, and the jobs left.
type scanMsg struct {
	facts []corpus.Facts
	rest  []corpus.FillJob
}

// startScan begins filling the corpus (sizes, hashes, tag and quote counts,
// problems) in the background, after the first frame.
func (m *CorpusModel) startScan() tea.Cmd {
	jobs := m.c.FillJobs()
	if len(jobs) == 0 {
		return nil
	}
	m.scan = scanState{jobs: jobs, total: len(jobs), running: true}
	*m = m.refreshLine()
	count := m.opts.Count
	return func() tea.Msg {
		time.Sleep(scanStartDelay)
		return runScanBatch(jobs, count)
	}
}

// runScanBatch runs fill jobs for about scanBatch; it touches only the file
// system, so it runs in a command.
func runScanBatch(jobs []corpus.FillJob, count corpus.AnalyzeFunc) scanMsg {
	start := time.Now()
	var facts []corpus.Facts
	for len(jobs) > 0 && (len(facts) == 0 || time.Since(start) < scanBatch) {
		facts = append(facts, jobs[0].Run(count))
		jobs = jobs[1:]
	}
	return scanMsg{facts: facts, rest: jobs}
}

// scanned applies a batch's facts to the corpus and starts the next batch.
func (m CorpusModel) scanned(msg scanMsg) (tea.Model, tea.Cmd) {
	if m.views.building { // the report reads the entries: apply after it
		m.scan.held = &msg
		return m, nil
	}
	for _, f := range msg.facts {
		m.c.Apply(f)
	}
	m.scan.jobs = msg.rest
	if len(msg.rest) == 0 {
		m.scan.running = false
		m = m.refreshLine()
		return m, func() tea.Msg { return corpusSavedMsg{} } // renamed files found by their hash
	}
	m = m.refreshLine()
	rest, count := msg.rest, m.opts.Count
	return m, func() tea.Msg { return runScanBatch(rest, count) }
}

// progressBarWidth is the scan bar's width in cells.
const progressBarWidth = 10

// line is the status line's corpus part: "done 12 / 340 · 3%", and while
// the corpus is first scanned a bar with the share scanned.
func (s scanState) line(p corpus.Progress) string {
	line := p.String()
	if !s.running || s.total == 0 {
		return line
	}
	done := s.total - len(s.jobs)
	filled := done * progressBarWidth / s.total
	bar := strings.Repeat("█", filled) + strings.Repeat("░", progressBarWidth-filled)
	return line + fmt.Sprintf(" · scan %s %d/%d", bar, done, s.total)
}
