package model

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSpanIndexOverlapping(t *testing.T) {
	spans := []Span{{10, 20}, {0, 100}, {15, 16}, {30, 40}, {5, 5}, {18, 35}}
	x := NewSpanIndex(spans)
	tests := []struct {
		name       string
		start, end int
		want       []int
	}{
		{"inside a nest", 15, 16, []int{1, 0, 2}},
		{"touching ends do not overlap", 20, 30, []int{1, 5}},
		{"empty spans never match", 5, 6, []int{1}},
		{"beyond everything", 100, 200, nil},
		{"whole text", 0, 1000, []int{1, 0, 2, 5, 3}},
	}
	for _, tc := range tests {
		var got []int
		x.Overlapping(tc.start, tc.end, func(i int) { got = append(got, i) })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: Overlapping(%d, %d) = %v, want %v", tc.name, tc.start, tc.end, got, tc.want)
		}
	}
}

func TestSpanIndexMatchesALinearScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	spans := make([]Span, 300)
	for i := range spans {
		s := r.IntN(1000)
		spans[i] = Span{s, s + r.IntN(60)}
	}
	x := NewSpanIndex(spans)
	for range 500 {
		start := r.IntN(1100)
		end := start + r.IntN(40)
		var got, want []int
		x.Overlapping(start, end, func(i int) { got = append(got, i) })
		for i, s := range spans {
			if s.Len() > 0 && s.Start < end && s.End > start {
				want = append(want, i)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("Overlapping(%d, %d) = %v, want %v", start, end, got, want)
		}
	}
}

func TestSpanIndexRanks(t *testing.T) {
	x := NewSpanIndex([]Span{{30, 40}, {10, 20}, {10, 50}})
	if got := []int{x.ByRank(0), x.ByRank(1), x.ByRank(2)}; !slices.Equal(got, []int{1, 2, 0}) {
		t.Fatalf("start order %v", got)
	}
	if k := x.RankAtOrAfter(11); k != 2 {
		t.Fatalf("RankAtOrAfter(11) = %d", k)
	}
	if k := x.FirstRankEndingAfter(20); k != 1 || x.EndOfRank(k) != 50 {
		t.Fatalf("FirstRankEndingAfter(20) = %d", k)
	}
}

func BenchmarkSpanIndexOverlapping(b *testing.B) {
	spans := make([]Span, 50000)
	for i := range spans {
		spans[i] = Span{i * 200, i*200 + 150}
	}
	x := NewSpanIndex(spans)
	b.ResetTimer()
	for i := range b.N {
		off := (i * 7919) % (len(spans) * 200)
		x.Overlapping(off, off+400, func(int) {})
	}
}
