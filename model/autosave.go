package model

import (
	"sync"
	"time"
)

// DefaultAutosaveDelay is how long an Autosaver lets changes gather before
// writing them: short enough that a crash loses at most a moment's work,
// long enough that a burst of keys costs one write.
const DefaultAutosaveDelay = 200 * time.Millisecond

// SaveState is what the status line must show about saving.
type SaveState struct {
	// Unsaved is true while the set has changes not yet on disk.
	Unsaved bool
	// Saving is true while a write is in flight.
	Saving bool
	// Err is why the last save failed (nil once a save succeeds). While it
	// is set the failure must stay visible, and quitting must ask first.
	Err error
	// FailedSince is when saves started failing (zero when Err is nil).
	FailedSince time.Time
	// SavedAt is when the last save succeeded (zero before the first).
	SavedAt time.Time
}

// Autosaver saves a Store's annotations off the key path: a change costs one
// flag (Changed), the write of a snapshot runs on another goroutine (the job
// Start returns), and Flush writes synchronously before quitting. Changed,
// Start, Flush and State belong to the set's goroutine; jobs run anywhere.
//
// The UI's loop: after a change, if Changed() returns true, schedule a
// save after Delay(); when it is due, run the job Start() returns in the
// background and repaint with State() when it ends; on quit, Flush and ask
// before leaving if State().Unsaved (offering Store.WriteRescueCopy).
type Autosaver struct {
	store *Store
	delay time.Duration

	mu        sync.Mutex
	scheduled bool
	saving    int
	reported  uint64         // revision of the newest snapshot whose outcome is in state
	reportSet *AnnotationSet // the set reported is a revision of (TryTakeOver replaces it)
	state     SaveState
}

// NewAutosaver returns an Autosaver for store that gathers changes for
// delay (DefaultAutosaveDelay when 0).
func NewAutosaver(store *Store, delay time.Duration) *Autosaver {
	if delay <= 0 {
		delay = DefaultAutosaveDelay
	}
	return &Autosaver{store: store, delay: delay}
}

// Delay is how long after a change the caller should call Start.
func (a *Autosaver) Delay() time.Duration { return a.delay }

// Changed records that the set changed. It costs O(1), whatever the number of
// annotations. It returns true when no save is scheduled yet: the caller
// then schedules Start after Delay (a failed save is retried the same way).
func (a *Autosaver) Changed() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.scheduled {
		return false
	}
	a.scheduled = true
	return true
}

// Start hands the changes since the last save to the writer (time
// proportional to the changes) and returns the job that applies them to the
// writer's copy and writes it, to run on any goroutine; nil when nothing
// needs saving.
// Calling it on a key is the "retry now" of a failed save.
func (a *Autosaver) Start() func() SaveState {
	a.mu.Lock()
	a.scheduled = false
	a.followSet()
	a.mu.Unlock()
	if !a.store.needsSave() {
		return nil
	}
	rev := a.store.set.Revision()
	a.store.handOver()
	a.mu.Lock()
	a.saving++
	a.mu.Unlock()
	return func() SaveState {
		err := withOwnProcessor(a.store.writePending) // never the processor a key waits for (save_processor.go)
		a.finish(rev, err, true)
		return a.snapshotState()
	}
}

// Flush writes pending changes now, on the caller's goroutine, after any
// write in flight, and returns the outcome. Call it before quitting.
func (a *Autosaver) Flush() SaveState {
	a.mu.Lock()
	a.followSet()
	a.mu.Unlock()
	if a.store.needsSave() {
		rev := a.store.set.Revision()
		a.store.handOver()
		a.finish(rev, a.store.writePending(), false)
	} else if err := a.store.ReadOnly(); err != nil {
		a.finish(a.store.set.Revision(), err, false)
	}
	return a.State()
}

// followSet restarts the revision order when the store's set was replaced
// (a take-over reloads it, and its revisions start again); a.mu is held.
func (a *Autosaver) followSet() {
	if a.reportSet != a.store.set {
		a.reportSet, a.reported = a.store.set, 0
	}
}

// finish records the outcome of writing the snapshot at revision rev; an
// outcome older than one already recorded is dropped.
func (a *Autosaver) finish(rev uint64, err error, job bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if job {
		a.saving--
	}
	if rev < a.reported {
		return
	}
	a.reported = rev
	if err != nil {
		if a.state.Err == nil {
			a.state.FailedSince = time.Now()
		}
		a.state.Err = err
		return
	}
	a.state.Err, a.state.FailedSince, a.state.SavedAt = nil, time.Time{}, time.Now()
}

// snapshotState is the state without Unsaved (which needs the set's goroutine).
func (a *Autosaver) snapshotState() SaveState {
	a.mu.Lock()
	defer a.mu.Unlock()
	st := a.state
	st.Saving = a.saving > 0
	return st
}

// State reports what the status line must say; call it on the set's goroutine.
func (a *Autosaver) State() SaveState {
	st := a.snapshotState()
	s := a.store
	s.mu.Lock()
	st.Unsaved = s.set.Revision() != s.saved || s.dirty
	s.mu.Unlock()
	if st.Unsaved && st.Err == nil {
		st.Err = a.store.ReadOnly()
	}
	return st
}
