package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annotty/annotty/samples"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// sampleCorpus copies the bundled samples into a folder news/fox and
// news/local (with one binary file) and returns the folder.
func sampleCorpus(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir()) // no annotations from this machine's data folder
	dir := filepath.Join(t.TempDir(), "news")
	for _, name := range samples.Names() {
		outlet := "local"
		if strings.HasPrefix(name, "fox") {
			outlet = "fox"
		}
		data, err := samples.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, outlet, name), data)
	}
	writeFile(t, filepath.Join(dir, "local", "broken.txt"), []byte("a\x00b"))
	return dir
}

// writeFile writes data at path, making its folder.
func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runCorpusGolden runs the corpus reader end to end on dir in a virtual
// terminal, types keys (waitPrefix waits for text), and compares the final
// screen with testdata/<Test>/<size>.golden.
func runCorpusGolden(t *testing.T, dir string, width, height int, keys ...string) {
	t.Helper()
	t.Run(fmt.Sprintf("%dx%d", width, height), func(t *testing.T) {
		d := filepath.Join(t.TempDir(), "news")
		copyTree(t, dir, d)
		m := newTestCorpusModel(t, d)
		tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(width, height))
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("¶")) }, teatest.WithDuration(goldenTimeout))
		for _, k := range keys {
			if text, ok := strings.CutPrefix(k, waitPrefix); ok {
				teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) }, teatest.WithDuration(goldenTimeout))
				continue
			}
			tm.Send(keyMsg(k))
		}
		time.Sleep(300 * time.Millisecond) // the scan's last batch and the last key drawn
		tm.Send(keyMsg("ctrl+c"))
		final := tm.FinalModel(t, teatest.WithFinalTimeout(goldenTimeout)).(CorpusModel)
		if s := final.Store(); s != nil {
			_ = s.Close()
		}
		golden.RequireEqual(t, []byte(corpusScreenText(final)))
	})
}

// TestGoldenDocumentsPane: the Documents tab after one document is marked
// done (statuses, tag and quote counts, reviewed share, a bad file).
func TestGoldenDocumentsPane(t *testing.T) {
	dir := sampleCorpus(t)
	runCorpusGolden(t, dir, 80, 24, waitPrefix+"7 quotes", "D", waitPrefix+"done 1 / 4", "O", waitPrefix+"11q")
	runCorpusGolden(t, dir, 120, 40, waitPrefix+"7 quotes", "D", waitPrefix+"done 1 / 4", "O", waitPrefix+"11q")
}

// TestGoldenDocumentsPaneFiltered: a name filter being typed.
func TestGoldenDocumentsPaneFiltered(t *testing.T) {
	runCorpusGolden(t, sampleCorpus(t), 120, 40, "O", waitPrefix+"by listed", "/", "f", "e", "r", waitPrefix+"/fer")
}

// TestGoldenCorpusSpeakers: every speaker across the corpus.
func TestGoldenCorpusSpeakers(t *testing.T) {
	runCorpusGolden(t, sampleCorpus(t), 120, 40, "W", waitPrefix+"Jake Sullivan")
}
