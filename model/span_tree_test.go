package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSpanTreeMatchesASortedSlice drives a tree and a plain sorted slice with
// the same random inserts and deletes, and compares order, rank, select and
// overlap queries after every step.
func TestSpanTreeMatchesASortedSlice(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var tree spanTree[string]
	var want []spanKey
	for step := range 3000 {
		if len(want) > 0 && rng.IntN(3) == 0 {
			i := rng.IntN(len(want))
			tree.delete(want[i])
			want = slices.Delete(want, i, i+1)
		} else {
			start := rng.IntN(200)
			k := spanKey{start: start, end: start + 1 + rng.IntN(30), tie: fmt.Sprint("id-", step)}
			tree.insert(k, k.tie)
			i, _ := slices.BinarySearchFunc(want, k, func(a, b spanKey) int {
				if a.less(b) {
					return -1
				}
				if b.less(a) {
					return 1
				}
				return 0
			})
			want = slices.Insert(want, i, k)
		}
		if tree.Len() != len(want) {
			t.Fatalf("step %d: Len %d, want %d", step, tree.Len(), len(want))
		}
		if step%50 != 0 {
			continue
		}
		var got []string
		tree.ascend(func(v string) bool { got = append(got, v); return true })
		for i, k := range want {
			if got[i] != k.tie || tree.at(i) != k.tie || tree.rank(k) != i {
				t.Fatalf("step %d: position %d holds %q (at %q, rank %d), want %q", step, i, got[i], tree.at(i), tree.rank(k), k.tie)
			}
		}
		qs := rng.IntN(230)
		qe := qs + 1 + rng.IntN(20)
		var over, wantOver []string
		tree.overlapping(qs, qe, func(v string) bool { over = append(over, v); return true })
		for _, k := range want {
			if k.start < qe && qs < k.end {
				wantOver = append(wantOver, k.tie)
			}
		}
		if !slices.Equal(over, wantOver) {
			t.Fatalf("step %d: overlapping [%d,%d) = %v, want %v", step, qs, qe, over, wantOver)
		}
	}
}

// TestSpanTreeStopsWhenAsked checks that ascend and overlapping stop at the
// first false from yield.
func TestSpanTreeStopsWhenAsked(t *testing.T) {
	var tree spanTree[int]
	for i := range 100 {
		tree.insert(spanKey{start: i, end: i + 10}, i)
	}
	var seen []int
	tree.ascend(func(v int) bool { seen = append(seen, v); return len(seen) < 3 })
	if !slices.Equal(seen, []int{0, 1, 2}) {
		t.Errorf("ascend stopped after %v, want [0 1 2]", seen)
	}
	seen = nil
	tree.overlapping(50, 60, func(v int) bool { seen = append(seen, v); return len(seen) < 2 })
	if !slices.Equal(seen, []int{41, 42}) {
		t.Errorf("overlapping stopped after %v, want [41 42]", seen)
	}
}
