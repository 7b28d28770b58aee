package model

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestReadAnnotations(t *testing.T) {
	dir := t.TempDir()
	doc := writeArticle(t, dir, "a.txt", storeText)
	set, loc, _, err := ReadAnnotations(doc, StoreOptions{})
	if err != nil || set.Len() != 0 || loc.Path != doc.Path+SidecarSuffix {
		t.Fatalf("no sidecar yet: %v %d %+v", err, set.Len(), loc)
	}
	if _, _, _, err := ReadAnnotations(doc, StoreOptions{Path: filepath.Join(dir, "none.json")}); !errors.Is(err, ErrNoSidecar) {
		t.Errorf("missing --annotations file: %v", err)
	}
	st, _ := OpenStore(doc, StoreOptions{})
	tagFirst(t, st.Set(), "quote", "\"naïve\"")
	if err := st.Save(); err != nil {
		t.Fatal(err)
	}
	set, _, _, err = ReadAnnotations(doc, StoreOptions{}) // works while another process holds the lock
	if err != nil || set.Len() != 1 {
		t.Errorf("read while locked: %v %d", err, set.Len())
	}
	st.Close()
	if _, err := os.Stat(doc.Path + SidecarSuffix + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadAnnotations must not leave a lock")
	}
	_ = os.WriteFile(doc.Path+SidecarSuffix, []byte("[]"), 0o644)
	if _, _, _, err := ReadAnnotations(doc, StoreOptions{}); !errors.Is(err, ErrCorruptSidecar) {
		t.Errorf("corrupt: %v", err)
	}
}
