//go:build unix

package annotate

import (
	"syscall"
	"testing"
)

// offHeapBytes returns a zeroed buffer of n bytes mapped outside the Go
// heap, as the reader holds a large article, so that a benchmark's heap
// figures are the analysis's own (nil if the mapping fails). The mapping
// goes when tb's test ends.
func offHeapBytes(tb testing.TB, n int) []byte {
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil
	}
	tb.Cleanup(func() { _ = syscall.Munmap(b) })
	return b
}
