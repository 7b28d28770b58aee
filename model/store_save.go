package model

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// diskState is what the store last read from or wrote to its sidecar: enough
// to tell, with one stat, whether another program has changed it since.
type diskState struct {
	exists bool
	info   fs.FileInfo // nil when unknown
	sum    [sha256.Size]byte
}

// newDiskState describes a sidecar read or written with content data (nil:
// the file did not exist) and FileInfo info.
func newDiskState(data []byte, info fs.FileInfo) diskState {
	if data == nil {
		return diskState{}
	}
	return diskState{exists: true, info: info, sum: sha256.Sum256(data)}
}

// sameVersion reports whether info is the very file version d describes:
// the same inode, size and modification time.
func (d diskState) sameVersion(info fs.FileInfo) bool {
	return d.info != nil && os.SameFile(d.info, info) && d.info.Size() == info.Size() && d.info.ModTime().Equal(info.ModTime())
}

// setSnapshot is the annotations of a set at one revision. Taking one costs
// no copy of the annotations (the set replaces its sorted cache on change),
// so it can be written on another goroutine while the set moves on.
type setSnapshot struct {
	revision    uint64
	doc         *Document
	annotations []Annotation
	rejections  []Rejection
}

// snapshot captures the set now; call it on the set's goroutine.
func (s *Store) snapshot() setSnapshot {
	doc := s.set.Document()
	doc.Runes() // built lazily: build it here, not on the writer's goroutine
	doc.SHA256()
	return setSnapshot{revision: s.set.Revision(), doc: doc, annotations: s.set.sortedView(), rejections: s.set.Rejections()}
}

// needsSave reports whether the set has changes the sidecar lacks (and the
// store may write); call it on the set's goroutine.
func (s *Store) needsSave() bool {
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

// writeSnapshot encodes snap and writes it atomically, unless a newer one
// was written already. Safe on any goroutine; writes run one at a time.
func (s *Store) writeSnapshot(snap setSnapshot) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.mu.Lock()
	readOnly, stale := s.readOnly, snap.revision < s.saved || (snap.revision == s.saved && !s.dirty)
	disk := s.disk
	s.mu.Unlock()
	if readOnly != nil || stale {
		return readOnly
	}
	disk, err := checkUnchangedOnDisk(s.loc.Path, disk)
	if err != nil {
		s.setReadOnly(err)
		return err
	}
	data, err := newAnnotationFileFrom(snap.doc, snap.annotations, snap.rejections, nil).MarshalIndent()
	if err != nil {
		return err
	}
	info, err := writeFileInfo(s.loc.Path, data, 0o644)
	if err != nil {
		s.mu.Lock()
		s.disk = disk // a refreshed stat of the unchanged file
		s.mu.Unlock()
		return fmt.Errorf("saving annotations: %w", err)
	}
	s.mu.Lock()
	s.disk, s.saved, s.dirty = newDiskState(data, info), snap.revision, false
	s.mu.Unlock()
	return nil
}

// checkUnchangedOnDisk checks that the sidecar at path is still the version
// last seen (d): one stat when it is, a read and hash when its stat moved
// (touched, copied back). It returns the refreshed state, or why not to write.
func checkUnchangedOnDisk(path string, d diskState) (diskState, error) {
	info, err := os.Stat(path)
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
	case err == nil && d.exists && sha256.Sum256(data) == d.sum:
		d.info = info
		return d, nil
	}
	if _, derr := DecodeAnnotationFile(data); err == nil && derr != nil {
		return d, &CorruptSidecarError{Path: path, Err: derr}
	}
	return d, fmt.Errorf("%s: %w", path, ErrSidecarChanged)
}
