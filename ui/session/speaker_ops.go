package session

import "strings"

// Whole-article speaker operations, each one undo step (the model's
// AnnotationSet.RenameSpeaker, MergeSpeakers and AcceptSpeaker): the
// unreviewed quotes of the speaker are accepted with the change, so it is
// recorded in the annotations and survives a new analysis.

// RenameSpeaker gives every quote of speaker from the name to. Renaming into
// the name of another speaker of the article merges the two.
func (s *Session) RenameSpeaker(from, to string) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	to = strings.TrimSpace(to)
	switch {
	case to == "":
		return refused("speaker not renamed (no name given)")
	case to == from:
		return refused("speaker not renamed (same name)")
	}
	merging := s.isSpeaker(to)
	n, err := s.set.RenameSpeaker(s.analysis, from, to)
	if err != nil {
		return failed("cannot rename "+from, err)
	}
	if n == 0 {
		return refused(from + " has no quotes to rename")
	}
	s.followRename(from, to)
	if merging {
		return changed("merged " + from + " into " + to + " (" + quoteCount(n) + ")")
	}
	return changed("renamed " + from + " → " + to + " (" + quoteCount(n) + ")")
}

// MergeSpeakers makes every quote of speaker from a quote of speaker into.
func (s *Session) MergeSpeakers(from, into string) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	if from == into {
		return refused("pick another speaker to merge " + from + " into")
	}
	n, err := s.set.MergeSpeakers(s.analysis, from, into)
	if err != nil {
		return failed("cannot merge "+from, err)
	}
	if n == 0 {
		return refused(from + " has no quotes to merge")
	}
	s.followRename(from, into)
	return changed("merged " + from + " into " + into + " (" + quoteCount(n) + ")")
}

// AcceptSpeaker accepts every unreviewed quote of speaker name.
func (s *Session) AcceptSpeaker(name string) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	if name == "" {
		return refused("no speaker selected")
	}
	n, err := s.set.AcceptSpeaker(s.analysis, name)
	if err != nil {
		return failed("cannot accept the quotes of "+name, err)
	}
	if n == 0 {
		return refused("every quote of " + name + " is already reviewed")
	}
	return changed("accepted " + quoteCount(n) + " of " + name)
}

// isSpeaker reports whether name is one of the article's speakers now.
func (s *Session) isSpeaker(name string) bool {
	for _, sp := range s.Speakers() {
		if sp.Name == name && sp.Quotes > 0 {
			return true
		}
	}
	return false
}

// followRename moves the speaker filter with a renamed speaker, so the
// reader keeps seeing the same quotes.
func (s *Session) followRename(from, to string) {
	if s.filters.speaker == from {
		s.SetSpeakerFilter(to)
	}
}

// dropVanishedFilter clears the speaker filter when its speaker has no
// quote left (an undone rename took them back), so the lists do not go
// empty without a word.
func (s *Session) dropVanishedFilter() {
	if s.filters.speaker != "" && !s.isSpeaker(s.filters.speaker) {
		s.SetSpeakerFilter("")
	}
}

// quoteCount is "1 quote" or "6 quotes".
func quoteCount(n int) string { return Count(n, "quote") }
