package session

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/annotty/annotty/model"
)

// Store is what the session needs of the annotation store (model.Store has
// it). Saving goes through this small interface so a background or
// debounced saver can stand in without the session changing.
type Store interface {
	// Save writes the annotations if they changed.
	Save() error
	// Path is the sidecar file's path.
	Path() string
	// Location says where the sidecar is and why.
	Location() model.SidecarLocation
	// ReadOnly says why the store cannot save (nil when it can).
	ReadOnly() error
	// MoveCorruptAside renames a corrupt sidecar to .bak and returns that path.
	MoveCorruptAside() (string, error)
	// Report is how re-anchoring went when the store opened.
	Report() model.ReanchorReport
}

// saveState is what the last save did.
type saveState struct {
	lastErr       error
	savedRevision uint64
	everSaved     bool
	seenRevision  uint64 // Revision() when NoteChange last looked
}

// Save writes the annotations through the store and records the result:
// LastSaveError and Dirty say how it went. Without a store it does nothing.
func (s *Session) Save() error {
	if s.store == nil {
		return nil
	}
	if s.saver != nil {
		return s.Flush().Err
	}
	err := s.store.Save()
	s.saves.lastErr = err
	if err == nil {
		s.saves.savedRevision, s.saves.everSaved = s.set.Revision(), true
	}
	return err
}

// LastSaveError is the error of the last save (nil when it worked).
func (s *Session) LastSaveError() error { return s.saves.lastErr }

// Dirty reports whether there are changes the store has not saved (always
// false without a store: nothing is meant to be saved).
func (s *Session) Dirty() bool {
	if s.saver != nil {
		return s.saver.State().Unsaved
	}
	return s.store != nil && s.saves.savedRevision != s.set.Revision()
}

// SavedOnce reports whether a save has worked in this session.
func (s *Session) SavedOnce() bool { return s.saves.everSaved }

// Where is the sidecar path as a person reads it: the file name when it
// sits next to the article, else the path with the home folder as ~.
func (s *Session) Where(tilde func(string) string) string {
	if s.store == nil || s.store.Path() == "" {
		return ""
	}
	if s.store.Location().Reason == model.ReasonNext {
		return filepath.Base(s.store.Path())
	}
	return tilde(s.store.Path())
}

// NotSaving explains why the store cannot save ("" when it can).
func (s *Session) NotSaving() string {
	if s.store == nil || s.store.ReadOnly() == nil {
		return ""
	}
	err := s.store.ReadOnly()
	var corrupt *model.CorruptSidecarError
	var unreadable *model.SidecarUnreadableError
	switch {
	case errors.Is(err, model.ErrLocked): // first: moving the file aside cannot help while another annotty holds it
		return "read-only: " + err.Error()
	case errors.As(err, &unreadable): // before corrupt: there is nothing to move aside
		return "read-only: " + filepath.Base(unreadable.Path) + ": " + unreadable.Err.Error() + " (the file was left untouched)"
	case errors.As(err, &corrupt):
		return "not saving: " + filepath.Base(corrupt.Path) + " is corrupt (" + corruptCause(corrupt) + ")"
	case errors.Is(err, model.ErrSidecarChanged):
		return "not saving: " + filepath.Base(s.store.Path()) + " was changed by another program"
	}
	return "not saving annotations: " + err.Error()
}

// Corrupt reports whether the store refuses to save because its file is
// corrupt (the case moving the file aside fixes).
func (s *Session) Corrupt() bool {
	if s.store == nil {
		return false
	}
	var corrupt *model.CorruptSidecarError
	err := s.store.ReadOnly()
	return errors.As(err, &corrupt) && !errors.Is(err, model.ErrLocked)
}

// ReadOnly reports whether edits are refused (rather than kept in memory
// unsaved) because the store cannot save.
func (s *Session) ReadOnly() bool { return s.NotSaving() != "" }

// corruptCause is the short reason a sidecar could not be read (its first line).
func corruptCause(e *model.CorruptSidecarError) string {
	cause := e.Err.Error()
	if i := strings.IndexByte(cause, '\n'); i >= 0 {
		cause = cause[:i]
	}
	return cause
}

// MoveCorruptAside renames the corrupt sidecar to .bak and saves the
// annotations in its place.
func (s *Session) MoveCorruptAside() Outcome {
	if s.store == nil {
		return Outcome{}
	}
	bak, err := s.store.MoveCorruptAside()
	if err != nil {
		return failed("could not move the annotations file aside", err)
	}
	if err := s.Save(); err != nil {
		return Outcome{Message: "moved the old file to " + filepath.Base(bak) + "; NOT SAVED: " + err.Error(), Err: err}
	}
	return Outcome{Message: "moved the corrupt file to " + filepath.Base(bak)}
}
