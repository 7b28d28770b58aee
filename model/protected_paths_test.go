package model

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Attack 9: --annotations naming the article (or another article of the
// corpus) is refused before anything is read, and M cannot rename it.
func TestAttackAnnotationsPathIsArticle(t *testing.T) {
	dir := t.TempDir()
	doc := writeArticle(t, dir, "a.txt", storeText)
	other := writeArticle(t, dir, "b.txt", "Another article.\n")
	for _, c := range []struct {
		path    string
		protect []string
	}{
		{doc.Path, nil},
		{filepath.Join(dir, ".", "a.txt"), nil},
		{other.Path, []string{other.Path}},
	} {
		st, err := OpenStore(doc, StoreOptions{Path: c.path, Protect: c.protect})
		if !errors.Is(err, ErrProtectedPath) {
			t.Errorf("--annotations %s: %v", c.path, err)
		}
		if _, err := st.MoveCorruptAside(); err == nil {
			t.Errorf("--annotations %s: offered to move the article aside", c.path)
		}
		tagFirst(t, st.Set(), "quote", "住宅")
		if err := st.Save(); err == nil {
			t.Errorf("--annotations %s: saved over the article", c.path)
		}
		st.Close()
		if _, _, _, err := ReadAnnotations(doc, StoreOptions{Path: c.path, Protect: c.protect}); !errors.Is(err, ErrProtectedPath) {
			t.Errorf("read --annotations %s: %v", c.path, err)
		}
	}
	if data, _ := os.ReadFile(doc.Path); string(data) != storeText {
		t.Errorf("the article was changed: %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left beside the articles: %v", entries)
	}
}

// Attack 5: a symlinked sidecar (a synced folder) is read and saved through
// the link; the link stays and its target holds the annotations.
func TestAttackSymlinkedSidecarIsWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	doc := writeArticle(t, dir, "a.txt", storeText)
	synced := filepath.Join(t.TempDir(), "a.json")
	if err := os.Symlink(synced, doc.Path+SidecarSuffix); err != nil {
		t.Skip("no symlinks:", err)
	}
	for round := 1; round <= 2; round++ {
		st, err := OpenStore(doc, StoreOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Set().Len() != round-1 {
			t.Fatalf("round %d: %d tags restored", round, st.Set().Len())
		}
		tagFirst(t, st.Set(), []string{"", "quote", "claim"}[round], []string{"", "住宅", "naïve"}[round])
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Lstat(doc.Path + SidecarSuffix); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("round %d: the sidecar link was replaced", round)
		}
		f, err := DecodeAnnotationFile(must(os.ReadFile(synced)))
		if err != nil || len(f.Annotations) != round {
			t.Fatalf("round %d: link target %v %+v", round, err, f)
		}
	}
}

// must drops a read error: a missing file reads as empty.
func must(data []byte, _ error) []byte { return data }
