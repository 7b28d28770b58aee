package model

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// writeArticle writes text to dir/name and loads it as a Document.
func writeArticle(t *testing.T, dir, name, text string) *Document {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := NewDocument(path, []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// tagFirst adds a label on the first occurrence of sub.
func tagFirst(t *testing.T, set *AnnotationSet, label, sub string) Annotation {
	t.Helper()
	i := strings.Index(set.Document().Text, sub)
	a, err := set.Add(Annotation{Label: label, Span: Span{i, i + len(sub)}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

const storeText = "Headline 📰\nThe minister said \"we will build 住宅 now\".\nCritics called it \"naïve\".\n"

func TestStoreSaveAndReopen(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Path() != doc.Path+".annotty.json" || st.Location().Reason != ReasonNext {
		t.Errorf("location = %+v", st.Location())
	}
	if err := st.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(st.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("saving an untouched store must not create a sidecar")
	}
	a := tagFirst(t, st.Set(), "quote", "\"we will build 住宅 now\"")
	if err := st.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(st.Path() + ".lock"); err != nil {
		t.Errorf("lock file missing while open: %v", err)
	}
	tagFirst(t, st.Set(), "opinion", "\"naïve\"")
	if err := st.Close(); err != nil { // Close saves pending changes
		t.Fatal(err)
	}
	if _, err := os.Stat(st.Path() + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("lock file left after Close")
	}
	again, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	got, ok := again.Set().Get(a.ID)
	if !ok || got != a || again.Set().Len() != 2 {
		t.Errorf("reopened: %+v (len %d), want %+v", got, again.Set().Len(), a)
	}
}

func TestSidecarPathForStdinAndReadOnly(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	stdin, _ := NewDocument("-", []byte(storeText), false)
	loc, err := SidecarPathFor(stdin, "")
	want := filepath.Join(data, "annotty", TextSHA256(storeText)+".json")
	if err != nil || loc.Path != want || loc.Reason != ReasonStdin {
		t.Errorf("stdin: %+v %v, want %s", loc, err, want)
	}
	sample, _ := NewDocument("sample:fox", []byte(storeText), false)
	if loc, _ := SidecarPathFor(sample, ""); loc.Path != want || loc.Reason != ReasonSample {
		t.Errorf("sample: %+v", loc)
	}
	gone, _ := NewDocument(filepath.Join(t.TempDir(), "missing-dir", "a.txt"), []byte(storeText), false)
	if loc, _ := SidecarPathFor(gone, ""); loc.Path != want || loc.Reason != ReasonReadOnly {
		t.Errorf("unwritable folder: %+v", loc)
	}
	if loc, _ := SidecarPathFor(stdin, "/x/y.json"); loc.Path != "/x/y.json" || loc.Reason != ReasonFlag {
		t.Errorf("override: %+v", loc)
	}
	t.Setenv("XDG_DATA_HOME", "relative/path") // ignored, as the XDG spec says
	t.Setenv("HOME", data)
	if loc, _ := SidecarPathFor(stdin, ""); loc.Path != filepath.Join(data, ".local", "share", "annotty", TextSHA256(storeText)+".json") {
		t.Errorf("fallback to ~/.local/share: %+v", loc)
	}
}

func TestStoreStdinSavesInDataDir(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	doc, _ := NewDocument("-", []byte(storeText), false)
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tagFirst(t, st.Set(), "claim", "住宅")
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st2, err := OpenStore(doc, StoreOptions{})
	if err != nil || st2.Set().Len() != 1 {
		t.Fatalf("reopen from data dir: %v, %d annotations", err, st2.Set().Len())
	}
	st2.Close()
}

func TestStoreNeverOverwritesCorruptSidecar(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	side := doc.Path + SidecarSuffix
	garbage := []byte("{\"schema\": \"annotty/annotations\", truncated")
	if err := os.WriteFile(side, garbage, 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := OpenStore(doc, StoreOptions{})
	var corrupt *CorruptSidecarError
	if !errors.Is(err, ErrCorruptSidecar) || !errors.As(err, &corrupt) || corrupt.Path != side {
		t.Fatalf("open: err = %v", err)
	}
	tagFirst(t, st.Set(), "quote", "\"naïve\"")
	if err := st.Save(); !errors.Is(err, ErrCorruptSidecar) {
		t.Errorf("save over a corrupt file: %v", err)
	}
	if err := st.Close(); err != nil {
		t.Errorf("close of a read-only store: %v", err)
	}
	if data, _ := os.ReadFile(side); string(data) != string(garbage) {
		t.Fatalf("corrupt sidecar was modified")
	}
	st, _ = OpenStore(doc, StoreOptions{})
	bak, err := st.MoveCorruptAside()
	if err != nil || bak != side+".bak" {
		t.Fatalf("move aside: %q %v", bak, err)
	}
	if data, _ := os.ReadFile(bak); string(data) != string(garbage) {
		t.Errorf(".bak does not hold the old content")
	}
	tagFirst(t, st.Set(), "quote", "\"naïve\"")
	if err := st.Save(); err != nil {
		t.Fatalf("save after moving aside: %v", err)
	}
	st.Close()
}

func TestStoreRefusesFileChangedBehindItsBack(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	st, _ := OpenStore(doc, StoreOptions{})
	defer st.Close()
	tagFirst(t, st.Set(), "quote", "\"naïve\"")
	if err := st.Save(); err != nil {
		t.Fatal(err)
	}
	other := NewAnnotationSet(doc, SetOptions{})
	tagFirst(t, other, "claim", "住宅")
	data, _ := NewAnnotationFile(other, nil).MarshalIndent()
	if err := os.WriteFile(st.Path(), data, 0o644); err != nil {
		t.Fatal(err)
	}
	tagFirst(t, st.Set(), "opinion", "Critics")
	wantOtherProgramsFileKept(t, st.Save(), st.Path(), data)
}

func TestStoreLockKeepsSecondProcessReadOnly(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	first, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tagFirst(t, first.Set(), "quote", "\"naïve\"")
	if err := first.Save(); err != nil {
		t.Fatal(err)
	}
	// Our own pid is alive, so the lock file counts as held by a live process.
	second, err := OpenStore(doc, StoreOptions{})
	var locked *LockedError
	if !errors.Is(err, ErrLocked) || !errors.As(err, &locked) || locked.PID != os.Getpid() {
		t.Fatalf("second open: %v", err)
	}
	if second.Set().Len() != 1 {
		t.Errorf("a locked store still shows the annotations")
	}
	tagFirst(t, second.Set(), "claim", "住宅")
	if err := second.Save(); !errors.Is(err, ErrLocked) {
		t.Errorf("locked save: %v", err)
	}
	second.Close()
	if _, err := os.Stat(first.Path() + ".lock"); err != nil {
		t.Errorf("closing the read-only store removed the owner's lock")
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	third, err := OpenStore(doc, StoreOptions{})
	if err != nil || third.Set().Len() != 1 {
		t.Errorf("after the owner closed: %v, %d", err, third.Set().Len())
	}
	third.Close()
}

func TestStaleLockIsTakenOver(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	lock := `{"pid":` + strconv.Itoa(dead.Process.Pid) + `,"host":"` + host + `","since":"2026-01-01T00:00:00Z"}`
	if err := os.WriteFile(doc.Path+SidecarSuffix+".lock", []byte(lock), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatalf("stale lock of dead pid %d not taken over: %v", dead.Process.Pid, err)
	}
	st.Close()
}

func TestStoreReanchorsWhenArticleChanged(t *testing.T) {
	dir := t.TempDir()
	doc := writeArticle(t, dir, "a.txt", storeText)
	st, _ := OpenStore(doc, StoreOptions{})
	tagFirst(t, st.Set(), "quote", "\"we will build 住宅 now\"")
	tagFirst(t, st.Set(), "opinion", "\"naïve\"")
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	changed := writeArticle(t, dir, "a.txt", "UPDATED\n"+strings.Replace(storeText, "\"naïve\"", "unwise", 1))
	st, err := OpenStore(changed, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := st.Report()
	// The quote's suffix held the word that changed: placed, unconfirmed.
	if !r.TextChanged || r.Fuzzy != 1 || r.Orphaned != 1 || len(st.Set().Orphans()) != 1 {
		t.Fatalf("report %+v", r)
	}
	if err := st.Close(); err != nil { // the re-anchored state is written back
		t.Fatal(err)
	}
	data, _ := os.ReadFile(st.Path())
	f, err := DecodeAnnotationFile(data)
	if err != nil || f.Document.SHA256 != TextSHA256(changed.Text) || len(f.Annotations) != 2 {
		t.Fatalf("sidecar after re-anchoring: %v %+v", err, f)
	}
}

func TestMoveCorruptAsideRefusesWhileLockedElsewhere(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	side := doc.Path + SidecarSuffix
	_ = os.WriteFile(side, []byte("garbage"), 0o644)
	owner, _ := OpenStore(doc, StoreOptions{}) // holds the lock, read-only (corrupt)
	defer owner.Close()
	other, err := OpenStore(doc, StoreOptions{})
	if !errors.Is(err, ErrCorruptSidecar) {
		t.Fatalf("second open: %v", err)
	}
	if _, err := other.MoveCorruptAside(); !errors.Is(err, ErrLocked) {
		t.Errorf("move aside while another annotty holds the lock: %v", err)
	}
	if data, _ := os.ReadFile(side); string(data) != "garbage" {
		t.Errorf("file moved or changed")
	}
}
