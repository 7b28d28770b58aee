package corpus

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// The state benchmarks work on a corpus of entries that need no files (the
// state layer never reads an article whose hash is known), so they reach
// 100,000 documents without writing 100,000 articles. Each document of the
// state is done, with a hash and a time: the largest state a corpus has.

func BenchmarkStateOpen10k(b *testing.B)  { benchStateOpen(b, 10_000) }
func BenchmarkStateOpen100k(b *testing.B) { benchStateOpen(b, 100_000) }

func BenchmarkStateSaveOneChange10k(b *testing.B)  { benchStateSaveOne(b, 10_000) }
func BenchmarkStateSaveOneChange100k(b *testing.B) { benchStateSaveOne(b, 100_000) }

func BenchmarkStateKeyPath10k(b *testing.B)  { benchStateKeyPath(b, 10_000) }
func BenchmarkStateKeyPath100k(b *testing.B) { benchStateKeyPath(b, 100_000) }

func BenchmarkStateMerge10k(b *testing.B)  { benchStateMerge(b, 10_000) }
func BenchmarkStateMerge100k(b *testing.B) { benchStateMerge(b, 100_000) }

// benchStateOpen reads a state of n done documents and applies it to the
// listed entries: Open's share of the state.
func benchStateOpen(b *testing.B, n int) {
	state := filepath.Join(b.TempDir(), "state.json")
	c := stateBenchCorpus(b, n, state)
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		s, err := openStateStore(c.root, state, "")
		if err != nil || s.err != nil {
			b.Fatal(err, s.err)
		}
		c.applyState(s.loaded)
	}
}

// reportCPU reports the CPU time per op since start: on a shared machine
// it varies less than the wall time.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// benchStateSaveOne changes one document's status and saves, the file
// unchanged by anyone else meanwhile: the save after a key press.
func benchStateSaveOne(b *testing.B, n int) {
	benchOneChange(b, n, true, func(c *Corpus) error { return c.Save() })
}

// benchOneChange flips one document between skipped and done, then calls
// save, in a loop over a state of n documents; with cpu, it reports the CPU
// time per op too.
func benchOneChange(b *testing.B, n int, cpu bool, save func(*Corpus) error) {
	c := stateBenchCorpus(b, n, filepath.Join(b.TempDir(), "state.json"))
	e := c.entries[n/2]
	statuses := []Status{StatusSkipped, StatusDone}
	if cpu {
		defer reportCPU(b, cpuTime())
	}
	for i := 0; b.Loop(); i++ {
		c.setStatus(e, statuses[i%2])
		if err := save(c); err != nil {
			b.Fatal(err)
		}
	}
}

// benchStateKeyPath is what a change and its background save cost the
// corpus's goroutine: the change, StartSave and FinishSave (SaveJob.Run, on
// another goroutine, is not timed).
func benchStateKeyPath(b *testing.B, n int) {
	benchOneChange(b, n, false, func(c *Corpus) error { // (no CPU figure: it would count the untimed Run)
		job, ok := c.StartSave()
		if !ok {
			return errors.New("nothing to save")
		}
		b.StopTimer()
		r := job.Run()
		b.StartTimer()
		return c.FinishSave(r)
	})
}

// benchStateMerge has two processes save in turn, each a change of its own,
// so that every save re-reads and merges the other's file. One op is one save.
func benchStateMerge(b *testing.B, n int) {
	state := filepath.Join(b.TempDir(), "state.json")
	one := stateBenchCorpus(b, n, state)
	two := stateBenchCorpus(b, n, state)
	statuses := []Status{StatusSkipped, StatusDone}
	i := 0
	start := cpuTime()
	for b.Loop() {
		i++
		c, e := one, one.entries[n/3]
		if i%2 == 0 {
			c, e = two, two.entries[2*n/3]
		}
		c.setStatus(e, statuses[(i/2)%2])
		if err := c.Save(); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
	s, err := openStateStore(one.root, state, "")
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range []*Entry{one.entries[n/3], two.entries[2*n/3]} {
		if got := s.loaded.Documents[e.Path].Status; got != e.Status {
			b.Fatalf("%s is %s on disk, %s in the process that changed it: a save clobbered it", e.Path, got, e.Status)
		}
	}
}

// stateBenchCorpus returns a folder corpus of n listed entries (no files)
// whose state at statePath holds all n, done.
func stateBenchCorpus(b *testing.B, n int, statePath string) *Corpus {
	b.Helper()
	root := b.TempDir()
	c := &Corpus{root: root, dir: true, kinds: DefaultKinds(), maxBytes: DefaultMaxBytes, now: time.Now,
		byPath: make(map[string]*Entry, n), byHash: map[string]*Entry{}}
	for i := range n {
		path := fmt.Sprintf("outlet-%02d/story-%06d.txt", i%20, i)
		c.add(&Entry{Path: path, Abs: filepath.Join(root, filepath.FromSlash(path)), Filled: true,
			SHA256: fmt.Sprintf("%064x", i)})
	}
	var err error
	if c.state, err = openStateStore(root, statePath, ""); err != nil {
		b.Fatal(err)
	}
	c.applyState(c.state.loaded)
	c.refreshView()
	for _, e := range c.entries {
		e.Status = StatusDone // not setStatus: its view refresh per entry is quadratic here
		c.touch(e.Path)
	}
	if err := c.Save(); err != nil {
		b.Fatal(err)
	}
	return c
}
