package session

import (
	"errors"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/annotty/annotty/model"
)

// Background saving: when the session's store is a *model.Store it saves
// through a model.Autosaver, off the key path. A change costs one flag
// (NoteChange); the root schedules the write after SaveDelay, runs the job
// StartSave returns on another goroutine, and Flush writes synchronously
// before quitting. SaveState says what the status line must show.

// backing is the session's store as a *model.Store (nil for another Store).
func (s *Session) backing() *model.Store {
	ms, _ := s.store.(*model.Store)
	return ms
}

// NoteChange records that the annotations may have changed (call it after
// every message; it costs a revision compare). It returns true when they
// changed and no save is scheduled yet: the caller schedules StartSave
// after SaveDelay.
func (s *Session) NoteChange() bool {
	rev := s.Revision()
	if rev == s.saves.seenRevision {
		return false
	}
	s.saves.seenRevision = rev
	if s.saver == nil {
		return s.store != nil // another Store: StartSave saves it in place
	}
	return s.saver.Changed()
}

// SaveDelay is how long changes gather before they are written.
func (s *Session) SaveDelay() time.Duration {
	if s.saver == nil {
		return model.DefaultAutosaveDelay
	}
	return s.saver.Delay()
}

// StartSave hands the changes since the last save to the writer and
// returns the job that writes them (run it off the UI goroutine); nil when
// nothing needs saving. A Store other than *model.Store has no background
// saver: it is saved here, in place, and nil returned. Calling it on a key
// is the "retry now" of a failed save.
func (s *Session) StartSave() func() model.SaveState {
	if s.saver == nil {
		_ = s.Save()
		return nil
	}
	return s.saver.Start()
}

// SaveState is what the status line must say about saving. Without a
// background saver it is derived from the last synchronous Save.
func (s *Session) SaveState() model.SaveState {
	if s.saver != nil {
		return s.saver.State()
	}
	return model.SaveState{Unsaved: s.Dirty(), Err: s.saves.lastErr}
}

// Flush writes pending changes now (after any write in flight) and returns
// the outcome; the root calls it before quitting.
func (s *Session) Flush() model.SaveState {
	if s.saver == nil {
		_ = s.Save()
		return s.SaveState()
	}
	st := s.saver.Flush()
	s.recordSave(st.Err)
	return st
}

// SaveFinished records the outcome of a background save job.
func (s *Session) SaveFinished(st model.SaveState) { s.recordSave(st.Err) }

// recordSave notes a save's outcome for LastSaveError and SavedOnce.
func (s *Session) recordSave(err error) {
	s.saves.lastErr = err
	if err == nil && s.store != nil && s.store.ReadOnly() == nil {
		s.saves.everSaved = true
		if !s.SaveState().Unsaved {
			s.saves.savedRevision = s.set.Revision()
		}
	}
}

// SaveProblem is the persistent warning while saves fail, or "" when the
// last save worked: "NOT SAVED since 10:21:03 (ctrl+s retries): CAUSE". A store
// that cannot save at all (locked, corrupt, unreadable) is not a failed
// save: NotSaving says why.
func (s *Session) SaveProblem(retryKey string) string {
	if s.store == nil || s.NotSaving() != "" {
		return ""
	}
	st := s.SaveState()
	if st.Err == nil {
		return ""
	}
	since := ""
	if !st.FailedSince.IsZero() {
		since = " since " + st.FailedSince.Format("15:04:05")
	}
	// The way out first: a narrow status line cuts the cause, not the key.
	return "NOT SAVED" + since + " (" + retryKey + " retries): " + SaveCause(st.Err)
}

// SaveCause is a failed save's error as the status line says it: a file
// system error by its cause and folder ("permission denied in /data"),
// not the temporary file's long name.
func SaveCause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error() + " in " + filepath.Dir(pe.Path)
	}
	return err.Error()
}

// SaveBadge is the short save state beside the message: "saving…" while
// changes are not on disk yet, "" once saved (or with nothing to save).
func (s *Session) SaveBadge() string {
	if s.store == nil || s.NotSaving() != "" {
		return ""
	}
	if st := s.SaveState(); st.Err == nil && st.Unsaved {
		return "saving…"
	}
	return ""
}

// WriteRescueCopy writes the annotations to a new file under the data
// folder (model.Store.WriteRescueCopy) and returns its path.
func (s *Session) WriteRescueCopy() (string, error) {
	ms := s.backing()
	if ms == nil {
		return "", nil
	}
	return ms.WriteRescueCopy()
}
