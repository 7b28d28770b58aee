package session

import (
	"sort"

	"github.com/annotty/annotty/model"
)

// derivedCache is what the session derives from the analysis and the tags
// together, rebuilt only when the annotations change: each quote's
// speaker as the user left it, and the article's speakers counted from them.
type derivedCache struct {
	speakers []string        // effective speaker per analysis quote ("" for none)
	list     []model.Speaker // the speakers with their effective quote counts, most quoted first
	moved    map[model.Span]bool
	origin   map[string]string // a name the user gave → the one detected speaker of its quotes
	revision uint64
	fresh    bool
}

// refresh rebuilds the derived data when the annotations changed.
func (s *Session) refresh() *derivedCache {
	c := &s.derived
	if s.analysis == nil || (c.fresh && c.revision == s.set.Revision()) {
		return c
	}
	quotes := s.analysis.Quotes
	c.speakers = make([]string, len(quotes))
	for i, q := range quotes {
		if q.Speaker != nil {
			c.speakers[i] = q.Speaker.Name
		}
	}
	c.moved = map[model.Span]bool{}
	s.TagsOverlapping(0, len(s.doc.Text)+1, func(a model.Annotation) {
		if a.Label != string(model.DetectionQuote) || a.Speaker == "" {
			return
		}
		s.quoteIndex.Overlapping(a.Span.Start, a.Span.End, func(i int) {
			q := quotes[i]
			if q.Span != a.Span && q.Depth > 0 {
				return // a tag on the outer quote says nothing of a nested one
			}
			if c.speakers[i] != a.Speaker && q.Speaker != nil {
				c.moved[q.Speaker.Span] = true
			}
			c.speakers[i] = a.Speaker
		})
	})
	c.list, c.origin = countSpeakers(s.analysis.Speakers, c.speakers, s.detectedSpeakers())
	c.revision, c.fresh = s.set.Revision(), true
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
// the effective speakers, plus anyone the user named; speakers left with no
// quote stay listed (their mentions are still in the text). A name the user
// gave takes the role and affiliation of the detected speaker all of whose
// quotes it carries (a speaker renamed for the whole article keeps them).
// It also returns, for each name the user gave, that detected speaker.
func countSpeakers(found []model.Speaker, effective, detected []string) ([]model.Speaker, map[string]string) {
	counts := map[string]int{}
	origin := map[string]string{} // user-given name → the one detected speaker of its quotes ("\x00" for several)
	for i, name := range effective {
		if name == "" {
			continue
		}
		counts[name]++
		switch was, ok := origin[name]; {
		case !ok:
			origin[name] = detected[i]
		case was != detected[i]:
			origin[name] = "\x00"
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
func (s *Session) Speakers() []model.Speaker { return s.refresh().list }

// RenamedFrom is the detected speaker all of whose quotes now carry name,
// a name the user gave ("" when name is detected or carries the quotes of
// several): a speaker renamed for the whole article keeps their colour.
func (s *Session) RenamedFrom(name string) string { return s.refresh().origin[name] }

// MentionReassigned reports whether span is the attribution of a quote the
// user gave another speaker, so it no longer marks that quote's speaker.
func (s *Session) MentionReassigned(span model.Span) bool { return s.refresh().moved[span] }
