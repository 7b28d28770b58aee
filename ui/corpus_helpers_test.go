package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// corpusArticle is a small article with two quotes; n makes each distinct.
func corpusArticle(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Story number %d about the harbour ferry.\n\n", n)
	for p := range 12 {
		fmt.Fprintf(&b, "Paragraph %d of story %d. \"We will keep the ferry running,\" said Ana Lopez, the mayor. The council met on Monday to discuss the budget.\n\n", p, n)
	}
	b.WriteString("\"It is a good day,\" said Tom Reed.\n")
	return b.String()
}

// writeCorpus writes names (with corpusArticle text) into a temp folder and
// returns it; a name ending in .bin gets binary content.
func writeCorpus(t testing.TB, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for i, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		data := []byte(corpusArticle(i))
		if strings.HasSuffix(name, "broken.txt") {
			data = []byte("a\x00b")
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// openTestCorpus opens the corpus in dir in the corpus reader, sized
// width x height, the first frame delivered (scan and analysis run).
func openTestCorpus(t testing.TB, dir string, width, height int) CorpusModel {
	t.Helper()
	m := newTestCorpusModel(t, dir)
	// The program runs Init's commands beside the first frame; the analysis
	// waits for the window size, so the test sizes first.
	m = sendCorpus(t, m, tea.WindowSizeMsg{Width: width, Height: height})
	return deliverCorpus(t, m, m.Init())
}

// newTestCorpusModel opens the corpus in dir as annotty DIR does (plain
// styles, the detectors, a store per document).
func newTestCorpusModel(t testing.TB, dir string) CorpusModel {
	t.Helper()
	c, err := corpus.Open([]string{dir}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var e *corpus.Entry
	for {
		var ok bool
		if e, ok = c.Resume(); !ok {
			t.Fatal("nothing to open")
		}
		if c.Check(e) {
			break
		}
	}
	open := func(e *corpus.Entry) (Model, *model.Store, error) {
		doc, err := c.Load(e)
		if err != nil {
			return Model{}, nil, err
		}
		store, _ := model.OpenStore(doc, model.StoreOptions{})
		return New(doc, Options{Styles: plainStyles(), Analyze: annotate.AnalyzeContext, Store: store}), store, nil
	}
	m, err := NewCorpus(c, e, CorpusOptions{Open: open, Count: annotate.Analyze, Report: annotate.Analyze})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// sendCorpus sends msg and every message its commands produce, in turn.
func sendCorpus(t testing.TB, m CorpusModel, msg tea.Msg) CorpusModel {
	t.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 10000 {
			t.Fatal("the messages never settle")
		}
		next, cmd := m.Update(queue[0])
		m = next.(CorpusModel)
		queue = append(queue[1:], runCmd(cmd)...)
	}
	return m
}

// deliverCorpus runs cmd and delivers what it produces.
func deliverCorpus(t testing.TB, m CorpusModel, cmd tea.Cmd) CorpusModel {
	t.Helper()
	for _, msg := range runCmd(cmd) {
		m = sendCorpus(t, m, msg)
	}
	return m
}

// pressCorpus sends keys one by one (names as keyMsg takes them).
func pressCorpus(t testing.TB, m CorpusModel, keys ...string) CorpusModel {
	t.Helper()
	for _, k := range keys {
		m = sendCorpus(t, m, keyMsg(k))
	}
	return m
}

// corpusScreen is the corpus reader's view without escape sequences.
func corpusScreenText(m CorpusModel) string { return ansi.Strip(m.View()) }

// copyTree copies the files of src (recursively) into dst.
func copyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
