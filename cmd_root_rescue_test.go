//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// freezeDir makes dir unwritable until the test ends (chattr +i as root,
// who ignores permissions; chmod otherwise).
func freezeDir(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		os.Chmod(dir, 0o555)
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return
	}
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Skipf("chattr: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", dir).Run() })
}

// Attack 4 at quit: when the last save fails, quitting writes a rescue copy
// under the data folder, says where, and still releases the lock.
func TestAttackQuitWithFailedSaveWritesRescueCopy(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	doc := taggingDoc(t)
	_, store, err := openTagging(&taggingOptions{}, doc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: 0, End: 24}}); err != nil {
		t.Fatal(err)
	}
	freezeDir(t, filepath.Dir(doc.Path))
	err = closeStore(store)
	if err == nil || !strings.Contains(err.Error(), "NOT saved") || !strings.Contains(err.Error(), "rescue copy is at ") {
		t.Fatalf("quit with a failed save: %v", err)
	}
	rescue := err.Error()[strings.Index(err.Error(), "rescue copy is at ")+len("rescue copy is at "):]
	rescue = rescue[:strings.Index(rescue, " ")]
	f, derr := model.DecodeAnnotationFile(must(os.ReadFile(rescue)))
	if derr != nil || len(f.Annotations) != 1 {
		t.Fatalf("rescue copy %s: %v %+v", rescue, derr, f)
	}
	if lock, err := model.AcquireLock(store.Path() + ".lock"); err == nil {
		lock.Release() // the folder is read-only: the lock file may stay, but the lock is free
	} else {
		t.Errorf("the lock is still held: %v", err)
	}
}

// Quitting a read-only reader with nothing changed writes no rescue copy,
// also after its saved tags were placed in the deferred step.
func TestQuitWithoutChangesWritesNoRescueCopy(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	doc := taggingDoc(t)
	_, first, _ := openTagging(&taggingOptions{}, doc)
	defer first.Close()
	if _, err := first.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: 0, End: 24}}); err != nil {
		t.Fatal(err)
	}
	if err := first.Save(); err != nil {
		t.Fatal(err)
	}
	_, second, _ := openTagging(&taggingOptions{}, doc)
	if _, err := second.FinishReanchor(); err != nil { // what the reader does after its first frame
		t.Fatal(err)
	}
	if second.Set().Len() != 1 || second.ReadOnly() == nil {
		t.Fatalf("second reader: %d tags, read-only %v", second.Set().Len(), second.ReadOnly())
	}
	if err := closeStore(second); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Errorf("data folder: %v", entries)
	}
}

// "Write a rescue copy and quit" writes one even when only re-anchored
// places are unsaved (the article changed; no change of the user's), and
// none when everything was saved after all.
func TestRescueAndCloseWhenOnlyReanchoringIsUnsaved(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	before, after := string(must(os.ReadFile("testdata/review/before.txt"))), string(must(os.ReadFile("testdata/review/after.txt")))
	open := func(text string) *model.Store {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := model.NewDocument(path, []byte(text), false)
		if err != nil {
			t.Fatal(err)
		}
		_, store, _ := openTagging(&taggingOptions{}, doc)
		if _, err := store.FinishReanchor(); err != nil {
			t.Fatal(err)
		}
		return store
	}
	first := open(before)
	i := strings.Index(before, "the mayor thanked")
	if _, err := first.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: i, End: i + 17}}); err != nil {
		t.Fatal(err)
	}
	if err := rescueAndClose(first); err != nil { // saved after all: no copy
		t.Fatal(err)
	}
	second := open(after) // the tag is re-anchored: unsaved, but no change of the user's
	freezeDir(t, dir)
	err := rescueAndClose(second)
	if err == nil || !strings.Contains(err.Error(), "rescue copy is at ") {
		t.Fatalf("rescue and quit: %v", err)
	}
}
