package model

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// diskState is what the store last read from or wrote to its sidecar: enough
// to tell, with one stat, whether another program has changed it since.
type diskState struct {
	exists bool
	info   fs.FileInfo // nil when unknown
	sum    *contentSum
}

// newDiskState describes a sidecar read or written with content data (nil:
// the file did not exist) and FileInfo info, hashing data now.
func newDiskState(data []byte, info fs.FileInfo) diskState {
	d := newLazyDiskState(data, info)
	if d.sum != nil {
		d.sum.get()
	}
	return d
}

// newLazyDiskState is newDiskState that hashes data on first use (keeping
// it until then): the sidecar read at open is hashed after the first frame.
func newLazyDiskState(data []byte, info fs.FileInfo) diskState {
	if data == nil {
		return diskState{}
	}
	return diskState{exists: true, info: info, sum: &contentSum{data: data}}
}

// contentSum is the SHA-256 of a file's content, computed once, on first
// use, on any goroutine; the content is dropped once hashed.
type contentSum struct {
	once sync.Once
	data []byte
	sum  [sha256.Size]byte
}

// get returns the hash, computing it on the first call.
func (c *contentSum) get() [sha256.Size]byte {
	c.once.Do(func() { c.sum, c.data = sha256.Sum256(c.data), nil })
	return c.sum
}

// sameVersion reports whether info is the very file version d describes:
// the same inode, size and modification time.
func (d diskState) sameVersion(info fs.FileInfo) bool {
	return d.info != nil && os.SameFile(d.info, info) && d.info.Size() == info.Size() && d.info.ModTime().Equal(info.ModTime())
}

// pendingChanges is what the set's goroutine hands to the writer: the
// annotation changes since the last hand-over, the rejections and the
// revision and size of the set after them. Handing over costs time
// proportional to the changes, never to the size of the set.
type pendingChanges struct {
	revision   uint64
	count      int
	ops        []annotationOp
	rejections []Rejection
}

// errOutOfStep means the writer's copy no longer matches the set (a change
// bypassed the journal); the next hand-over resends the whole set.
var errOutOfStep = errors.New("annotations changed in a way the saver did not see; saving them in full next time")

// startWriterCopy gives the writer a full copy of the set and turns the
// set's journal on; call it on the set's goroutine whenever the set is
// (re)loaded. It costs one copy of the map, at open. The document's rune
// index and SHA-256, which every save needs, are not built here: the first
// save (or whoever needs them first) builds them off the start path.
func (s *Store) startWriterCopy() {
	doc := s.set.Document()
	base := s.set.startJournal()
	s.writeMu.Lock()
	s.copy = &writerCopy{doc: doc, sorted: base, rejections: s.set.Rejections(), revision: s.set.Revision(), records: recordCache{}}
	s.writeMu.Unlock()
	s.mu.Lock()
	s.handedOver, s.resync = nil, false
	s.mu.Unlock()
}

// handOver queues the set's changes since the last hand-over for the writer;
// call it on the set's goroutine.
func (s *Store) handOver() {
	s.mu.Lock()
	resync := s.resync || s.copy == nil
	s.mu.Unlock()
	if resync {
		s.startWriterCopy()
		return
	}
	p := pendingChanges{revision: s.set.Revision(), count: s.set.Len(), ops: s.set.takeJournal(), rejections: s.set.Rejections()}
	s.mu.Lock()
	s.handedOver = append(s.handedOver, p)
	s.mu.Unlock()
}

// needsSave reports whether the set has changes the sidecar lacks (and the
// store may write); call it on the set's goroutine. Deferred re-anchoring
// is finished first (waiting for it if it still runs): a save must never
// write a file without the annotations not yet placed.
func (s *Store) needsSave() bool {
	if s.pending != nil {
		if _, err := s.FinishReanchor(); err != nil {
			return false // the file could not be decoded: read-only, never overwritten
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readOnly == nil && (s.set.Revision() != s.saved || s.dirty)
}

// savedRevision returns the set revision last written to disk.
func (s *Store) savedRevision() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saved
}

// writePending brings the writer's copy up to date with every change handed
// over so far and writes it atomically, unless that revision is on disk
// already. Safe on any goroutine; writes run one at a time, in order.
func (s *Store) writePending() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.mu.Lock()
	pending := s.handedOver
	s.handedOver = nil
	readOnly, disk := s.readOnly, s.disk
	s.mu.Unlock()
	c := s.copy
	if c == nil {
		return readOnly
	}
	for _, p := range pending {
		inStep := c.apply(p.ops)
		c.records.forget(p.ops)
		c.rejections, c.revision = p.rejections, p.revision
		if !inStep || len(c.sorted) != p.count {
			s.mu.Lock()
			s.resync = true
			s.mu.Unlock()
			return errOutOfStep
		}
	}
	s.mu.Lock()
	stale := c.revision < s.saved || (c.revision == s.saved && !s.dirty)
	s.mu.Unlock()
	if readOnly != nil || stale {
		return readOnly
	}
	disk, err := checkUnchangedOnDisk(s.loc.Path, disk)
	if errors.Is(err, errFolderGone) {
		return err // a failed save like any other: retried, and checked again then
	}
	if err != nil {
		s.setReadOnly(err)
		return err
	}
	sum := sha256.New()
	info, err := writeFileFunc(s.loc.Path, 0o644, func(w io.Writer) error {
		// Streamed through a buffer and hashed on the way: a 60 MB sidecar
		// is never held in memory whole.
		out := bufio.NewWriterSize(io.MultiWriter(w, sum), 256<<10)
		if err := writeSidecar(out, c.doc, c.sorted, c.rejections, c.records); err != nil {
			return err
		}
		return out.Flush()
	})
	s.mu.Lock()
	defer s.mu.Unlock()
	if errors.Is(err, errEncoding) {
		return err
	}
	if err != nil {
		s.disk = disk // a refreshed stat of the unchanged file
		return fmt.Errorf("saving annotations: %w", err)
	}
	s.disk, s.saved, s.dirty = writtenDiskState(sum, info), c.revision, false
	return nil
}

// writtenDiskState describes a sidecar just written, whose content hashed
// to sum, with FileInfo info.
func writtenDiskState(sum hash.Hash, info fs.FileInfo) diskState {
	c := &contentSum{}
	c.once.Do(func() { sum.Sum(c.sum[:0]) })
	return diskState{exists: true, info: info, sum: c}
}

// errFolderGone means the sidecar's folder disappeared (a drive unplugged,
// a share unmounted): not another program's change, so the store stays
// writable and the save is retried until the folder is back.
var errFolderGone = errors.New("the annotations folder is gone")

// checkUnchangedOnDisk checks that the sidecar at path is still the version
// last seen (d): one stat when it is, a read and hash when its stat moved
// (touched, copied back). It returns the refreshed state, or why not to write.
func checkUnchangedOnDisk(path string, d diskState) (diskState, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) && d.exists {
		if _, derr := os.Stat(filepath.Dir(path)); derr != nil { // unplugged, unmounted, moved away
			return d, fmt.Errorf("saving annotations: %w: %v", errFolderGone, derr)
		}
	}
	switch {
	case errors.Is(err, fs.ErrNotExist) && !d.exists:
		return d, nil
	case err == nil && d.exists && d.sameVersion(info):
		return d, nil
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return d, sidecarReadError(path, err)
	}
	data, info, err := readSidecarFile(path)
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return d, sidecarReadError(path, err)
	case err == nil && d.exists && sha256.Sum256(data) == d.sum.get():
		d.info = info
		return d, nil
	}
	if _, derr := DecodeAnnotationFile(data); err == nil && derr != nil {
		return d, &CorruptSidecarError{Path: path, Err: derr}
	}
	return d, fmt.Errorf("%s: %w", path, ErrSidecarChanged)
}

// UnsavedChanges reports whether the user changed the annotations since the
// last successful save (re-anchoring alone does not count); call it on the
// set's goroutine. After Close it says whether work would be lost.
func (s *Store) UnsavedChanges() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.set.Revision() != s.saved
}
