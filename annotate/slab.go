package annotate

// slab hands out pointers to values stored in chunks, so that the many
// small values of an analysis (attributions, cue spans) cost a few
// allocations rather than one each. Chunks grow from slabFirst to slabMax
// values, so that a short article allocates little.
type slab[T any] struct{ free []T }

// Chunk sizes of a slab.
const (
	slabFirst = 16
	slabMax   = 1024
)

// put stores v and returns a pointer to it.
func (s *slab[T]) put(v T) *T {
	if len(s.free) == cap(s.free) {
		s.free = make([]T, 0, min(max(2*cap(s.free), slabFirst), slabMax))
	}
	s.free = append(s.free, v)
	return &s.free[len(s.free)-1]
}
