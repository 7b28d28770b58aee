package session

import (
	"iter"
	"slices"
	"sort"

	"github.com/annotty/annotty/model"
)

// derivedCache is what the session derives from the analysis and the tags
// together: each quote's speaker as the user left it, and the article's
// speakers counted from them. A change to the tags updates it in time
// proportional to the change (the quotes under the tags it touched); it is
// rebuilt from every quote tag only after a new analysis, a replaced set or
// a change too large to follow (model.AnnotationSet.ChangedSince).
type derivedCache struct {
	revision   uint64 // of the set it was derived from (replaceSet empties the cache)
	fresh      bool
	detected   []string // the detector's speaker per analysis quote ("" for none)
	speakers   []string // effective speaker per analysis quote ("" for none)
	movedQuote []bool   // the user gave quote i another speaker than its attribution names
	moved      map[model.Span]int
	counts     map[string]int            // effective speaker → quotes
	origins    map[string]map[string]int // effective speaker → detected speaker → quotes
	// list and origin are built from the counts when first asked for.
	list      []model.Speaker   // the speakers with their effective quote counts, most quoted first
	origin    map[string]string // a name the user gave → the one detected speaker of its quotes
	listFresh bool
}

// followChanges is the largest number of tag changes the cache follows one
// by one; a larger change (accepting every detection, placing the saved
// tags) rebuilds it.
const followChanges = 256

// refresh brings the derived data up to the set's revision.
func (s *Session) refresh() *derivedCache {
	c := &s.derived
	if s.analysis == nil {
		return c
	}
	if c.fresh {
		if c.revision == s.set.Revision() {
			return c
		}
		if changes, n, ok := s.set.ChangedSince(c.revision); ok && n <= followChanges {
			s.followTagChanges(c, changes)
			c.revision = s.set.Revision()
			return c
		}
	}
	s.rebuildDerived(c)
	return c
}

// speakerTag reports whether a names a quote's speaker: a placed quote tag
// with a speaker.
func speakerTag(a *model.Annotation) bool {
	return a != nil && !a.Orphan && a.Label == string(model.DetectionQuote) && a.Speaker != ""
}

// rebuildDerived derives everything from the quote tags: each tag names
// the speaker of the quotes it covers (of a nested quote only when it is
// that quote's tag), a later tag in the set's order over an earlier one.
func (s *Session) rebuildDerived(c *derivedCache) {
	quotes := s.analysis.Quotes
	*c = derivedCache{revision: s.set.Revision(), fresh: true,
		detected: s.detectedSpeakers(), movedQuote: make([]bool, len(quotes)),
		moved: map[model.Span]int{}, counts: map[string]int{}, origins: map[string]map[string]int{}}
	c.speakers = slices.Clone(c.detected)
	for a := range s.set.LabelSeq(string(model.DetectionQuote)) {
		if !speakerTag(&a) {
			continue
		}
		s.quoteIndex.Overlapping(a.Span.Start, a.Span.End, func(i int) {
			c.speakers[i], c.movedQuote[i] = tagSpeaks(a, quotes[i], c.speakers[i], c.movedQuote[i])
		})
	}
	for i := range quotes {
		c.count(s, i, 1)
	}
}

// followTagChanges updates the quotes under the tags changes touched.
func (s *Session) followTagChanges(c *derivedCache, changes iter.Seq2[*model.Annotation, *model.Annotation]) {
	var touched []int
	for before, after := range changes {
		for _, a := range [2]*model.Annotation{before, after} {
			if speakerTag(a) {
				s.quoteIndex.Overlapping(a.Span.Start, a.Span.End, func(i int) { touched = append(touched, i) })
			}
		}
	}
	slices.Sort(touched)
	for _, i := range slices.Compact(touched) {
		c.count(s, i, -1)
		c.speakers[i], c.movedQuote[i] = s.speakerOfQuote(i, c.detected[i])
		c.count(s, i, 1)
	}
}

// speakerOfQuote is quote i's speaker from the tags over it alone (the
// rule of rebuildDerived), and whether it differs from its attribution.
func (s *Session) speakerOfQuote(i int, detected string) (speaker string, moved bool) {
	q := s.analysis.Quotes[i]
	speaker = detected
	for a := range s.set.OverlappingSeq(q.Span) {
		if speakerTag(&a) {
			speaker, moved = tagSpeaks(a, q, speaker, moved)
		}
	}
	return speaker, moved
}

// tagSpeaks applies the speaker tag a, over quote q, to q's speaker so far
// and whether it moved from q's attribution: a later tag over an earlier
// one, and a tag on an outer quote says nothing of a nested one.
func tagSpeaks(a model.Annotation, q model.Quote, speaker string, moved bool) (string, bool) {
	if q.Span != a.Span && q.Depth > 0 {
		return speaker, moved
	}
	return a.Speaker, moved || speaker != a.Speaker && q.Speaker != nil
}

// count adds (by +1) or removes (by -1) quote i's effective speaker from
// the counts, and its attribution from the moved ones.
func (c *derivedCache) count(s *Session, i, by int) {
	c.listFresh = false
	if c.movedQuote[i] {
		span := s.analysis.Quotes[i].Speaker.Span
		if c.moved[span] += by; c.moved[span] == 0 {
			delete(c.moved, span)
		}
	}
	name := c.speakers[i]
	if name == "" {
		return
	}
	if c.counts[name] += by; c.counts[name] == 0 {
		delete(c.counts, name)
	}
	from := c.origins[name]
	if from == nil {
		from = map[string]int{}
		c.origins[name] = from
	}
	if from[c.detected[i]] += by; from[c.detected[i]] == 0 {
		delete(from, c.detected[i])
	}
	if len(from) == 0 {
		delete(c.origins, name)
	}
}

// speakerList is the speakers list and the renamed speakers' origins of
// the current revision.
func (s *Session) speakerList() *derivedCache {
	c := s.refresh()
	if c.fresh && !c.listFresh {
		c.list, c.origin = countSpeakers(s.analysis.Speakers, c.counts, c.origins)
		c.listFresh = true
	}
	return c
}

// detectedSpeakers is the detector's speaker of each analysis quote ("" for none).
func (s *Session) detectedSpeakers() []string {
	out := make([]string, len(s.analysis.Quotes))
	for i, q := range s.analysis.Quotes {
		if q.Speaker != nil {
			out[i] = q.Speaker.Name
		}
	}
	return out
}

// countSpeakers is the analysis's speakers with their quotes counted from
// the effective speakers (counts), plus anyone the user named; speakers
// left with no quote stay listed (their mentions are still in the text). A
// name the user gave takes the role and affiliation of the detected speaker
// all of whose quotes it carries (origins: the detected speakers of each
// name's quotes; a speaker renamed for the whole article keeps them).
// It also returns, for each name the user gave, that detected speaker.
func countSpeakers(found []model.Speaker, counts map[string]int, origins map[string]map[string]int) ([]model.Speaker, map[string]string) {
	origin := make(map[string]string, len(origins)) // user-given name → the one detected speaker of its quotes ("\x00" for several)
	for name, from := range origins {
		origin[name] = "\x00"
		if len(from) == 1 {
			for was := range from {
				origin[name] = was
			}
		}
	}
	byName := map[string]model.Speaker{}
	for _, sp := range found {
		byName[sp.Name] = sp
	}
	for name, was := range origin {
		if _, detected := byName[was]; !detected || byName[name].Name != "" {
			delete(origin, name) // several origins, none, or a detected name itself
		}
	}
	out := make([]model.Speaker, 0, len(found)+1)
	seen := map[string]bool{}
	for _, sp := range found {
		sp.Quotes = counts[sp.Name]
		seen[sp.Name] = true
		out = append(out, sp)
	}
	for name, n := range counts {
		if !seen[name] {
			was := byName[origin[name]]
			out = append(out, model.Speaker{Name: name, Role: was.Role, Affiliation: was.Affiliation, Quotes: n})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		return out[i].Name < out[j].Name
	})
	return out, origin
}

// QuoteSpeaker is the speaker of analysis quote i as the user left it: the
// speaker of a quote tag on it, else the detector's attribution ("" for none).
func (s *Session) QuoteSpeaker(i int) string {
	c := s.refresh()
	if i < 0 || i >= len(c.speakers) {
		return ""
	}
	return c.speakers[i]
}

// Speakers are the article's speakers with their quotes counted as the user
// left them (a changed speaker moves the quote), most quoted first.
func (s *Session) Speakers() []model.Speaker { return s.speakerList().list }

// RenamedFrom is the detected speaker all of whose quotes now carry name,
// a name the user gave ("" when name is detected or carries the quotes of
// several): a speaker renamed for the whole article keeps their colour.
func (s *Session) RenamedFrom(name string) string { return s.speakerList().origin[name] }

// MentionReassigned reports whether span is the attribution of a quote the
// user gave another speaker, so it no longer marks that quote's speaker.
func (s *Session) MentionReassigned(span model.Span) bool { return s.refresh().moved[span] > 0 }
