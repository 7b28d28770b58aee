package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorruptSeedStaysReadOnlyWhileLockedElsewhere: a corrupt seed must not
// make a store writable without the sidecar's lock.
func TestCorruptSeedStaysReadOnlyWhileLockedElsewhere(t *testing.T) {
	dir := t.TempDir()
	doc := writeArticle(t, dir, "a.txt", storeText)
	seed := filepath.Join(dir, "seed.json")
	if err := os.WriteFile(seed, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	side := filepath.Join(dir, "data", "sha.json")
	if err := os.MkdirAll(filepath.Dir(side), 0o755); err != nil {
		t.Fatal(err)
	}
	owner, err := AcquireLock(side + ".lock")
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Release()

	s := &Store{loc: SidecarLocation{Path: side, Seed: seed}, set: NewAnnotationSet(doc, SetOptions{})}
	_, s.readOnly = AcquireLock(side + ".lock")
	if err := s.load(doc, SetOptions{}); err != nil {
		s.readOnly = bothErrors(s.readOnly, err)
	}
	if !errors.Is(s.ReadOnly(), ErrLocked) || !errors.Is(s.ReadOnly(), ErrCorruptSidecar) {
		t.Fatalf("read-only reason hides the lock or the corruption: %v", s.ReadOnly())
	}
	if _, err := s.MoveCorruptAside(); !errors.Is(err, ErrLocked) {
		t.Errorf("move aside a corrupt seed while locked elsewhere: %v", err)
	}
	if s.ReadOnly() == nil {
		t.Fatal("store became writable without the lock")
	}
	if err := s.Save(); err == nil {
		t.Error("saved without the lock")
	}
	if _, err := os.Stat(side); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("sidecar written without the lock: %v", err)
	}

	owner.Release()
	got, err := s.MoveCorruptAside()
	if err != nil || got != seed || s.ReadOnly() != nil {
		t.Fatalf("after the owner left: %q %v (read-only %v)", got, err, s.ReadOnly())
	}
	defer s.Close()
	if data, _ := os.ReadFile(seed); string(data) != "garbage" {
		t.Error("the seed was changed")
	}
}

// TestOpenStoreKeepsLockErrorBesideCorruption: a locked, corrupt sidecar reports both.
func TestOpenStoreKeepsLockErrorBesideCorruption(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	_ = os.WriteFile(doc.Path+SidecarSuffix, []byte("{"), 0o644)
	owner, _ := OpenStore(doc, StoreOptions{})
	defer owner.Close()
	_, err := OpenStore(doc, StoreOptions{})
	var locked *LockedError
	if !errors.As(err, &locked) || !errors.Is(err, ErrCorruptSidecar) {
		t.Fatalf("second open: %v", err)
	}
}

// TestRemoveLeftoverTempsIgnoresGlobMetacharacters: only the sidecar's own
// temporary files go, even when its name holds glob metacharacters.
func TestRemoveLeftoverTempsIgnoresGlobMetacharacters(t *testing.T) {
	dir := t.TempDir()
	side := filepath.Join(dir, "a[1]*.txt.annotty.json")
	own := filepath.Join(dir, ".a[1]*.txt.annotty.json.tmp-123")
	others := []string{
		filepath.Join(dir, ".a1x.txt.annotty.json.tmp-123"),
		filepath.Join(dir, ".b.txt.annotty.json.tmp-1"),
		filepath.Join(dir, "a[1]*.txt.annotty.json"),
	}
	for _, p := range append([]string{own}, others...) {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	removeLeftoverTemps(side)
	if _, err := os.Stat(own); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("own leftover kept: %v", err)
	}
	for _, p := range others {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed: %v", filepath.Base(p), err)
		}
	}
}

// BenchmarkStoreSaveLargeDocument is one autosave after an edit on a 10 MB
// article with a few annotations: the text must not be hashed or scanned again.
func BenchmarkStoreSaveLargeDocument(b *testing.B) {
	para := "The minister said “we share the goal — 世界 🙂” and left.\n"
	text := strings.Repeat(para, 10<<20/len(para))
	dir := b.TempDir()
	doc, err := NewDocument(filepath.Join(dir, "big.txt"), []byte(text), false)
	if err != nil {
		b.Fatal(err)
	}
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var id string
	for _, off := range []int{0, len(text) / 2, len(text) - len(para)} {
		a, err := st.Set().Add(Annotation{Label: "quote", Span: Span{off + 4, off + 12}})
		if err != nil {
			b.Fatal(err)
		}
		id = a.ID
	}
	for b.Loop() {
		_ = st.Set().Update(id, func(a *Annotation) { a.Note += "x" })
		if err := st.Save(); err != nil {
			b.Fatal(err)
		}
	}
}
