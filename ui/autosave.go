package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/annotty/annotty/model"
)

// Autosave: every change to the annotations is saved at once, synchronously
// (the sidecar is small and the store writes it atomically), so a crash, a
// SIGTERM or a closed terminal loses nothing. A store that cannot save (a
// corrupt sidecar, another annotty holding the lock, an unwritable folder)
// keeps the changes in memory and says so in the status line.

// ShutdownMsg asks the reader to save and quit (a note being typed is kept);
// the CLI sends it when it receives SIGTERM, SIGHUP or SIGINT.
type ShutdownMsg struct{ Reason string }

// save writes the annotations if they changed. It is a no-op without a store.
func (t *tagging) save() error {
	if t.store == nil {
		return nil
	}
	return t.store.Save()
}

// where is the sidecar path as the status line shows it: the file name when
// it sits next to the article, else the path with the home folder as ~.
func (t *tagging) where() string {
	if t.store == nil {
		return ""
	}
	path := t.store.Path()
	if path == "" {
		return ""
	}
	if t.store.Location().Reason == model.ReasonNext {
		return filepath.Base(path)
	}
	return tildePath(path)
}

// tildePath shortens a path under the home folder to "~/…" for the status line.
func tildePath(path string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(path, home+string(filepath.Separator)) {
		return "~" + path[len(home):]
	}
	return path
}

// notSaving explains why the store cannot save ("" when it can).
func (t *tagging) notSaving() string {
	if t.store == nil || t.store.ReadOnly() == nil {
		return ""
	}
	err := t.store.ReadOnly()
	var corrupt *model.CorruptSidecarError
	switch {
	case errors.Is(err, model.ErrLocked): // first: M cannot help while another annotty holds the file
		return "read-only: " + err.Error()
	case errors.As(err, &corrupt):
		// The action first: a narrow status line cuts the cause, not the way out.
		return "not saving: " + filepath.Base(corrupt.Path) + " is corrupt; press M to move it aside as .bak (" + corruptCause(corrupt) + ")"
	case errors.Is(err, model.ErrSidecarChanged):
		return "not saving: " + filepath.Base(t.store.Path()) + " was changed by another program"
	}
	return "not saving annotations: " + err.Error()
}

// readOnlyReason says why the annotations cannot be changed now (another
// annotty holds them, the file is corrupt, another program rewrote it), or
// "" when they can. Edits are refused rather than kept in memory unsaved.
func (t *tagging) readOnlyReason() string {
	why := t.notSaving()
	if why == "" {
		return ""
	}
	if t.corrupt() {
		return "not changed: the annotations file is corrupt; press M to move it aside as .bak first"
	}
	return "not changed (nothing would be saved): " + why
}

// corrupt reports whether the store refuses to save because its file is
// corrupt (the case M can fix by moving the file aside).
func (t *tagging) corrupt() bool {
	if t.store == nil {
		return false
	}
	var corrupt *model.CorruptSidecarError
	err := t.store.ReadOnly()
	return errors.As(err, &corrupt) && !errors.Is(err, model.ErrLocked)
}

// corruptCause is the short reason a sidecar could not be read (its first line).
func corruptCause(e *model.CorruptSidecarError) string {
	cause := e.Err.Error()
	if i := strings.IndexByte(cause, '\n'); i >= 0 {
		cause = cause[:i]
	}
	return cause
}

// startupMessage says where the annotations are kept (or why they are not
// saved), and how re-anchoring went, for the first frame.
func (t *tagging) startupMessage() string {
	if t.store == nil {
		return ""
	}
	if warn := t.notSaving(); warn != "" {
		return warn
	}
	msg := "annotations: " + t.where()
	if r := t.store.Location().Reason; r != model.ReasonNext && r != "" {
		msg += " (" + r + ")"
	}
	rep := t.store.Report()
	if n := t.set.Len(); n > 0 {
		msg = plainCount(n, "tag") + " restored · " + msg
	}
	if moved := rep.Moved + rep.Fuzzy; rep.TextChanged && moved > 0 {
		msg = "article changed: " + plainCount(moved, "tag") + " re-anchored · " + msg
	}
	if rep.Orphaned > 0 {
		msg = plainCount(rep.Orphaned, "tag") + " could not be placed (see Tags tab) · " + msg
	}
	return msg
}

// plainCount is "1 tag" or "3 tags".
func plainCount(n int, noun string) string { return strconv.Itoa(n) + " " + noun + plural(n) }

// changed saves after a change to the annotations and shows what happened
// (msg) and where it was saved, or why it was not.
func (m Model) changed(msg string) Model {
	err := m.tags.save()
	switch {
	case err != nil && m.tags.notSaving() != "":
		m.message = msg + " — " + m.tags.notSaving()
	case err != nil:
		m.message = msg + " — NOT SAVED: " + err.Error()
	case m.tags.store != nil:
		m.message = msg + " — saved to " + m.tags.where()
	default:
		m.message = msg
	}
	m.notifyReview()
	return m
}

// finalSave saves before the program ends (quit, ctrl+c, a signal), first
// keeping a note being edited.
func (m Model) finalSave() Model {
	if m.focus == focusNote {
		m = m.commitNote()
	}
	_ = m.tags.save()
	return m
}

// moveCorruptAside renames a corrupt sidecar to .bak (the user pressed M and
// confirmed) and saves the current annotations in its place.
func (m Model) moveCorruptAside() Model {
	if m.tags.store == nil {
		return m
	}
	bak, err := m.tags.store.MoveCorruptAside()
	if err != nil {
		m.message = "could not move the annotations file aside: " + err.Error()
		return m
	}
	if err := m.tags.save(); err != nil {
		m.message = "moved the old file to " + filepath.Base(bak) + "; NOT SAVED: " + err.Error()
		return m
	}
	m.message = "moved the corrupt file to " + filepath.Base(bak) + " — saving to " + m.tags.where()
	return m
}
