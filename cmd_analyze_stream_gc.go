package main

import (
	"os"
	"runtime/debug"
)

// streamGCPercent is the garbage collector's GOGC while a record stream runs.
// Each record allocates tens of kilobytes that die as soon as its answer is
// written, while the heap that survives is small (the detectors' tables and
// at most inFlightLimit records), so the default 100 collects every few
// hundred records and the collector takes a fifth of the CPU. 400 lets the
// heap grow to five times what survives before collecting: still bounded
// (the records in flight are), four times fewer collections.
const streamGCPercent = 400

// useStreamGCPolicy sets streamGCPercent for a stream and returns the
// function that restores the previous setting. A GOGC or GOMEMLIMIT in the
// environment is the user's choice and is left alone.
func useStreamGCPolicy() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(streamGCPercent)
	return func() { debug.SetGCPercent(old) }
}
