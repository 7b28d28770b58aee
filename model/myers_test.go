package model

import (
	"math/rand/v2"
	"testing"
)

// The bit-parallel filter must agree with the plain edit-distance table
// (sellers) on every window, for patterns within one block and across blocks.
func TestBitPatternMatchesSellers(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abcé住 ")
	randomRunes := func(n int) []rune {
		out := make([]rune, n)
		for i := range out {
			out[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return out
	}
	for _, m := range []int{1, 5, 63, 64, 65, 130, 200} {
		for trial := 0; trial < 40; trial++ {
			pattern := randomRunes(m)
			window := randomRunes(rng.IntN(3*m) + 1)
			if trial%2 == 0 && len(window) > m { // plant a lightly edited copy
				copy(window[1:], pattern)
				window[rng.IntN(len(window))] = 'z'
			}
			_, _, want, ok := sellers(window, pattern, 0)
			if !ok {
				want = m + 1
			}
			if got := newBitPattern(pattern).minCost(string(window)); got != min(want, m) && !(want > m && got >= m) {
				t.Fatalf("m=%d window=%q pattern=%q: minCost %d, sellers %d", m, string(window), string(pattern), got, want)
			}
		}
	}
}
