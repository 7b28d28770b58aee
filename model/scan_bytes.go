package model

import (
	"runtime"
	"sync"
	"unicode/utf8"
)

// scanChunk is the least a worker of scanBytes checks: below it, one
// goroutine is faster than starting more.
const scanChunk = 4 << 20

// scanBytes reports whether data holds a NUL byte and, when it does not,
// whether it is valid UTF-8: one pass (scanText), split across the CPUs
// for large files (checking the bytes is most of the time a 50 MB article
// takes to open). Chunks start on a byte that begins a character, so a
// sequence never straddles two chunks of valid text.
func scanBytes(data []byte) (hasNUL, valid bool) {
	workers := min(runtime.GOMAXPROCS(0), len(data)/scanChunk)
	if workers < 2 {
		return scanText(data)
	}
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		nul    bool
		broken bool
	)
	for start, w := 0, 0; start < len(data); w++ {
		end := len(data)
		if w < workers-1 {
			end = characterStart(data, start+len(data)/workers)
		}
		chunk := data[start:end]
		wg.Go(func() {
			n, v := scanText(chunk)
			mu.Lock()
			nul, broken = nul || n, broken || !v
			mu.Unlock()
		})
		start = end
	}
	wg.Wait()
	return nul, !broken
}

// characterStart returns the first index at or after i (at most len(data))
// that is not a UTF-8 continuation byte, looking at most 4 bytes ahead.
func characterStart(data []byte, i int) int {
	for k := 0; k < utf8.UTFMax && i < len(data) && !utf8.RuneStart(data[i]); k++ {
		i++
	}
	return min(i, len(data))
}
