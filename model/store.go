package model

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

// ErrSidecarUnreadable is matched (errors.Is) by a *SidecarUnreadableError.
var ErrSidecarUnreadable = errors.New("annotation file cannot be read")

// SidecarUnreadableError says an annotation file exists but cannot be read:
// permission denied, not a regular file, too large. Unlike a corrupt file
// there is nothing to move aside; the store stays read-only and the file is
// left untouched.
type SidecarUnreadableError struct {
	Path string
	Err  error
}

// Error reads "PATH: permission denied; read-only, the file was left untouched".
func (e *SidecarUnreadableError) Error() string {
	return fmt.Sprintf("%s: %v; read-only, the file was left untouched", e.Path, e.Err)
}

// Unwrap returns the cause.
func (e *SidecarUnreadableError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrSidecarUnreadable) true.
func (e *SidecarUnreadableError) Is(target error) bool { return target == ErrSidecarUnreadable }

// sidecarReadError classifies an error reading the sidecar at path: a file
// that was read but cannot be decoded is corrupt; one that cannot be read
// at all (permission, special file, size) is unreadable.
func sidecarReadError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &SidecarUnreadableError{Path: path, Err: err}
}

// StoreOptions configures OpenStore.
type StoreOptions struct {
	// Path overrides the sidecar location (--annotations).
	Path string
	// Set configures the annotation set (author, clock, IDs).
	Set SetOptions
	// Protect lists other files Path must not be (the other articles of a
	// corpus); the document's own file is always protected.
	Protect []string
	// DeferReanchor makes OpenStore only take the lock and look whether
	// there is a file: reading and decoding it and placing the annotations
	// is left to Store.Pending, for the caller to run after the first frame
	// (Pending().Run in a goroutine, then FinishReanchor on the set's
	// goroutine; docs/reanchoring.md). A file that cannot be read then makes
	// the store read-only when FinishReanchor runs, as one that cannot be
	// decoded does.
	DeferReanchor bool
	// Annotator, when set (team annotation, --author), keeps the annotations
	// in that annotator's own sidecar (AuthorSidecarName) instead of the shared
	// ARTICLE.annotty.json; ignored when Path is set.
	Annotator string
}

// SidecarLocationOf is where OpenStore and ReadAnnotations keep doc's
// annotations under opts (--annotations, the annotator's own file, the data
// folder). A --annotations path that is the article itself or one of
// opts.Protect is refused.
func SidecarLocationOf(doc *Document, opts StoreOptions) (SidecarLocation, error) {
	if opts.Path != "" {
		protected := ArticleFiles(doc)
		for _, p := range opts.Protect {
			protected = append(protected, ProtectedFile{p, "another article"})
		}
		if err := CheckNotProtected(opts.Path, protected, false); err != nil {
			return SidecarLocation{}, fmt.Errorf("--annotations: %w", err)
		}
	}
	return sidecarLocation(doc, opts)
}

// Store keeps one document's annotations in its sidecar file: it loads and
// re-anchors them on open, holds the sidecar's lock while open, and saves
// atomically. Save writes synchronously; an Autosaver snapshots on the
// caller's goroutine and writes in the background. Close saves and releases.
// The set and the methods that read it (Save, snapshot, TryTakeOver) belong
// to one goroutine (the UI's); the write of a snapshot may run on any.
type Store struct {
	setOpts SetOptions
	loc     SidecarLocation
	set     *AnnotationSet
	lock    *Lock
	report  ReanchorReport
	// pending is the saved annotations not placed yet (DeferReanchor).
	pending       *PendingAnchors
	deferReanchor bool

	writeMu sync.Mutex // one write at a time, in revision order
	mu      sync.Mutex // guards the fields below, which writes update
	// readOnly says why the store cannot save (nil when it can).
	readOnly error
	// disk is what the store last read or wrote at loc.Path.
	disk diskState
	// saved is the set revision last written; dirty means the file needs a
	// write anyway (re-anchoring changed the anchors, or it came from a seed).
	saved uint64
	dirty bool
	// handedOver is the changes handed to the writer and not yet applied to
	// copy; resync asks the next hand-over for a full copy instead.
	handedOver []pendingChanges
	resync     bool
	// copy is the writer's copy of the annotations (guarded by writeMu).
	copy *writerCopy
}

// OpenStore opens doc's annotations. It always returns a usable Store; a
// non-nil error (corrupt sidecar, lock held by another annotty, unwritable
// location) means the Store is read-only: Save returns the same error, and
// the annotations that could be loaded are still shown.
func OpenStore(doc *Document, opts StoreOptions) (*Store, error) {
	s := &Store{setOpts: opts.Set, set: NewAnnotationSet(doc, opts.Set), deferReanchor: opts.DeferReanchor}
	loc, err := SidecarLocationOf(doc, opts)
	if err != nil {
		s.readOnly = err
		return s, err
	}
	s.loc = loc
	if err := os.MkdirAll(filepath.Dir(loc.Path), 0o755); err != nil {
		s.readOnly = fmt.Errorf("cannot create %s: %w", filepath.Dir(loc.Path), err)
	} else if s.lock, err = AcquireLock(s.lockPath()); err != nil {
		s.readOnly = err
	} else {
		removeLeftoverTemps(loc.Path)
		if target, err := ResolveLinks(loc.Path); err == nil && target != loc.Path {
			removeLeftoverTemps(target) // saves through a link write their temporaries there
		}
	}
	if err := s.load(doc, opts.Set); err != nil {
		s.readOnly = bothErrors(s.readOnly, err) // a lock error must stay visible
	}
	s.startWriterCopy()
	return s, s.readOnly
}

// load reads the sidecar (or the read-only seed) and restores the set.
// With DeferReanchor it only looks whether there is a file: Pending().Run
// reads it, after the first frame (readDeferred).
func (s *Store) load(doc *Document, opts SetOptions) error {
	if s.deferReanchor {
		if sidecarMayExist(s.loc) {
			s.pending = &PendingAnchors{store: s, doc: doc, opts: opts}
		}
		return nil
	}
	rd, err := readSidecar(s.loc)
	if rd.path == s.loc.Path {
		s.disk = newDiskState(rd.data, rd.info)
	}
	if err != nil || rd.data == nil {
		return err
	}
	s.dirty = rd.path != s.loc.Path
	s.set, s.report = rd.file.Restore(doc, opts)
	s.dirty = s.dirty || s.report.TextChanged
	return nil
}

// readDeferred reads the sidecar (or the seed) for Pending().Run and
// records what it read as the store's disk state, as load does without
// DeferReanchor (the hash is computed on first use, off the first frame).
// No save runs before Run has finished (needsSave waits for it).
func (s *Store) readDeferred() (sidecarRead, error) {
	rd, err := readSidecarBytes(s.loc)
	s.mu.Lock()
	if rd.path == s.loc.Path {
		s.disk = newLazyDiskState(rd.data, rd.info)
	}
	if err == nil && rd.data != nil {
		s.dirty = s.dirty || rd.path != s.loc.Path
	}
	sum := s.disk.sum
	s.mu.Unlock()
	if sum != nil {
		sum.get() // now, not in the first save: saves compare against it
	}
	return rd, err
}

// sidecarMayExist reports whether loc's file or seed may be there to read:
// anything but "does not exist" counts (the read then says what is wrong).
func sidecarMayExist(loc SidecarLocation) bool {
	for _, p := range []string{loc.Path, loc.Seed} {
		if p == "" {
			continue
		}
		if _, err := os.Lstat(p); !errors.Is(err, fs.ErrNotExist) {
			return true
		}
	}
	return false
}

// lockPath is the sidecar's lock file.
func (s *Store) lockPath() string { return s.loc.Path + ".lock" }

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
func (s *Store) ReadOnly() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readOnly
}

// setReadOnly records why the store cannot save (nil: it can).
func (s *Store) setReadOnly(err error) {
	s.mu.Lock()
	s.readOnly = err
	s.mu.Unlock()
}

// Save writes the annotations atomically if they changed since the last
// save, on the caller's goroutine. It refuses (and turns read-only) when the
// file on disk is no longer the one the store read or wrote, so it never
// overwrites another program's work or a file it could not parse.
func (s *Store) Save() error {
	if !s.needsSave() {
		return s.ReadOnly()
	}
	s.handOver()
	return s.writePending()
}

// MoveCorruptAside renames a corrupt sidecar to PATH.bak (PATH.bak.1, … if
// taken), with the user's consent, and makes the store writable again. It
// returns the new name.
func (s *Store) MoveCorruptAside() (string, error) {
	var corrupt *CorruptSidecarError
	if err := s.ReadOnly(); !errors.As(err, &corrupt) || errors.Is(err, ErrSidecarUnreadable) {
		return "", errors.New("the annotation file is not corrupt")
	}
	if s.lock == nil {
		lock, err := AcquireLock(s.lockPath())
		if err != nil {
			return "", err // another annotty has it open: leave its files alone, stay read-only
		}
		s.lock = lock
	}
	s.mu.Lock()
	defer s.mu.Unlock()
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
	s.disk, s.readOnly, s.dirty = diskState{}, nil, true
	return bak, nil
}

// Close saves pending changes (when writable) and releases the lock file.
func (s *Store) Close() error {
	var err error
	if s.ReadOnly() == nil {
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
