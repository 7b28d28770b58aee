package ui

import (
	"sort"

	"github.com/annotty/annotty/model"
)

// spanIndex finds the spans overlapping a range by binary search, even when
// spans nest or overlap (a nested quote, a quote running over paragraphs):
// spans are kept in start order with a running maximum of their ends.
type spanIndex struct {
	order  []int // original index of each span, by start
	starts []int // starts[k] is the start of span order[k]
	ends   []int
	maxEnd []int // maxEnd[k] is the largest end among the first k+1 spans
}

// newSpanIndex indexes spans (in any order); overlapping reports their
// original indices.
func newSpanIndex(spans []model.Span) spanIndex {
	x := spanIndex{
		order:  make([]int, len(spans)),
		starts: make([]int, len(spans)),
		ends:   make([]int, len(spans)),
		maxEnd: make([]int, len(spans)),
	}
	for i := range spans {
		x.order[i] = i
	}
	sort.SliceStable(x.order, func(a, b int) bool { return spans[x.order[a]].Start < spans[x.order[b]].Start })
	running := 0
	for k, i := range x.order {
		x.starts[k], x.ends[k] = spans[i].Start, spans[i].End
		running = max(running, spans[i].End)
		x.maxEnd[k] = running
	}
	return x
}

// overlapping calls fn with the original index of every non-empty span
// overlapping [start, end), in start order.
func (x spanIndex) overlapping(start, end int, fn func(i int)) {
	hi := sort.SearchInts(x.starts, end)                                   // spans starting at or after end cannot overlap
	lo := sort.Search(hi, func(k int) bool { return x.maxEnd[k] > start }) // nor can those before every end passes start
	for k := lo; k < hi; k++ {
		if x.ends[k] > start && x.ends[k] > x.starts[k] {
			fn(x.order[k])
		}
	}
}
