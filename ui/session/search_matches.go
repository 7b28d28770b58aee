package session

import (
	"iter"
	"sort"

	"github.com/annotty/annotty/model"
)

// Matches are a search's matches, in text order and never overlapping. A
// query's matches all have the query's byte length (the case-insensitive
// search lowers without changing lengths), so only their start offsets are
// kept, 4 bytes each (an article is at most model.MaxArticleBytes, < 4 GB):
// 220,000 matches on a 50 MB article take 0.9 MB, not the 3.5 MB of spans.
type Matches struct {
	starts []uint32
	width  int // every match's length in bytes
}

// Len is the number of matches.
func (m Matches) Len() int { return len(m.starts) }

// At returns match i (0 ≤ i < Len).
func (m Matches) At(i int) model.Span {
	s := int(m.starts[i])
	return model.Span{Start: s, End: s + m.width}
}

// Within returns the indexes [first, end) of the matches overlapping
// [start, stop), by binary search.
func (m Matches) Within(start, stop int) (first, end int) {
	first = sort.Search(len(m.starts), func(i int) bool { return int(m.starts[i])+m.width > start })
	end = first
	for end < len(m.starts) && int(m.starts[end]) < stop {
		end++
	}
	return first, end
}

// firstAfter is the index of the first match starting after off (Len when none).
func (m Matches) firstAfter(off int) int {
	return sort.Search(len(m.starts), func(i int) bool { return int(m.starts[i]) > off })
}

// firstFrom is the index of the first match starting at or after off.
func (m Matches) firstFrom(off int) int {
	return sort.Search(len(m.starts), func(i int) bool { return int(m.starts[i]) >= off })
}

// add appends a match at start. The slice doubles when full: append grows
// large slices by a quarter at a time, and the copies it leaves behind came
// to four times the matches themselves (5.4 MB of garbage for the 0.9 MB of
// a search on 50 MB; now about as much again as the matches).
func (m *Matches) add(start int) {
	if len(m.starts) == cap(m.starts) {
		grown := make([]uint32, len(m.starts), max(256, 2*cap(m.starts)))
		copy(grown, m.starts)
		m.starts = grown
	}
	m.starts = append(m.starts, uint32(start))
}

// All yields every match with its index, in text order.
func (m Matches) All() iter.Seq2[int, model.Span] {
	return func(yield func(int, model.Span) bool) {
		for i := range m.starts {
			if !yield(i, m.At(i)) {
				return
			}
		}
	}
}
