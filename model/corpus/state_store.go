package corpus

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/annotty/annotty/model"
)

// lockWait is how long Save waits for another annotty's save of the same
// corpus state to finish (each holds the lock for a few milliseconds).
const lockWait = 3 * time.Second

// stateStore is the corpus state on disk and what changed since it was read.
type stateStore struct {
	loc    StateLocation
	loaded *stateFile
	// onDisk is the file's content that loaded was read from or written as
	// (nil when unknown): Save re-reads the file and decodes it only when it
	// differs, that is when another annotty saved meanwhile.
	onDisk []byte
	// err is why the state cannot be saved (a corrupt file), or nil.
	err error
	// dirty holds the corpus paths whose state changed since the last save.
	dirty                   map[string]bool
	currentDirty, viewDirty bool
	// saving is set while a SaveJob taken by StartSave is not finished.
	saving bool
}

// openStateStore finds and reads the state of a corpus rooted at root
// (annotator's own, with one).
func openStateStore(root, override, annotator string) (stateStore, error) {
	s := stateStore{dirty: map[string]bool{}}
	if override != "" {
		s.loc = StateLocation{Path: override, Reason: StateReasonFlag}
	} else {
		loc, err := StateLocationFor(root, annotator)
		if err != nil {
			return s, err
		}
		s.loc = loc
	}
	data, path, err := readStateBytes(s.loc)
	var f *stateFile
	if err == nil {
		f, err = decodeState(path, data)
	}
	if err != nil {
		s.err, f, data = err, newStateFile(), nil
	}
	s.loaded, s.onDisk = f, data
	return s, nil
}

// applyState copies saved statuses and positions onto the listed entries and,
// for a folder, lists the saved documents whose file is gone as missing.
func (c *Corpus) applyState(f *stateFile) {
	for path, d := range f.Documents {
		if e, ok := c.byPath[path]; ok {
			e.Status, e.Position, e.SHA256 = d.Status, d.Position, d.SHA256
			continue
		}
		if !c.dir || filepath.IsAbs(path) {
			continue // files or a list: documents not named this time are not missing
		}
		abs := c.absPath(path)
		if exists(abs) {
			continue // still there but no longer listed (hidden, another kind)
		}
		e := &Entry{Path: path, Abs: abs, Status: d.Status, Position: d.Position, SHA256: d.SHA256, Missing: true, Filled: true}
		e.Kind, _ = c.kinds.Of(abs)
		c.entries = append(c.entries, e)
		c.byPath[path] = e
		if d.SHA256 != "" {
			c.byHash[d.SHA256] = e
		}
	}
	byPath := func(a, b *Entry) int { return strings.Compare(a.Path, b.Path) }
	if c.dir && !slices.IsSortedFunc(c.entries, byPath) { // (sorting 100,000 sorted entries costs more than checking)
		slices.SortFunc(c.entries, byPath)
	}
	if _, ok := c.byPath[f.Current]; ok {
		c.current = f.Current
	}
	if f.View != nil {
		c.view = f.View.view()
	}
}

// StateLocation returns where the corpus state is kept and why.
func (c *Corpus) StateLocation() StateLocation { return c.state.loc }

// StateError returns why the corpus state cannot be saved (its file is
// corrupt or unreadable and is left untouched), or nil.
func (c *Corpus) StateError() error { return c.state.err }

// Dirty reports whether there are changes not yet written: changes no
// save has taken, or a save still running.
func (c *Corpus) Dirty() bool {
	return len(c.state.dirty) > 0 || c.state.currentDirty || c.state.viewDirty || c.state.saving
}

// touch records that an entry's state changed.
func (c *Corpus) touch(path string) { c.state.dirty[path] = true }

// worthSaving reports whether an entry's state says more than "new, unread":
// only such documents are kept in the state file, so it grows with the work
// done, not with the corpus.
func (e *Entry) worthSaving() bool {
	return e.Status != StatusNew || e.Position != (Position{})
}

// takeOthers copies into unchanged entries what another annotty saved.
func (c *Corpus) takeOthers(disk *stateFile) {
	changed := false
	for path, d := range disk.Documents {
		e, ok := c.byPath[path]
		if !ok || c.state.dirty[path] {
			continue
		}
		if e.Status != d.Status || e.Position != d.Position {
			e.Status, e.Position = d.Status, d.Position
			changed = true
		}
	}
	if changed {
		c.refreshView()
	}
}

// acquireWaiting takes a lock file, waiting up to lockWait while another
// live process holds it.
func acquireWaiting(path string) (*model.Lock, error) {
	deadline := time.Now().Add(lockWait)
	for {
		lock, err := model.AcquireLock(path)
		if err == nil || !errors.Is(err, model.ErrLocked) || time.Now().After(deadline) {
			return lock, err
		}
		time.Sleep(5 * time.Millisecond)
	}
}
