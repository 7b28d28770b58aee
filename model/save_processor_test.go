package model

import (
	"runtime"
	"testing"
)

// A background save runs with a processor of its own, and gives it back
// when the last save running ends.
func TestBackgroundSaveAddsAProcessorWhileItRuns(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	var during, nested int
	err := withOwnProcessor(func() error {
		during = runtime.GOMAXPROCS(0)
		return withOwnProcessor(func() error {
			nested = runtime.GOMAXPROCS(0)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if during != before+1 || nested != before+1 {
		t.Fatalf("GOMAXPROCS %d before, %d during a save, %d during two; want %d, %d", before, during, nested, before+1, before+1)
	}
	if after := runtime.GOMAXPROCS(0); after != before {
		t.Fatalf("GOMAXPROCS %d after the saves, want %d again", after, before)
	}
}
