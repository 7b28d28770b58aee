package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/annotty/annotty/model"
)

// ErrSaveRunning is Save's error while a SaveJob taken by StartSave is not
// finished: finish it first (FinishSave), then save again.
var ErrSaveRunning = errors.New("saving corpus state: a save is still running")

// SaveJob is one save of the corpus state: the documents changed since the
// last save, taken from the corpus by StartSave on the corpus's goroutine.
// Run touches only the file system and what the corpus no longer changes,
// so it may run in a background goroutine (a tea.Cmd) while the user works
// on; hand its SaveResult to FinishSave on the corpus's goroutine. A save
// costs milliseconds for a state of 10,000 documents, most of it the fsync
// of the atomic write.
type SaveJob struct {
	loc    StateLocation
	base   *stateFile // the state last read or written; read, never changed
	onDisk []byte     // base's bytes on disk
	docs   []docChange
	// current and view are set when they changed.
	current *string
	view    *viewState
	stamp   string
	max     int64
}

// docChange is one changed document of a SaveJob.
type docChange struct {
	path  string
	keep  bool // false: the document leaves the state (renamed away, or new and unread again)
	state docState
	// hash is where to read the text's hash from when the entry has none yet.
	hash *docRef
}

// SaveResult is what a SaveJob did, for FinishSave.
type SaveResult struct {
	job SaveJob
	// saved is the state written and data its bytes (nil on failure).
	saved *stateFile
	data  []byte
	// hashes are the hashes Run read, by corpus path.
	hashes map[string]string
	err    error
	// unreadable says err is about the state file on disk (corrupt or unreadable).
	unreadable bool
	// changedOnDisk says another process wrote the file since this one last
	// read or wrote it.
	changedOnDisk bool
}

// Save writes the changed state atomically, merged with the file on disk:
// under a short-lived lock (STATE.lock) it re-reads the file, replaces only
// the documents this corpus changed since its last save (and the current
// document, the view if changed), and writes the result. Another annotty's
// changes to other documents are kept, and are taken into this corpus; for
// a document both changed, the last save wins. A state file that cannot be
// parsed is never overwritten. Save is StartSave, Run and FinishSave in
// the calling goroutine.
func (c *Corpus) Save() error {
	if c.state.saving {
		return ErrSaveRunning
	}
	job, ok := c.StartSave()
	if !ok {
		return c.state.err
	}
	return c.FinishSave(job.Run())
}

// StartSave takes the changes made since the last save into a SaveJob. It
// returns false when there is nothing to save, a save is still running, or
// the state file cannot be saved (StateError). Changes made after it are
// left for the next save.
func (c *Corpus) StartSave() (SaveJob, bool) {
	s := &c.state
	if s.err != nil || s.saving || !c.Dirty() {
		return SaveJob{}, false
	}
	job := SaveJob{loc: s.loc, base: s.loaded, onDisk: s.onDisk, stamp: c.now().UTC().Format(time.RFC3339), max: c.maxBytes}
	for _, path := range slices.Sorted(maps.Keys(s.dirty)) {
		ch := docChange{path: path}
		if e, ok := c.byPath[path]; ok && e.worthSaving() {
			ch.keep, ch.state = true, docState{Status: e.Status, Position: e.Position, SHA256: e.SHA256}
			if e.SHA256 == "" && e.Usable() { // not filled yet: the hash recognises a rename later
				ref := e.ref()
				ch.hash = &ref
			}
		}
		job.docs = append(job.docs, ch)
	}
	if s.currentDirty {
		current := c.current
		job.current = &current
	}
	if s.viewDirty {
		v := newViewState(c.view)
		v.Statuses = slices.Clone(v.Statuses)
		job.view = &v
	}
	s.dirty, s.currentDirty, s.viewDirty, s.saving = map[string]bool{}, false, false, true
	return job, true
}

// Run saves: it takes the lock, re-reads the state file (decoding it only
// when another process wrote it since), writes the job's changes into it
// and replaces the file atomically.
func (j SaveJob) Run() SaveResult {
	r := SaveResult{job: j, hashes: map[string]string{}}
	path := j.loc.Path
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		r.err = fmt.Errorf("saving corpus state: %w", err)
		return r
	}
	lock, err := acquireWaiting(path + ".lock")
	if err != nil {
		r.err = fmt.Errorf("saving corpus state: %w", err)
		return r
	}
	defer lock.Release()
	disk, changed, err := j.reread()
	r.changedOnDisk = changed
	if err != nil {
		r.err, r.unreadable = err, true
		return r
	}
	j.writeInto(disk, r.hashes)
	data, err := disk.marshal()
	if err == nil {
		err = model.WriteFileAtomic(path, data, 0o644)
	}
	if err != nil {
		r.err = fmt.Errorf("saving corpus state: %w", err)
		return r
	}
	r.saved, r.data = disk, data
	return r
}

// reread reads the state file again: a copy of the state the job started
// from when the file has not changed since, else (changed) the file
// decoded afresh.
func (j SaveJob) reread() (f *stateFile, changed bool, err error) {
	data, path, err := readStateBytes(j.loc)
	if err != nil {
		return nil, true, err
	}
	if data != nil && j.onDisk != nil && bytes.Equal(data, j.onDisk) {
		return j.base.clone(), false, nil
	}
	f, err = decodeState(path, data)
	return f, true, err
}

// writeInto writes the job's changes into the state read from disk,
// recording the hashes it read.
func (j SaveJob) writeInto(disk *stateFile, hashes map[string]string) {
	for _, ch := range j.docs {
		if !ch.keep {
			disk.removeDocument(ch.path)
			continue
		}
		d := ch.state
		if ch.hash != nil {
			if doc, err := ch.hash.load(j.max); err == nil {
				d.SHA256 = doc.SHA256()
				hashes[ch.path] = d.SHA256
			}
		}
		d.Updated = j.stamp
		disk.setDocument(ch.path, d)
	}
	if j.current != nil {
		disk.Current = *j.current
	}
	if j.view != nil {
		disk.View = j.view
	}
}

// FinishSave takes a SaveJob's result back into the corpus: on success, the
// hashes it read and what other processes saved meanwhile (for documents
// not changed here since); on failure, the job's changes are pending again,
// for the next save. It returns the job's error.
func (c *Corpus) FinishSave(r SaveResult) error {
	s := &c.state
	s.saving = false
	if r.err != nil {
		if r.unreadable {
			s.err = r.err
		}
		for _, ch := range r.job.docs {
			s.dirty[ch.path] = true
		}
		s.currentDirty = s.currentDirty || r.job.current != nil
		s.viewDirty = s.viewDirty || r.job.view != nil
		return r.err
	}
	for path, sum := range r.hashes {
		if e, ok := c.byPath[path]; ok && e.SHA256 == "" {
			e.SHA256 = sum
		}
	}
	s.loaded, s.onDisk = r.saved, r.data
	if r.changedOnDisk { // else the file held only what this corpus wrote
		c.takeOthers(r.saved)
	}
	return nil
}

// clone copies a state, so that a save changes its copy only.
func (f *stateFile) clone() *stateFile {
	g := *f
	g.Documents = maps.Clone(f.Documents)
	g.order, g.lines = slices.Clone(f.order), slices.Clone(f.lines)
	if f.View != nil {
		v := *f.View
		v.Statuses = slices.Clone(v.Statuses)
		g.View = &v
	}
	return &g
}
