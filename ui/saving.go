package ui

import (
	"context"
	"fmt"
	"time"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/overlay"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/startgc"
	tea "github.com/charmbracelet/bubbletea"
)

// Saving off the key path. After every message the root asks the session
// whether the annotations changed (one revision compare); the first change
// schedules a saveDueMsg after the saver's delay, and that message starts
// a background job whose savedMsg updates the status line. A failed save is
// retried on the next change and on the retry key; quitting flushes and
// asks before leaving unsaved work behind.

// saveDueMsg says the gathered changes are due to be written.
type saveDueMsg struct{}

// savedMsg is the outcome of a background save.
type savedMsg model.SaveState

// takeOverTickMsg asks a reader kept read-only by another annotty's lock to
// try to take the lock over.
type takeOverTickMsg struct{}

// afterMessage schedules a save when the message changed the annotations.
func (m Model) afterMessage(cmd tea.Cmd) tea.Cmd {
	if !m.sess.NoteChange() {
		return cmd
	}
	return tea.Batch(cmd, tea.Tick(m.sess.SaveDelay(), func(time.Time) tea.Msg { return saveDueMsg{} }))
}

// startSave runs the pending save in the background (nil: nothing to save).
func (m Model) startSave() tea.Cmd {
	job := m.sess.StartSave()
	if job == nil {
		return nil
	}
	return func() tea.Msg { return savedMsg(job()) }
}

// retrySave is the retry key: save now, and say what is happening.
func (m Model) retrySave() (Model, tea.Cmd) {
	if why := m.notSaving(); why != "" {
		m.message = why
		return m, nil
	}
	cmd := m.startSave()
	switch {
	case cmd != nil:
		m.message = "saving…"
	case m.sess.SaveState().Err != nil:
		m.message = "nothing new to save; the last save failed: " + m.sess.SaveState().Err.Error()
	default:
		m.message = "everything is saved"
	}
	return m, cmd
}

// saved takes a background save's outcome.
func (m Model) saved(st savedMsg) Model {
	first := !m.sess.SavedOnce()
	m.sess.SaveFinished(model.SaveState(st))
	switch {
	case st.Err == nil && first && m.sess.SavedOnce():
		m.message = withNotice(m.message, "saved to "+m.where())
	case st.Err == nil && m.message == "saving…":
		m.message = "saved"
	}
	return m
}

// saveProblem is the persistent warning while saves fail ("" when they work).
func (m Model) saveProblem() string { return m.sess.SaveProblem(m.keyName(actRetrySave)) }

// takeOverTick is the next take-over attempt, while the lock is held elsewhere.
func (m Model) takeOverTick() tea.Cmd {
	if !m.sess.WaitingForLock() {
		return nil
	}
	return tea.Tick(model.TakeOverInterval, func(time.Time) tea.Msg { return takeOverTickMsg{} })
}

// tryTakeOver takes the lock once the other annotty let it go, and says so.
func (m Model) tryTakeOver() (Model, tea.Cmd) {
	ok, err := m.sess.TryTakeOver()
	switch {
	case err != nil:
		m.message = "could not take over the annotations: " + err.Error()
		return m, nil
	case !ok:
		return m, m.takeOverTick()
	}
	m.notice = ""
	m.message = "the other annotty closed; now editable"
	if m.sess.Pending() != nil { // its saved tags are placed in the background, as at start
		m.reanchor = newReanchorRun()
		m.reanchor.afterTakeOver = true
		m.message += " · placing saved tags…"
		return m, m.startReanchor()
	}
	m = m.addReviewTab()
	m.message += " · " + session.Count(m.sess.Set().Len(), "tag")
	return m, nil
}

// quit saves everything and ends the program; with changes that could not
// be saved it asks first (retry, rescue copy and quit, or stay).
func (m Model) quit() (Model, tea.Cmd) {
	if m.focus == focusNote {
		m = m.commitNote()
	}
	if st := m.sess.Flush(); st.Unsaved && m.sess.Store() != nil {
		m.confirmQuit, m.focus = true, focusArticle
		m.quitAsk = overlay.NewQuitConfirm(quitCause(st))
		return m, nil
	}
	return m.leave()
}

// leave ends the program (the CLI then closes the store and its lock).
func (m Model) leave() (Model, tea.Cmd) {
	if m.analysis != nil {
		m.analysis.cancel()
	}
	if m.reanchor != nil {
		m.reanchor.cancel()
	}
	return m, tea.Quit
}

// quitCause is why the quit question is asked.
func quitCause(st model.SaveState) string {
	if st.Err == nil {
		return "the changes are not on disk yet"
	}
	return "the last save failed: " + session.SaveCause(st.Err)
}

// answerQuit handles the key answering the quit question.
func (m Model) answerQuit(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch m.quitAsk.Update(msg) {
	case overlay.QuitRetry:
		if st := m.sess.Flush(); st.Unsaved {
			m.quitAsk.SetCause("retried at " + time.Now().Format("15:04:05") + "; " + quitCause(st))
			return m, nil
		}
		m.confirmQuit = false
		return m.leave()
	case overlay.QuitRescue:
		m.confirmQuit = false
		m.rescueOnExit = true // the CLI writes the copy after the terminal is restored, and prints where
		return m.leave()
	case overlay.QuitStay:
		m.confirmQuit = false
		m.message = "not quitting"
	}
	return m, nil
}

// RescueWanted reports whether the user chose to quit with a rescue copy of
// unsaved changes (the CLI writes it, prints where, and exits non-zero).
func (m Model) RescueWanted() bool { return m.rescueOnExit }

// RescueWanted is the loaded reader's RescueWanted (false while loading).
func (m Loading) RescueWanted() bool {
	reader, ok := m.reader.(Model)
	return ok && reader.RescueWanted()
}

// reanchorRun is the deferred second step of opening the annotations,
// started after the first frame (as the analysis is).
type reanchorRun struct {
	ctx    context.Context
	cancel context.CancelFunc
	events chan reanchorMsg
	// afterTakeOver: the run places what the other annotty saved.
	afterTakeOver bool
}

// newReanchorRun prepares a run (started by startReanchor).
func newReanchorRun() *reanchorRun {
	ctx, cancel := context.WithCancel(context.Background())
	return &reanchorRun{ctx: ctx, cancel: cancel, events: make(chan reanchorMsg, 1)}
}

// reanchorMsg reports the placing of saved tags: progress, or done.
type reanchorMsg struct {
	Done, Total int
	Finished    bool
	Err         error
}

// startReanchor runs the pending step after the first frame's grace and
// returns the command that delivers its first event (nil: nothing pending).
func (m Model) startReanchor() tea.Cmd {
	p := m.sess.Pending()
	if p == nil || m.reanchor == nil {
		return nil
	}
	r := m.reanchor
	go func() {
		select {
		case <-time.After(firstFrameGrace):
		case <-r.ctx.Done():
		}
		startgc.Resume() // decoding the sidecar makes garbage: collect it from here on
		err := p.Run(r.ctx, func(done, total int) {
			select {
			case r.events <- reanchorMsg{Done: done, Total: total}:
			default: // the UI has not read the last one yet
			}
		})
		r.events <- reanchorMsg{Finished: true, Err: err}
		close(r.events)
	}()
	return waitReanchor(r.events)
}

// waitReanchor waits for the next re-anchoring event.
func waitReanchor(events <-chan reanchorMsg) tea.Cmd {
	return func() tea.Msg {
		ev, ok := <-events
		if !ok {
			return nil
		}
		return ev
	}
}

// reanchored takes a re-anchoring event: progress in the status line, then
// the placed tags into the session (on this goroutine) and the report.
func (m Model) reanchored(ev reanchorMsg) (Model, tea.Cmd) {
	if !ev.Finished {
		if ev.Total > 0 {
			m.message = fmt.Sprintf("placing %s… %d%%", session.Count(ev.Total, "saved tag"), ev.Done*100/ev.Total)
		}
		return m, waitReanchor(m.reanchor.events)
	}
	if ev.Err != nil && ev.Err == context.Canceled {
		return m, nil
	}
	tookOver := m.reanchor.afterTakeOver
	_, _ = m.sess.FinishPending()
	m = m.addReviewTab()
	m.notice = m.startupNotice()
	m.message = withNotice(m.notice, m.holdings())
	if tookOver {
		m.message = "the other annotty closed; now editable · " + m.message
	}
	return m, nil
}
