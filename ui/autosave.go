package ui

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/session"
)

// Autosave: the root applies every operation's outcome once (apply): when
// the annotations changed it saves through the session at once (the store
// writes atomically), so a crash, a SIGTERM or a closed terminal loses
// nothing. A store that cannot save (a corrupt sidecar, another annotty
// holding the lock, an unwritable folder) refuses edits and says why.

// ShutdownMsg asks the reader to save and quit (a note being typed is kept);
// the CLI sends it when it receives SIGTERM, SIGHUP or SIGINT.
type ShutdownMsg struct{ Reason string }

// tildePath shortens a path for the status line and the help: the home
// folder becomes "~", and a long hashed file name (a sidecar kept in the
// data folder is named by the article's hash) keeps its first characters.
func tildePath(path string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(path, home+string(filepath.Separator)) {
		path = "~" + path[len(home):]
	}
	dir, name := filepath.Split(path)
	ext := filepath.Ext(name)
	if stem := strings.TrimSuffix(name, ext); len(stem) > maxShownStem && isHex(stem) {
		name = stem[:hashShown] + "…" + ext
	}
	return dir + name
}

// A file name stem longer than maxShownStem hex digits is shown by its
// first hashShown (as git shows commits).
const (
	maxShownStem = 16
	hashShown    = 8
)

// isHex reports whether s is all lowercase hex digits.
func isHex(s string) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// where is the sidecar path as the status line shows it.
func (m Model) where() string { return m.sess.Where(tildePath) }

// notSaving explains why the store cannot save, naming the key that fixes
// a corrupt file ("" when it can save).
func (m Model) notSaving() string {
	why := m.sess.NotSaving()
	if why != "" && m.sess.Corrupt() {
		// The action first: a narrow status line cuts the cause, not the way out.
		return "press " + m.keyName(actMoveAside) + " to move it aside as .bak · " + why
	}
	return why
}

// readOnlyReason says why the annotations cannot be changed now, or "" when
// they can. Edits are refused rather than kept in memory unsaved.
func (m Model) readOnlyReason() string {
	why := m.sess.NotSaving()
	switch {
	case why == "":
		return ""
	case m.sess.Corrupt():
		return "not changed: the annotations file is corrupt; press " + m.keyName(actMoveAside) + " to move it aside as .bak first"
	}
	return "not changed (nothing would be saved): " + why
}

// startupNotice is what the first frame says about the annotations before
// what the article holds: why they are not saved, and how re-anchoring went
// ("" when there is nothing to say; the tag count is in holdings, where
// they are saved is in the help).
func (m Model) startupNotice() string {
	store := m.sess.Store()
	if store == nil {
		return ""
	}
	if warn := m.notSaving(); warn != "" {
		return warn
	}
	var parts []string
	if n := len(m.sess.Review()); n > 0 { // first: a narrow status line keeps it
		need := " needs review"
		if n > 1 {
			need = " need review"
		}
		parts = append(parts, session.Count(n, "tag")+need+" (Review tab)")
	}
	rep := store.Report()
	if moved := rep.Moved + rep.Fuzzy; rep.TextChanged && moved > 0 {
		parts = append(parts, "article changed: "+session.Count(moved, "tag")+" re-anchored")
	}
	if rep.Orphaned > 0 {
		parts = append(parts, session.Count(rep.Orphaned, "tag")+" could not be placed")
	}
	return strings.Join(parts, " · ") // restored tags are counted by holdings
}

// apply carries out an operation's outcome once: it names the key to go on
// with (from the binding table), saves when the annotations changed, and
// sets the status message; the views read the session, so they are
// current without being told.
func (m Model) apply(o session.Outcome) Model {
	msg := o.Message
	switch o.Next {
	case session.NextUndo:
		msg += " (" + m.keyName(actUndo) + " undoes)"
	case session.NextUndoAgain:
		msg += " (" + m.keyName(actUndo) + " again for more)"
	case session.NextRedoAgain:
		msg += " (" + m.keyName(actRedo) + " again for more)"
	}
	if o.Changed && m.sess.NotSaving() != "" {
		msg += " — " + m.notSaving()
	} // saving follows in the background (Update → afterMessage)
	m.message = msg
	return m
}

// helpPage is the help overlay's page: the keys, the labels and where the
// annotations are saved.
func (m Model) helpPage() string {
	saved := ""
	if store := m.sess.Store(); store != nil && m.where() != "" {
		saved = m.where()
		if r := store.Location().Reason; r != model.ReasonNext && r != "" {
			saved += " (" + r + ")"
		}
	}
	return helpPage(*m.keys, m.sess.Labels(), saved)
}

// moveCorruptAside renames a corrupt sidecar to .bak (the user pressed the
// key and confirmed) and saves the current annotations in its place.
func (m Model) moveCorruptAside() Model {
	o := m.sess.MoveCorruptAside()
	if o.Err == nil && o.Message != "" {
		o.Message += " — saving to " + m.where()
	}
	return m.apply(o)
}
