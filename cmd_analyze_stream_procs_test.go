package main

import (
	"runtime"
	"testing"
)

func TestStreamRunsOnAsManyCoresAsJobs(t *testing.T) {
	t.Setenv("GOMAXPROCS", "") // as if unset: useStreamProcs reads it
	before := runtime.GOMAXPROCS(0)
	cores := runtime.GOMAXPROCS(0) // the cores, or a container's quota
	for _, tc := range []struct{ jobs, want int }{
		{1, 1},
		{cores, cores},
		{cores + 3, cores}, // more jobs than cores: the cores are the limit
	} {
		restore := useStreamProcs(tc.jobs)
		got := runtime.GOMAXPROCS(0)
		restore()
		if got != tc.want {
			t.Errorf("--jobs %d: GOMAXPROCS %d, want %d", tc.jobs, got, tc.want)
		}
		if now := runtime.GOMAXPROCS(0); now != before {
			t.Fatalf("--jobs %d: GOMAXPROCS left at %d, was %d", tc.jobs, now, before)
		}
	}
}

func TestStreamLeavesAUsersGOMAXPROCSAlone(t *testing.T) {
	t.Setenv("GOMAXPROCS", "7")
	before := runtime.GOMAXPROCS(0)
	defer useStreamProcs(1)()
	if got := runtime.GOMAXPROCS(0); got != before {
		t.Fatalf("with GOMAXPROCS set by the user, --jobs 1 changed it to %d", got)
	}
}
