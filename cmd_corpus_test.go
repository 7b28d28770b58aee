package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model/corpus"
	"github.com/spf13/cobra"
)

// writeCorpus writes relative path -> content under a new temp dir.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runCmd runs a command built by build with args and returns stdout, stderr and the error.
func runCmd(t *testing.T, build func() *cobra.Command, args ...string) (string, string, error) {
	t.Helper()
	return runCommand(build(), "", args...)
}

func TestRootWithOnlyUnreadableFilesSaysSo(t *testing.T) {
	dir := t.TempDir()
	_, _, err := runCmd(t, newRootCmd, filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	if err == nil || !strings.Contains(err.Error(), "none of the 2 documents can be opened (a.txt: no such file or directory)") {
		t.Fatalf("error %v", err)
	}
}

func TestCorpusListAndMark(t *testing.T) {
	dir := writeCorpus(t, map[string]string{
		"herald/budget.txt": "\"We will cut nothing,\" Mayor Ann Lee said.\n",
		"herald/ads.md":     "# Ads\n\nBuy now.\n",
		"gazette/park.txt":  "The park opens.\n",
		"broken.txt":        "\x00\x01",
	})
	out, _, err := runCmd(t, newCorpusCmd, "mark", "done", dir, "herald/budget.txt", filepath.Join(dir, "gazette", "park.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(out) != "2 documents marked done" {
		t.Errorf("mark printed %q", out)
	}
	out, _, err = runCmd(t, newCorpusCmd, "list", "--status", "done", "--analyze", dir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		"STATUS       TAGS QUOTES REVIEWED  DOCUMENT",
		"done            0      0     100%  gazette/park.txt",
		"done            0      1       0%  herald/budget.txt",
		"done 2 / 3 · 66% · 1 unreadable",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("list:\n%s\nwant:\n%s", out, strings.Join(want, "\n"))
	}
	out, _, err = runCmd(t, newCorpusCmd, "list", "--sort", "status", dir)
	if err != nil || !strings.Contains(out, "unreadable      0      -        -  broken.txt  (binary (it contains NUL bytes))") {
		t.Errorf("list by status (%v):\n%s", err, out)
	}
	if _, _, err := runCmd(t, newCorpusCmd, "mark", "finished", dir, "x"); err == nil || !strings.Contains(err.Error(), "unknown status") {
		t.Errorf("bad status: %v", err)
	}
	if _, _, err := runCmd(t, newCorpusCmd, "mark", "done", dir, "nope.txt"); err == nil || !strings.Contains(err.Error(), "not a document") {
		t.Errorf("unknown document: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, corpus.StateDir, corpus.StateFileName)); err != nil {
		t.Errorf("no state file: %v", err)
	}
}

func TestCorpusListSanitizesFileNames(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"evil\x1b[2J\x07.txt": "Fine text.\n", "北京 😀.md": "# 标题\n"})
	out, _, err := runCmd(t, newCorpusCmd, "list", dir)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out, "\x1b\x07") || !strings.Contains(out, "北京 😀.md") {
		t.Errorf("list output not sanitized or mangled:\n%q", out)
	}
}

func TestListExportAndReportSayTheStateIsCorrupt(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	if _, _, err := runCmd(t, newCorpusCmd, "mark", "done", dir, "notes.txt"); err != nil {
		t.Fatal(err)
	}
	state := filepath.Join(dir, corpus.StateDir, corpus.StateFileName)
	if err := os.WriteFile(state, []byte("{\"schema\": garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, run := range []struct {
		build func() *cobra.Command
		args  []string
	}{
		{newCorpusCmd, []string{"list", dir}},
		{newExportCmd, []string{"--format", "jsonl", dir}},
		{newReportCmd, []string{dir}},
	} {
		_, errOut, err := runCmd(t, run.build, run.args...)
		if err != nil {
			t.Fatalf("%v: %v", run.args, err)
		}
		if !strings.Contains(errOut, "corpus state is corrupt") || !strings.Contains(errOut, "statuses are shown as new") {
			t.Errorf("%v: standard error %q does not say the statuses were not read", run.args, errOut)
		}
	}
	if data, _ := os.ReadFile(state); string(data) != "{\"schema\": garbage" {
		t.Errorf("the corrupt state was rewritten: %q", data)
	}
}

func TestReaderOpensTheRecordToResume(t *testing.T) {
	dir := t.TempDir()
	dump := `{"id":"a","text":"First record."}` + "\n" + `{"id":"b","text":"Second record."}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "dump.jsonl"), []byte(dump), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runCmd(t, newCorpusCmd, "mark", "done", dir, "dump.jsonl#a"); err != nil {
		t.Fatal(err)
	}
	c, err := openCorpus([]string{dir}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := c.Resume()
	if !ok || e.Path != "dump.jsonl#b" {
		t.Fatalf("resume: %+v", e)
	}
	doc, err := c.Load(e) // what the corpus reader opens
	if err != nil || !strings.Contains(doc.Text, "Second record.") {
		t.Fatalf("the reader would open %v (%v), want record b", doc, err)
	}
}
