package session

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// writeStory writes text as dir/story.txt (over what is there) and loads it.
func writeStory(t *testing.T, dir, text string) *model.Document {
	t.Helper()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument(path, []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// storeSession opens a session on text through a real store in a folder
// of its own, and returns that folder.
func storeSession(t *testing.T) (*Session, string) {
	t.Helper()
	dir := t.TempDir()
	doc := writeStory(t, dir, text)
	store, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	return New(doc, Options{Store: store, Set: store.Set()}), dir
}

// freezeFolder makes dir unwritable (chattr +i as root, who ignores
// permissions; chmod otherwise) until the returned function is called.
func freezeFolder(t *testing.T, dir string) (restore func()) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return func() { os.Chmod(dir, 0o755) }
	}
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Skipf("chattr: %v %s", err, out)
	}
	undo := func() { exec.Command("chattr", "-i", dir).Run() }
	t.Cleanup(undo)
	return undo
}

func TestBackgroundSaving(t *testing.T) {
	s, dir := storeSession(t)
	if s.NoteChange() || s.StartSave() != nil {
		t.Fatal("nothing changed, yet a save is due")
	}
	s.Tag(2, model.Span{Start: 0, End: 9})
	if !s.NoteChange() || s.NoteChange() {
		t.Fatal("a change must schedule one save, once")
	}
	if s.SaveBadge() != "saving…" || !s.Dirty() {
		t.Fatalf("before the write: badge %q, dirty %v", s.SaveBadge(), s.Dirty())
	}
	job := s.StartSave()
	s.SaveFinished(job())
	if s.Dirty() || s.SaveBadge() != "" || s.SaveProblem("ctrl+s") != "" || !s.SavedOnce() {
		t.Fatalf("after the write: dirty %v, badge %q, problem %q", s.Dirty(), s.SaveBadge(), s.SaveProblem("ctrl+s"))
	}

	restore := freezeFolder(t, dir) // every save fails from here on
	s.Tag(3, model.Span{Start: 10, End: 20})
	if !s.NoteChange() {
		t.Fatal("the next change did not schedule a save")
	}
	s.SaveFinished(s.StartSave()())
	problem := s.SaveProblem("ctrl+s")
	if !strings.HasPrefix(problem, "NOT SAVED since ") || !strings.Contains(problem, "(ctrl+s retries): ") || !strings.HasSuffix(problem, " in "+dir) {
		t.Fatalf("problem %q", problem)
	}
	if s.SaveBadge() != "" || s.LastSaveError() == nil || !s.Dirty() {
		t.Fatalf("while failing: badge %q, error %v, dirty %v", s.SaveBadge(), s.LastSaveError(), s.Dirty())
	}
	if st := s.Flush(); !st.Unsaved || st.Err == nil {
		t.Fatalf("a flush that cannot write: %+v", st)
	}
	restore()
	if st := s.Flush(); st.Unsaved || st.Err != nil || s.SaveProblem("ctrl+s") != "" {
		t.Fatalf("a flush once the folder is back: %+v, problem %q", st, s.SaveProblem("ctrl+s"))
	}
}
