package model

import "sort"

// SpanIndex is an interval index over spans: it finds the spans overlapping
// a range, or containing an offset, by binary search, even when spans nest
// or overlap (a nested quote, a quote running over paragraphs). Spans are
// kept in start order with a running maximum of their ends, so a lookup
// costs O(log n + k) for k spans near the range. It is the one home for
// span-overlap lookup; build it once per set of spans, never per frame.
//
// Indices passed to callbacks are positions in the slice given to
// NewSpanIndex; "rank" is a span's position in start order.
type SpanIndex struct {
	order  []int // original index of each span, by start (then end)
	starts []int // starts[k] is the start of span order[k]
	ends   []int
	maxEnd []int // maxEnd[k] is the largest end among the first k+1 spans
}

// NewSpanIndex indexes spans (in any order; the slice is not kept).
func NewSpanIndex(spans []Span) SpanIndex {
	x := SpanIndex{
		order:  make([]int, len(spans)),
		starts: make([]int, len(spans)),
		ends:   make([]int, len(spans)),
		maxEnd: make([]int, len(spans)),
	}
	for i := range spans {
		x.order[i] = i
	}
	sort.SliceStable(x.order, func(a, b int) bool {
		sa, sb := spans[x.order[a]], spans[x.order[b]]
		if sa.Start != sb.Start {
			return sa.Start < sb.Start
		}
		return sa.End < sb.End
	})
	running := 0
	for k, i := range x.order {
		x.starts[k], x.ends[k] = spans[i].Start, spans[i].End
		running = max(running, spans[i].End)
		x.maxEnd[k] = running
	}
	return x
}

// Len is the number of indexed spans.
func (x SpanIndex) Len() int { return len(x.order) }

// Overlapping calls fn with the index of every non-empty span overlapping
// [start, end), in start order.
func (x SpanIndex) Overlapping(start, end int, fn func(i int)) {
	hi := sort.SearchInts(x.starts, end)                                   // spans starting at or after end cannot overlap
	lo := sort.Search(hi, func(k int) bool { return x.maxEnd[k] > start }) // nor can those before every end passes start
	for k := lo; k < hi; k++ {
		if x.ends[k] > start && x.ends[k] > x.starts[k] {
			fn(x.order[k])
		}
	}
}

// Containing calls fn with the index of every span containing offset off.
func (x SpanIndex) Containing(off int, fn func(i int)) { x.Overlapping(off, off+1, fn) }

// ByRank is the index of the span of rank k (its place in start order).
func (x SpanIndex) ByRank(k int) int { return x.order[k] }

// RankAtOrAfter is the rank of the first span starting at or after off
// (Len when none does).
func (x SpanIndex) RankAtOrAfter(off int) int { return sort.SearchInts(x.starts, off) }

// FirstRankEndingAfter is the lowest rank from which a span may end after
// off: every span of a lower rank ends at or before it.
func (x SpanIndex) FirstRankEndingAfter(off int) int {
	return sort.Search(len(x.maxEnd), func(k int) bool { return x.maxEnd[k] > off })
}

// EndOfRank is the end of the span of rank k.
func (x SpanIndex) EndOfRank(k int) int { return x.ends[k] }
