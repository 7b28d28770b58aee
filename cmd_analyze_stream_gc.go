package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/annotty/annotty/ui/startgc"
)

// streamGCHeadroom is how much a stream's heap may grow between two
// collections, at least. Each record allocates tens of kilobytes that die as
// soon as its answer is written, while the heap that survives is small (the
// detectors' tables and at most inFlightLimit records, a few MB), so the
// default GOGC of 100 (grow by what survives) collects every hundred records
// or so and the collector takes a fifth of the CPU. Growing by 32 MB collects
// about six times less often. Once more than 32 MB survives (huge records,
// many jobs) the default applies again: the heap stays within twice what
// survives, as in any Go program, and so bounded, since the records in
// flight are.
const streamGCHeadroom = 32 << 20

// streamGCCheckEvery is how often the collector's setting follows the heap.
const streamGCCheckEvery = 100 * time.Millisecond

// minHeapGoal is Go's smallest heap goal, 4 MB: live counts as that much at
// least (before the first collection it reads 0).
const minHeapGoal = 4 << 20

// streamGCPercent is the GOGC that gives a heap of live bytes at least
// streamGCHeadroom of growth, and never less than Go's default of 100.
func streamGCPercent(live uint64) int {
	return int(max(100, streamGCHeadroom*100/max(live, minHeapGoal)))
}

// useStreamGCPolicy sets GOGC from what survives the collections while a
// stream runs (streamGCPercent, checked every streamGCCheckEvery) and returns
// the function that stops this and restores the previous setting. A GOGC or
// GOMEMLIMIT in the environment is the user's choice and is left alone. The
// start-up pause of the collector (ui/startgc) ends first: its Resume, due
// 250 ms after start, would otherwise put back GOGC 100 under this setting.
func useStreamGCPolicy() (restore func()) {
	startgc.Resume()
	if startgc.UserSetGOGC() || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	follow := func() int {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return 100
		}
		return streamGCPercent(sample[0].Value.Uint64())
	}
	percent := follow()
	old := debug.SetGCPercent(percent)
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(streamGCCheckEvery)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if p := follow(); p != percent {
					percent = p
					debug.SetGCPercent(p)
				}
			}
		}
	}()
	return func() {
		close(stop)
		<-stopped
		debug.SetGCPercent(old)
	}
}
