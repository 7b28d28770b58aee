package session

// filters are what the reader chose to see of the analysis: one speaker's
// quotes, and whether promo lines are hidden. They live in the session so
// every view (highlights, lists, the quote motions) reads the same choice,
// and so each open document keeps its own.
type filters struct {
	speaker      string
	promosHidden bool
	revision     uint64
}

// SpeakerFilter is the speaker whose quotes alone are shown ("" for all).
func (s *Session) SpeakerFilter() string { return s.filters.speaker }

// SetSpeakerFilter shows only name's quotes ("" shows everyone's); it
// reports whether the filter changed.
func (s *Session) SetSpeakerFilter(name string) bool {
	if s.filters.speaker == name {
		return false
	}
	s.filters.speaker = name
	s.filters.revision++
	return true
}

// PromosHidden reports whether promo lines are hidden.
func (s *Session) PromosHidden() bool { return s.filters.promosHidden }

// SetPromosHidden hides or shows the promo lines.
func (s *Session) SetPromosHidden(hidden bool) {
	if s.filters.promosHidden != hidden {
		s.filters.promosHidden = hidden
		s.filters.revision++
	}
}

// FilterRevision changes whenever a filter does; views compare it to know
// when to rebuild their rows.
func (s *Session) FilterRevision() uint64 { return s.filters.revision }
