//go:build linux

package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Attack 4 on a real full disk: the sidecar lives on a 256 KB tmpfs (root
// only) that a filler file fills. The save fails with "no space left on
// device", the old sidecar is intact, the failure stays visible, and the
// retry once space is freed saves everything.
func TestAttackFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	mnt := t.TempDir()
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=256k"); err != nil {
		t.Skip("cannot mount a tmpfs:", err)
	}
	defer syscall.Unmount(mnt, syscall.MNT_DETACH)
	doc := writeArticle(t, mnt, "a.txt", storeText)
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a := NewAutosaver(st, 0)
	tagFirst(t, st.Set(), "quote", "住宅")
	if s := a.Flush(); s.Err != nil {
		t.Fatal(s.Err)
	}
	filler := filepath.Join(mnt, "filler")
	f, _ := os.Create(filler)
	f.Write(make([]byte, 512<<10)) // fails when the disk is full: that is the point
	f.Close()
	for _, sub := range []string{"naïve", "Critics"} {
		tagFirst(t, st.Set(), "claim", sub)
		a.Changed()
		s := a.Start()()
		if !errors.Is(s.Err, ErrNoSpace) || !strings.Contains(s.Err.Error(), "no space left on device") {
			t.Fatalf("save on a full disk: %+v", s)
		}
	}
	if n := savedTags(st.Path()); n != 1 {
		t.Errorf("the old sidecar was damaged: %d tags", n)
	}
	if s := a.State(); !s.Unsaved || s.Err == nil {
		t.Errorf("failure not visible: %+v", s)
	}
	os.Remove(filler)
	if s := a.Start()(); s.Err != nil || savedTags(st.Path()) != 3 {
		t.Errorf("retry after freeing space: %+v, %d tags", s, savedTags(st.Path()))
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}
