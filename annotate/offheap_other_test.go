//go:build !unix

package annotate

import "testing"

// offHeapBytes returns nil: the benchmark's text stays on the heap.
func offHeapBytes(testing.TB, int) []byte { return nil }
