package model

import (
	"errors"
	"time"
)

// TakeOverInterval is how often a read-only reader should call TryTakeOver:
// trying costs an open and a non-blocking lock.
const TakeOverInterval = time.Second

// TryTakeOver makes a store that opened read-only because another annotty
// held the lock writable once that lock is free: it takes the lock, re-reads
// the sidecar (the other instance's last save) and restores the set from it.
// It returns true when the store is now writable. The set is replaced:
// callers must fetch Set() (and Report()) again. It does nothing (false, nil)
// while the lock is still held or when the store is read-only for another
// reason. Call it on the set's goroutine, e.g. every TakeOverInterval.
func (s *Store) TryTakeOver() (bool, error) {
	err := s.ReadOnly()
	if !errors.Is(err, ErrLocked) || s.lock != nil {
		return false, nil
	}
	lock, err := AcquireLock(s.lockPath())
	if errors.Is(err, ErrLocked) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	s.lock = lock
	doc := s.set.Document()
	s.mu.Lock()
	s.readOnly, s.saved, s.dirty, s.disk = nil, 0, false, diskState{}
	s.mu.Unlock()
	s.set, s.report = NewAnnotationSet(doc, s.setOpts), ReanchorReport{}
	err = s.load(doc, s.setOpts)
	s.startWriterCopy()
	if err != nil {
		s.setReadOnly(err)
		return false, err
	}
	s.mu.Lock()
	s.saved = s.set.Revision()
	s.mu.Unlock()
	removeLeftoverTemps(s.loc.Path)
	return true, nil
}
