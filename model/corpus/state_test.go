package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestTwoProcessesMergeNotClobber(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	one, two := openDir(t, dir), openDir(t, dir)
	if err := one.SetStatus("a.txt", StatusDone); err != nil {
		t.Fatal(err)
	}
	if err := two.SetStatus("b.txt", StatusSkipped); err != nil {
		t.Fatal(err)
	}
	two.SetPosition("c.md", Position{Top: 3, Cursor: 3})
	for _, c := range []*Corpus{one, two} {
		if err := c.Save(); err != nil {
			t.Fatal(err)
		}
	}
	again := openDir(t, dir)
	if got := statusLine(again); got != "DSPNN" {
		t.Errorf("after both saved: %s, want DSPNN (a done by one, b skipped and c read by two)", got)
	}
	if got := statusLine(two); got != "DSPNN" {
		t.Errorf("the second process did not take in the first's change: %s", got)
	}
	// The same document changed by both: the last save wins.
	_ = one.SetStatus("d.txt", StatusDone)
	_ = two.SetStatus("d.txt", StatusSkipped)
	_ = one.Save()
	_ = two.Save()
	if e, _ := openDir(t, dir).Entry("d.txt"); e.Status != StatusSkipped {
		t.Errorf("d.txt %s, want the last save's skipped", e.Status)
	}
}

func TestCorruptStateIsNeverOverwritten(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	state := filepath.Join(dir, StateDir, StateFileName)
	if err := os.MkdirAll(filepath.Dir(state), 0o755); err != nil {
		t.Fatal(err)
	}
	junk := []byte("{\"schema\": \"annotty/corpus\", \"documents\": {")
	if err := os.WriteFile(state, junk, 0o644); err != nil {
		t.Fatal(err)
	}
	c := openDir(t, dir)
	if c.StateError() == nil || !strings.Contains(c.StateError().Error(), "left untouched") {
		t.Fatalf("state error %v", c.StateError())
	}
	_ = c.SetStatus("a.txt", StatusDone)
	if err := c.Save(); err == nil {
		t.Fatal("Save over a corrupt state succeeded")
	}
	if data, _ := os.ReadFile(state); string(data) != string(junk) {
		t.Errorf("corrupt state was changed: %q", data)
	}
}

func TestReadOnlyFolderKeepsStateInDataDir(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write a read-only folder")
	}
	dir := writeTree(t, fiveArticles)
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })
	c := openDir(t, dir)
	loc := c.StateLocation()
	if loc.Reason != StateReasonReadOnly || !strings.HasPrefix(loc.Path, data) {
		t.Fatalf("state location %+v", loc)
	}
	_ = c.SetStatus("e.txt", StatusDone)
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	if e, _ := openDir(t, dir).Entry("e.txt"); e.Status != StatusDone {
		t.Errorf("status not kept in the data dir: %s", e.Status)
	}
}

func TestFilesAddedRemovedAndRenamedBetweenSessions(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	c := openDir(t, dir)
	if err := c.Fill(t.Context(), nil, nil); err != nil {
		t.Fatal(err)
	}
	_ = c.SetStatus("b.txt", StatusDone)
	_ = c.SetStatus("d.txt", StatusSkipped)
	if _, err := c.Select("d.txt"); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	// b.txt is deleted (its sidecar kept), d.txt renamed, f.txt added.
	sidecar := filepath.Join(dir, "b.txt.annotty.json")
	must(t, os.WriteFile(sidecar, []byte("{}"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "d.txt.annotty.json"), []byte("{\"kept\": true}"), 0o644))
	must(t, os.Remove(filepath.Join(dir, "b.txt")))
	must(t, os.MkdirAll(filepath.Join(dir, "moved"), 0o755))
	must(t, os.Rename(filepath.Join(dir, "d.txt"), filepath.Join(dir, "moved", "delta.txt")))
	must(t, os.WriteFile(filepath.Join(dir, "f.txt"), []byte("Foxtrot.\n"), 0o644))

	c = openDir(t, dir)
	b, ok := c.Entry("b.txt")
	if !ok || !b.Missing || b.Status != StatusDone || b.Usable() {
		t.Fatalf("deleted b.txt: %+v", b)
	}
	if f, _ := c.Entry("f.txt"); f == nil || f.Status != StatusNew {
		t.Fatalf("added f.txt: %+v", f)
	}
	if err := c.Fill(t.Context(), nil, nil); err != nil {
		t.Fatal(err)
	}
	moved, _ := c.Entry("moved/delta.txt")
	if moved.RenamedFrom != "d.txt" || moved.Status != StatusSkipped {
		t.Fatalf("renamed file not recognised: %+v", moved)
	}
	if _, still := c.Entry("d.txt"); still {
		t.Error("the renamed file's old entry is still listed")
	}
	if c.Current() != moved {
		t.Errorf("current %v, want the renamed document", c.Current())
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "moved", "delta.txt.annotty.json")); string(got) != "{\"kept\": true}" {
		t.Errorf("sidecar not copied to the new name: %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "d.txt.annotty.json")); err != nil {
		t.Errorf("old sidecar not kept: %v", err)
	}
	if _, err := os.Stat(sidecar); err != nil {
		t.Errorf("missing document's sidecar was removed: %v", err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	again := openDir(t, dir)
	if got := paths(again.Entries()); !slices.Equal(got, []string{"a.txt", "b.txt", "c.md", "e.txt", "f.txt", "moved/delta.txt"}) {
		t.Errorf("entries after the rename was saved: %v", got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentSavesLoseNothing(t *testing.T) {
	files := map[string]string{}
	for i := range 20 {
		files[fmt.Sprintf("doc-%02d.txt", i)] = fmt.Sprintf("Story %d.\n", i)
	}
	dir := writeTree(t, files)
	one, two := openDir(t, dir), openDir(t, dir)
	var wg sync.WaitGroup
	for k, c := range []*Corpus{one, two} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k; i < 20; i += 2 { // one marks the even documents, two the odd ones
				if err := c.SetStatus(fmt.Sprintf("doc-%02d.txt", i), StatusDone); err != nil {
					t.Error(err)
				}
				if err := c.Save(); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if p := openDir(t, dir).Progress(); p.By[StatusDone] != 20 {
		t.Errorf("%d of 20 statuses survived two processes saving at once", p.By[StatusDone])
	}
}

func TestStateRejectsPathsOutsideTheCorpus(t *testing.T) {
	for _, p := range []string{"../secret", "/etc/passwd", "a/../../b", "a//b", "./a", ""} {
		data := fmt.Sprintf(`{"schema":"annotty/corpus","version":1,"documents":{%q:{"status":"done"}}}`, p)
		if _, err := decodeStateFile([]byte(data)); err == nil {
			t.Errorf("state with document %q accepted", p)
		}
	}
	if _, err := decodeStateFile([]byte(`{"schema":"annotty/corpus","version":1,"documents":{"herald/北京 😀.txt":{"status":"done"}}}`)); err != nil {
		t.Errorf("a clean path with CJK and emoji refused: %v", err)
	}
}

func TestRenamedDocumentTakesEveryAnnotatorsSidecar(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	c := openDir(t, dir)
	_ = c.SetStatus("d.txt", StatusDone)
	must(t, c.Save())
	cars := map[string]string{"d.txt.annotty.ann.json": "ann's", "d.txt.annotty.bob.json": "bob's", "d.txt.annotty.adjudicated.json": "gold"}
	for name, content := range cars {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	must(t, os.WriteFile(filepath.Join(dir, "dd.txt.annotty.ann.json"), []byte("another article's"), 0o644))
	must(t, os.Rename(filepath.Join(dir, "d.txt"), filepath.Join(dir, "delta.txt")))
	c = openDir(t, dir)
	must(t, c.Fill(t.Context(), nil, nil))
	if e, _ := c.Entry("delta.txt"); e == nil || e.RenamedFrom != "d.txt" {
		t.Fatalf("rename not recognised: %+v", e)
	}
	for name, content := range cars {
		moved := "delta.txt" + strings.TrimPrefix(name, "d.txt")
		if got, err := os.ReadFile(filepath.Join(dir, moved)); err != nil || string(got) != content {
			t.Errorf("%s: %q (%v), want a copy of %s", moved, got, err, name)
		}
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("old %s not kept: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "deltad.txt.annotty.ann.json")); err == nil {
		t.Error("another article's sidecar was taken")
	}
}
