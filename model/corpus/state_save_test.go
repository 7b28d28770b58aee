package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A save taken in the background writes what was changed before it; what
// changes while it runs is left for the next save, and nothing is lost.
func TestSaveJobLeavesLaterChangesForTheNextSave(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	c := openDir(t, dir)
	_ = c.SetStatus("a.txt", StatusDone)
	job, ok := c.StartSave()
	if !ok {
		t.Fatal("StartSave with a change: nothing to save")
	}
	if _, again := c.StartSave(); again {
		t.Error("a second StartSave while one runs")
	}
	if err := c.Save(); !errors.Is(err, ErrSaveRunning) {
		t.Errorf("Save while a job runs: %v, want ErrSaveRunning", err)
	}
	done := make(chan SaveResult)
	go func() { done <- job.Run() }()
	_ = c.SetStatus("b.txt", StatusSkipped) // while the job runs
	c.SetPosition("a.txt", Position{Top: 4, Cursor: 6})
	if err := c.Fill(t.Context(), nil, nil); err != nil { // reads the state the job started from
		t.Fatal(err)
	}
	if !c.Dirty() {
		t.Error("not dirty while a save runs")
	}
	if err := c.FinishSave(<-done); err != nil {
		t.Fatal(err)
	}
	if got := statusLine(openDir(t, dir)); got != "DNNNN" {
		t.Errorf("after the job: %s on disk, want DNNNN (only a, taken before the later changes)", got)
	}
	if !c.Dirty() {
		t.Fatal("the changes made while the job ran are no longer pending")
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	again := openDir(t, dir)
	if got := statusLine(again); got != "DSNNN" {
		t.Errorf("after the next save: %s, want DSNNN", got)
	}
	if e, _ := again.Entry("a.txt"); e.Position != (Position{Top: 4, Cursor: 6}) {
		t.Errorf("a.txt at %+v, want the position set while the job ran", e.Position)
	}
}

// A save that fails leaves its changes pending: the next save writes them.
func TestFailedSaveKeepsItsChanges(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	blocker := filepath.Join(t.TempDir(), "state")
	state := filepath.Join(blocker, "corpus.json")
	c, err := Open([]string{dir}, Options{StatePath: state})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(blocker, nil, 0o644); err != nil { // the state's folder is a file now: saves fail
		t.Fatal(err)
	}
	_ = c.SetStatus("c.md", StatusDone)
	if err := c.Save(); err == nil || !strings.Contains(err.Error(), "saving corpus state") {
		t.Fatalf("save into a file's 'folder': %v", err)
	}
	if !c.Dirty() || c.StateError() != nil {
		t.Fatalf("after a failed write: dirty %v, state error %v (want dirty, no state error)", c.Dirty(), c.StateError())
	}
	if err := os.Remove(blocker); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	back, err := Open([]string{dir}, Options{StatePath: state})
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := back.Entry("c.md"); e.Status != StatusDone {
		t.Errorf("c.md %s after the retry, want done", e.Status)
	}
}

// A save that finds the state file changed by another process decodes it
// and keeps its documents; one that finds it unchanged reuses what it read.
func TestSaveRereadsOnlyAChangedFile(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	one, two := openDir(t, dir), openDir(t, dir)
	_ = one.SetStatus("a.txt", StatusDone)
	if err := one.Save(); err != nil {
		t.Fatal(err)
	}
	_ = one.SetStatus("b.txt", StatusDone)
	if err := one.Save(); err != nil { // the file is the one it wrote
		t.Fatal(err)
	}
	_ = two.SetStatus("e.txt", StatusSkipped)
	if err := two.Save(); err != nil {
		t.Fatal(err)
	}
	_ = one.SetStatus("d.txt", StatusDone)
	if err := one.Save(); err != nil { // written by two since: decoded, merged
		t.Fatal(err)
	}
	if got := statusLine(openDir(t, dir)); got != "DDNDS" {
		t.Errorf("on disk %s, want DDNDS", got)
	}
	if got := statusLine(one); got != "DDNDS" {
		t.Errorf("the first process has %s, want DDNDS (two's e taken in)", got)
	}
}

// A state file spoilt after it was read (by hand, or a broken tool) is not
// mistaken for the one this process wrote: the save decodes it, fails, and
// leaves it untouched.
func TestSaveLeavesAFileSpoiltSinceItWasRead(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	c := openDir(t, dir)
	_ = c.SetStatus("a.txt", StatusDone)
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	state := c.StateLocation().Path
	written, err := os.ReadFile(state)
	if err != nil {
		t.Fatal(err)
	}
	spoilt := bytes.Replace(written, []byte(`"status":"done"`), []byte(`"status":"done`), 1) // one quote gone
	if err := os.WriteFile(state, spoilt, 0o644); err != nil {
		t.Fatal(err)
	}
	_ = c.SetStatus("b.txt", StatusSkipped)
	if err := c.Save(); err == nil || !strings.Contains(err.Error(), "left untouched") {
		t.Fatalf("save over a spoilt file: %v", err)
	}
	if got, _ := os.ReadFile(state); !bytes.Equal(got, spoilt) {
		t.Errorf("the spoilt file was changed:\n%s", got)
	}
	if c.StateError() == nil {
		t.Error("no state error after finding the file spoilt")
	}
}
