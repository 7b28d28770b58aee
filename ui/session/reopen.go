package session

import (
	"errors"

	"github.com/annotty/annotty/model"
)

// Two ways the store's annotations arrive after the session opened: a
// read-only reader taking over once the other annotty let the lock go, and
// the deferred second step of opening (placing the saved tags, possibly
// re-anchoring them, after the first frame).

// WaitingForLock reports whether the store is read-only only because
// another annotty holds its lock (TryTakeOver may then make it writable).
func (s *Session) WaitingForLock() bool {
	ms := s.backing()
	return ms != nil && errors.Is(ms.ReadOnly(), model.ErrLocked)
}

// TryTakeOver makes the session writable once the other annotty released
// the lock: the store re-reads what it saved, and the session follows the
// new set (its indexes are rebuilt on the next read; Revision moves on, so
// every view redraws). It returns true when the session is now editable.
func (s *Session) TryTakeOver() (bool, error) {
	ms := s.backing()
	if ms == nil {
		return false, nil
	}
	ok, err := ms.TryTakeOver()
	if !ok {
		return false, err
	}
	s.replaceSet(ms.Set())
	return true, nil
}

// replaceSet makes set the session's annotations, dropping every cache
// derived from the old one.
func (s *Session) replaceSet(set *model.AnnotationSet) {
	s.revBase = s.Revision() + 1
	s.set = set
	s.derived, s.review = derivedCache{}, reviewCache{}
	s.saves = saveState{savedRevision: set.Revision(), everSaved: s.saves.everSaved, seenRevision: s.Revision()}
}

// Pending is the deferred second step of opening the annotations, or nil
// when there is none left. Run it off the UI goroutine (RunPending), then
// call FinishPending on it.
func (s *Session) Pending() *model.PendingAnchors {
	if ms := s.backing(); ms != nil {
		return ms.Pending()
	}
	return nil
}

// FinishPending adds what the deferred step placed to the annotations (on
// the UI goroutine) and returns the report. An error means the file could
// not be decoded: the session is then read-only (NotSaving says why).
func (s *Session) FinishPending() (model.ReanchorReport, error) {
	ms := s.backing()
	if ms == nil {
		return model.ReanchorReport{}, nil
	}
	rep, err := ms.FinishReanchor()
	s.saves.savedRevision = s.set.Revision() // placing saved tags is not a change of the user's
	return rep, err
}
