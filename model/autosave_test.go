package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// openTestStore opens the store of a fresh article in dir/sub (a folder the
// test can take away to make saves fail).
func openTestStore(t *testing.T) (*Store, string) {
	t.Helper()
	sub := filepath.Join(t.TempDir(), "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := writeArticle(t, sub, "a.txt", storeText)
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return st, sub
}

// savedTags reads the sidecar and returns how many annotations it holds (-1: unreadable).
func savedTags(path string) int {
	f, err := DecodeAnnotationFile(must(os.ReadFile(path)))
	if err != nil {
		return -1
	}
	return len(f.Annotations)
}

func TestAutosaverSchedulesOnceAndSaves(t *testing.T) {
	st, _ := openTestStore(t)
	defer st.Close()
	a := NewAutosaver(st, 0)
	if job := a.Start(); job != nil {
		t.Fatal("a job with nothing to save")
	}
	tagFirst(t, st.Set(), "quote", "住宅")
	if !a.Changed() || a.Changed() {
		t.Fatal("Changed must ask for one scheduled save per burst")
	}
	tagFirst(t, st.Set(), "claim", "naïve")
	if s := a.State(); !s.Unsaved {
		t.Fatalf("before the save: %+v", s)
	}
	job := a.Start()
	tagFirst(t, st.Set(), "source", "Critics") // a change while the job runs: it belongs to the next save
	if s := job(); s.Err != nil {
		t.Fatal(s.Err)
	}
	if n := savedTags(st.Path()); n != 2 {
		t.Errorf("the snapshot held %d tags, want the 2 made before Start", n)
	}
	if s := a.State(); !s.Unsaved || !a.Changed() {
		t.Errorf("the third tag is not pending: %+v", s)
	}
	if s := a.Flush(); s.Unsaved || s.Err != nil || savedTags(st.Path()) != 3 {
		t.Errorf("flush: %+v, %d on disk", s, savedTags(st.Path()))
	}
}

// Attack 4: a failed save stays visible (Err, Unsaved) until a save works;
// later changes retry; nothing reads as saved while it is not on disk.
func TestAttackFailedSaveStaysVisibleAndRetries(t *testing.T) {
	st, sub := openTestStore(t)
	a := NewAutosaver(st, 0)
	tagFirst(t, st.Set(), "quote", "住宅")
	if s := a.Flush(); s.Err != nil {
		t.Fatal(s.Err)
	}
	writable := makeUnwritable(t, sub)
	tagFirst(t, st.Set(), "claim", "naïve")
	a.Changed()
	s := a.Start()()
	if s.Err == nil || s.FailedSince.IsZero() {
		t.Fatalf("failed save reported as %+v", s)
	}
	tagFirst(t, st.Set(), "source", "Critics")
	if !a.Changed() {
		t.Fatal("a change after a failure must schedule a retry")
	}
	if s := a.Start()(); s.Err == nil {
		t.Fatal("retry into a read-only folder succeeded")
	}
	if s := a.State(); !s.Unsaved || s.Err == nil {
		t.Fatalf("the failure is no longer visible: %+v", s)
	}
	writable()
	if s := a.Start()(); s.Err != nil || a.State().Unsaved { // the retry key
		t.Fatalf("retry after the folder became writable: %+v", s)
	}
	if n := savedTags(st.Path()); n != 3 {
		t.Errorf("%d tags on disk, want 3", n)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// Attack 4: when saving is impossible, quit can write a rescue copy under
// the data folder, and Close still releases the lock.
func TestAttackRescueCopyAndLockReleasedOnFailedClose(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	st, sub := openTestStore(t)
	for _, sub := range []string{"住宅", "naïve", "Critics"} {
		tagFirst(t, st.Set(), "quote", sub)
	}
	lock := st.Path() + ".lock"
	os.RemoveAll(sub)
	if err := st.Close(); err == nil {
		t.Fatal("close into a missing folder reported success")
	}
	rescue, err := st.WriteRescueCopy()
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := DataDir()
	if !strings.HasPrefix(rescue, filepath.Join(dir, RescueDir)+string(filepath.Separator)) || savedTags(rescue) != 3 {
		t.Errorf("rescue copy %s holds %d tags", rescue, savedTags(rescue))
	}
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	l, err := AcquireLock(lock)
	if err != nil {
		t.Fatalf("the lock was not released: %v", err)
	}
	l.Release()
}

// Background writes race with changes on the set's goroutine (go test -race).
func TestAutosaverJobsRunBesideChanges(t *testing.T) {
	st, _ := openTestStore(t)
	a := NewAutosaver(st, 0)
	var wg sync.WaitGroup
	words := []string{"Headline", "minister", "住宅", "naïve", "Critics", "build", "now"}
	for round := 0; round < 20; round++ {
		tagFirst(t, st.Set(), "quote", words[round%len(words)])
		if round%3 == 0 {
			st.Set().Undo()
		}
		if job := a.Start(); job != nil {
			wg.Add(1)
			go func() { defer wg.Done(); job() }()
		}
	}
	wg.Wait()
	if s := a.Flush(); s.Err != nil || s.Unsaved {
		t.Fatalf("flush: %+v", s)
	}
	if n := savedTags(st.Path()); n != st.Set().Len() {
		t.Errorf("%d tags on disk, %d in memory", n, st.Set().Len())
	}
	st.Close()
}

// Attack 10: a read-only second reader takes over once the first closes,
// with what the first saved.
func TestAttackReadOnlyReaderTakesOver(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	first, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	second, err := OpenStore(doc, StoreOptions{})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second: %v", err)
	}
	if ok, err := second.TryTakeOver(); ok || err != nil {
		t.Fatalf("took over a held lock: %v %v", ok, err)
	}
	a := NewAutosaver(second, 0)
	if s := a.Flush(); !errors.Is(s.Err, ErrLocked) {
		t.Fatalf("read-only state: %+v", s)
	}
	tagFirst(t, first.Set(), "quote", "住宅")
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	ok, err := second.TryTakeOver()
	if !ok || err != nil || second.ReadOnly() != nil {
		t.Fatalf("take over after close: %v %v (read-only %v)", ok, err, second.ReadOnly())
	}
	if second.Set().Len() != 1 {
		t.Fatalf("took over with %d tags, want the first's 1", second.Set().Len())
	}
	tagFirst(t, second.Set(), "claim", "naïve")
	if a.Changed(); a.Start()().Err != nil || a.State().Unsaved {
		t.Fatalf("autosave after the take-over: %+v", a.State())
	}
	if err := second.Close(); err != nil {
		t.Fatal(err)
	}
	if n := savedTags(doc.Path + SidecarSuffix); n != 2 {
		t.Errorf("%d tags on disk after the take-over, want 2", n)
	}
}

// A save that comes before deferred re-anchoring finished (DeferReanchor)
// waits for it: the tags not yet placed are never dropped from the file.
func TestAutosaverWithDeferredReanchorKeepsUnplacedTags(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	saveTags(t, doc, "quote", "住宅", "claim", "naïve")
	st, err := OpenStore(doc, StoreOptions{DeferReanchor: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tagFirst(t, st.Set(), "source", "Critics") // before the saved tags are placed
	a := NewAutosaver(st, 0)
	a.Changed()
	if s := a.Start()(); s.Err != nil {
		t.Fatal(s.Err)
	}
	if n := savedTags(st.Path()); n != 3 {
		t.Errorf("%d tags on disk, want the 2 saved plus the new one", n)
	}
}
