package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// benchFiles is how many articles the benchmark corpus holds (1–20 KB each).
const benchFiles = 10_000

var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		_ = os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchCorpus writes, once per run, 10,000 articles of 1–20 KB in 20 outlet
// folders of a temp dir, and returns the dir.
func benchCorpus(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "annotty-corpus-bench-")
		if benchErr != nil {
			return
		}
		rng := rand.New(rand.NewPCG(1, 2))
		para := "\"We will keep every library open,\" Mayor Ann Lee said on Tuesday. The council met for three hours.\n\n"
		for i := range benchFiles {
			dir := filepath.Join(benchDir, fmt.Sprintf("outlet-%02d", i%20))
			if benchErr = os.MkdirAll(dir, 0o755); benchErr != nil {
				return
			}
			size := 1024 + rng.IntN(19*1024)
			text := fmt.Sprintf("Story %d\n\n", i) + strings.Repeat(para, size/len(para)+1)[:size]
			if benchErr = os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%05d.txt", i)), []byte(text), 0o644); benchErr != nil {
				return
			}
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDir
}

// BenchmarkOpen10k lists 10,000 files and reads the corpus state: the work
// before the first frame of `annotty DIR`.
func BenchmarkOpen10k(b *testing.B) {
	benchCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		openBench(b, "")
	}
}

// openBench opens the benchmark corpus with its state at statePath (a fresh
// temp file when "").
func openBench(b *testing.B, statePath string) *Corpus {
	b.Helper()
	if statePath == "" {
		statePath = filepath.Join(b.TempDir(), "state.json")
	}
	c, err := Open([]string{benchCorpus(b)}, Options{StatePath: statePath})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkOpen10kWithState opens the corpus with a saved state holding all
// 10,000 documents (every one done: the largest state a corpus has).
func BenchmarkOpen10kWithState(b *testing.B) {
	state := filepath.Join(b.TempDir(), "state.json")
	markAllDone(b, openBench(b, state))
	b.ReportAllocs()
	for b.Loop() {
		openBench(b, state)
	}
	info, _ := os.Stat(state)
	b.ReportMetric(float64(info.Size()), "state-bytes")
}

// BenchmarkFill10k fills every entry (read, check, hash, sidecar) without
// analysis: the background scan's cost. Run with -benchtime=1x.
func BenchmarkFill10k(b *testing.B) {
	for b.Loop() {
		if err := openBench(b, "").Fill(b.Context(), nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNextDocument moves to the next document and loads it: the model's
// share of switching documents.
func BenchmarkNextDocument(b *testing.B) {
	c := openBench(b, "")
	first := c.Entries()[0].Path
	c.Resume()
	b.ReportAllocs()
	for b.Loop() {
		e, ok := c.Next()
		if !ok { // at the end: start over
			e, _ = c.Select(first)
		}
		if _, err := c.Load(e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveOneChange10k saves one status change into a state of 10,000 documents.
func BenchmarkSaveOneChange10k(b *testing.B) {
	c := openBench(b, "")
	markAllDone(b, c)
	c.Resume()
	statuses := []Status{StatusDone, StatusSkipped}
	i := 0
	for b.Loop() {
		i++
		if err := c.SetStatus(c.Current().Path, statuses[i%2]); err != nil {
			b.Fatal(err)
		}
		if err := c.Save(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMemory10k reports the heap an open corpus of 10,000 entries holds
// (per entry), and how the heap grows while 1,000 documents are opened one
// after another and dropped (flat: only the open document is held).
func BenchmarkMemory10k(b *testing.B) {
	benchCorpus(b)
	for b.Loop() {
		before := heapInUse()
		c := openBench(b, "")
		if err := c.Fill(b.Context(), nil, nil); err != nil {
			b.Fatal(err)
		}
		opened := heapInUse()
		b.ReportMetric(float64(opened-before)/float64(c.Len()), "heap-B/entry")
		c.Resume()
		for range 1000 {
			e, _ := c.Next()
			if _, err := c.Load(e); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(heapInUse()-opened), "heap-growth-B/1000-docs")
		runtime.KeepAlive(c)
	}
}

// markAllDone fills the corpus, marks every document done and saves.
func markAllDone(b *testing.B, c *Corpus) {
	b.Helper()
	if err := c.Fill(b.Context(), nil, nil); err != nil {
		b.Fatal(err)
	}
	for _, e := range c.Entries() {
		if err := c.SetStatus(e.Path, StatusDone); err != nil {
			b.Fatal(err)
		}
	}
	if err := c.Save(); err != nil {
		b.Fatal(err)
	}
}

// heapInUse returns the live heap after a collection.
func heapInUse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
