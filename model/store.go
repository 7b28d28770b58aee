package model

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrCorruptSidecar is matched (errors.Is) by a *CorruptSidecarError.
var ErrCorruptSidecar = errors.New("annotation file is corrupt or unreadable")

// ErrSidecarChanged means the annotation file changed on disk behind the store's back.
var ErrSidecarChanged = errors.New("annotation file was changed by another program; not overwriting it")

// CorruptSidecarError says an annotation file could not be read or parsed.
// The store never overwrites such a file; MoveCorruptAside keeps it as .bak.
type CorruptSidecarError struct {
	Path string
	Err  error
}

// Error reads "PATH: annotation file is corrupt or unreadable (CAUSE); it was left untouched".
func (e *CorruptSidecarError) Error() string {
	return fmt.Sprintf("%s: %v (%v); it was left untouched", e.Path, ErrCorruptSidecar, e.Err)
}

// Unwrap returns the cause.
func (e *CorruptSidecarError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrCorruptSidecar) true.
func (e *CorruptSidecarError) Is(target error) bool { return target == ErrCorruptSidecar }

// StoreOptions configures OpenStore.
type StoreOptions struct {
	// Path overrides the sidecar location (--annotations).
	Path string
	// Set configures the annotation set (author, clock, IDs).
	Set SetOptions
	// Annotator, when set (team annotation, --author), keeps the annotations
	// in that annotator's own sidecar (AuthorSidecarName) instead of the shared
	// ARTICLE.annotty.json; ignored when Path is set.
	Annotator string
}

// Store keeps one document's annotations in its sidecar file: it loads and
// re-anchors them on open, holds the sidecar's lock file while open, and saves
// atomically. The UI calls Save after every change and Close on exit.
type Store struct {
	loc      SidecarLocation
	set      *AnnotationSet
	lock     *Lock
	readOnly error
	report   ReanchorReport
	onDisk   []byte // the sidecar content last read or written; nil when absent
	saved    uint64 // set revision last saved
	dirty    bool   // re-anchoring changed what is on disk
}

// OpenStore opens doc's annotations. It always returns a usable Store; a
// non-nil error (corrupt sidecar, lock held by another annotty, unwritable
// location) means the Store is read-only: Save returns the same error, and
// the annotations that could be loaded are still shown.
func OpenStore(doc *Document, opts StoreOptions) (*Store, error) {
	s := &Store{set: NewAnnotationSet(doc, opts.Set)}
	loc, err := sidecarLocation(doc, opts)
	if err != nil {
		s.readOnly = err
		return s, err
	}
	s.loc = loc
	if err := os.MkdirAll(filepath.Dir(loc.Path), 0o755); err != nil {
		s.readOnly = fmt.Errorf("cannot create %s: %w", filepath.Dir(loc.Path), err)
	} else if s.lock, err = AcquireLock(loc.Path + ".lock"); err != nil {
		s.readOnly = err
	} else {
		removeLeftoverTemps(loc.Path)
	}
	if err := s.load(doc, opts.Set); err != nil {
		s.readOnly = bothErrors(s.readOnly, err) // a lock error must stay visible
	}
	return s, s.readOnly
}

// load reads the sidecar (or the read-only seed) and restores the set.
func (s *Store) load(doc *Document, opts SetOptions) error {
	rd, err := readSidecar(s.loc)
	if rd.path == s.loc.Path {
		s.onDisk = rd.data
	}
	if err != nil || rd.file == nil {
		return err
	}
	s.set, s.report = rd.file.Restore(doc, opts)
	s.dirty = rd.path != s.loc.Path || s.report.TextChanged
	return nil
}

// bothErrors returns first and second as one error that errors.Is and
// errors.As see both in, first's message first; nil parts are dropped.
func bothErrors(first, second error) error {
	switch {
	case first == nil:
		return second
	case second == nil:
		return first
	}
	return errorPair{first, second}
}

// errorPair is two errors reported together on one line.
type errorPair [2]error

// Error reads "FIRST; SECOND".
func (e errorPair) Error() string { return e[0].Error() + "; " + e[1].Error() }

// Unwrap returns both errors.
func (e errorPair) Unwrap() []error { return e[:] }

// Set returns the annotations; change them through its methods, then call Save.
func (s *Store) Set() *AnnotationSet { return s.set }

// Path returns the sidecar file's path.
func (s *Store) Path() string { return s.loc.Path }

// Location returns the sidecar's path and why it is there.
func (s *Store) Location() SidecarLocation { return s.loc }

// Report says how the saved annotations were re-anchored on open.
func (s *Store) Report() ReanchorReport { return s.report }

// ReadOnly returns why the store cannot save, or nil.
func (s *Store) ReadOnly() error { return s.readOnly }

// Save writes the annotations atomically if they changed since the last save.
// It refuses (and turns read-only) when the file on disk is no longer the one
// the store read or wrote, so it never overwrites another program's work or a
// file it could not parse.
func (s *Store) Save() error {
	if s.readOnly != nil {
		return s.readOnly
	}
	if s.set.Revision() == s.saved && !s.dirty {
		return nil
	}
	if err := s.checkUnchangedOnDisk(); err != nil {
		s.readOnly = err
		return err
	}
	data, err := NewAnnotationFile(s.set, nil).MarshalIndent()
	if err != nil {
		return err
	}
	if err := WriteFileAtomic(s.loc.Path, data, 0o644); err != nil {
		return fmt.Errorf("saving annotations: %w", err)
	}
	s.onDisk, s.saved, s.dirty = data, s.set.Revision(), false
	return nil
}

// checkUnchangedOnDisk compares the sidecar with what the store last saw.
func (s *Store) checkUnchangedOnDisk() error {
	data, err := os.ReadFile(s.loc.Path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && s.onDisk == nil:
		return nil
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return &CorruptSidecarError{Path: s.loc.Path, Err: err}
	case bytes.Equal(data, s.onDisk):
		return nil
	}
	if _, derr := DecodeAnnotationFile(data); derr != nil && err == nil {
		return &CorruptSidecarError{Path: s.loc.Path, Err: derr}
	}
	return fmt.Errorf("%s: %w", s.loc.Path, ErrSidecarChanged)
}

// MoveCorruptAside renames a corrupt sidecar to PATH.bak (PATH.bak.1, … if
// taken), with the user's consent, and makes the store writable again. It
// returns the new name.
func (s *Store) MoveCorruptAside() (string, error) {
	var corrupt *CorruptSidecarError
	if !errors.As(s.readOnly, &corrupt) {
		return "", errors.New("the annotation file is not corrupt")
	}
	if s.lock == nil {
		lock, err := AcquireLock(s.loc.Path + ".lock")
		if err != nil {
			return "", err // another annotty has it open: leave its files alone, stay read-only
		}
		s.lock = lock
	}
	if corrupt.Path != s.loc.Path { // a read-only seed: leave it, start afresh at Path
		s.readOnly, s.dirty = nil, true
		return corrupt.Path, nil
	}
	bak := s.loc.Path + ".bak"
	for n := 1; ; n++ {
		if _, err := os.Lstat(bak); errors.Is(err, fs.ErrNotExist) {
			break
		}
		bak = fmt.Sprintf("%s.bak.%d", s.loc.Path, n)
	}
	if err := os.Rename(s.loc.Path, bak); err != nil {
		return "", err
	}
	s.onDisk, s.readOnly, s.dirty = nil, nil, true
	return bak, nil
}

// Close saves pending changes (when writable) and releases the lock file.
func (s *Store) Close() error {
	var err error
	if s.readOnly == nil {
		err = s.Save()
	}
	if rerr := s.lock.Release(); err == nil {
		err = rerr
	}
	s.lock = nil
	return err
}

// removeLeftoverTemps deletes temporary files a crashed save of path left
// behind; only the lock holder calls it, so no save is in progress.
func removeLeftoverTemps(path string) {
	dir, prefix := filepath.Dir(path), "."+filepath.Base(path)+".tmp-"
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !e.IsDir() && strings.HasPrefix(e.Name(), prefix) {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
