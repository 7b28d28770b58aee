package model

import (
	"os"
	"testing"
)

// Attack 4, unplugged: the sidecar's folder disappears after a save (a
// drive unplugged, a share unmounted). That is no other program's change:
// saves fail and are retried (the store stays writable), and once the
// folder is back the next save writes everything.
func TestAttackFolderGoneIsRetriedNotReadOnly(t *testing.T) {
	st, sub := openTestStore(t)
	a := NewAutosaver(st, 0)
	tagFirst(t, st.Set(), "quote", "住宅")
	if s := a.Flush(); s.Err != nil {
		t.Fatal(s.Err)
	}
	away := sub + ".unplugged"
	if err := os.Rename(sub, away); err != nil {
		t.Fatal(err)
	}
	tagFirst(t, st.Set(), "claim", "naïve")
	a.Changed()
	if s := a.Start()(); s.Err == nil {
		t.Fatal("a save into a folder that is gone succeeded")
	}
	if err := st.ReadOnly(); err != nil {
		t.Fatalf("the store turned read-only: %v", err)
	}
	if err := os.Rename(away, sub); err != nil {
		t.Fatal(err)
	}
	if s := a.Flush(); s.Err != nil || s.Unsaved {
		t.Fatalf("the save once the folder is back: %+v", s)
	}
	if n := savedTags(st.Path()); n != 2 {
		t.Errorf("%d tags on disk, want 2", n)
	}
}
