package main

import (
	"os"
	"runtime"
)

// useStreamProcs lets a stream of jobs workers run on jobs cores, no more
// (GOMAXPROCS = jobs, up to the runtime's own GOMAXPROCS: the cores, or a
// container's CPU quota), and returns the function
// that puts the previous setting back. A stage of a pipeline is given its
// cores by whoever shards the work (GNU parallel's -j, a Spark task's cores,
// a Dask worker's threads): with Go's default, one job also took a second
// core for the collector and the runtime, about 1.05 cores where the stage
// was promised one, and two jobs had no idle core left to take the same from.
// A GOMAXPROCS set in the environment is the user's choice and is left alone.
func useStreamProcs(jobs int) (restore func()) {
	if os.Getenv("GOMAXPROCS") != "" {
		return func() {}
	}
	old := runtime.GOMAXPROCS(max(1, min(jobs, runtime.GOMAXPROCS(0))))
	return func() { runtime.GOMAXPROCS(old) }
}
