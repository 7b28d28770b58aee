//go:build !unix

package annotate

// offHeapBytes returns nil: the benchmark's text stays on the heap.
func offHeapBytes(int) []byte { return nil }
