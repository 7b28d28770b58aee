package session

import (
	"strconv"
	"strings"

	"github.com/annotty/annotty/model"
)

// Other is another annotator's work on the open article, shown read-only
// beside the user's own tags: never locked, never written.
type Other struct {
	// Author is the annotator's name as their sidecar spells it ("bob").
	Author string
	// Set is their annotations (read it only).
	Set *model.AnnotationSet

	placed []model.Annotation // the non-orphan tags, by start
	index  model.SpanIndex    // over placed
}

// OthersLoader reads the other annotators' tags of the open article; the
// problems are one line each, for the status line (a corrupt file, say).
type OthersLoader func() (others []Other, problems []string)

// othersState is which other annotators' tags are shown. shown is -1 for
// none, i for others[i] alone, len(others) for all of them.
type othersState struct {
	load     OthersLoader
	found    []string // the annotators whose files were seen (SetOthersFound), not read yet
	list     []Other
	shown    int
	revision uint64 // changes whenever what is shown changes
}

// SetOthersLoader sets where the other annotators' tags come from; they are
// read the first time they are asked for, and again each time the cycle
// comes back round to none (so a colleague's newer file is picked up).
func (s *Session) SetOthersLoader(load OthersLoader) {
	s.others = othersState{load: load, shown: -1}
}

// NewOther indexes an annotator's set for drawing.
func NewOther(author string, set *model.AnnotationSet) Other {
	o := Other{Author: author, Set: set}
	o.placed, o.index = placedTags(nil, set.All())
	return o
}

// CycleOthers shows the next annotators' tags: none → each other annotator
// in turn → all of them (when there are two or more) → none.
func (s *Session) CycleOthers() Outcome {
	o := &s.others
	var problems []string
	if o.shown < 0 && o.load != nil {
		o.list, problems = o.load()
	}
	o.revision++
	if len(o.list) == 0 {
		o.shown = -1
		msg := "no other annotator's tags for this article (ARTICLE.annotty.NAME.json)"
		if o.load == nil {
			msg = "other annotators' tags are shown only for an article opened from a file"
		}
		return refused(joinProblems(msg, problems))
	}
	last := len(o.list) // "all"
	if len(o.list) == 1 {
		last = 0 // one other annotator: all is the same as them
	}
	if o.shown++; o.shown > last {
		o.shown = -1
		return refused("other annotators' tags hidden")
	}
	n := 0
	for _, other := range s.ShownOthers() {
		n += len(other.placed)
	}
	return refused(joinProblems("showing "+s.OthersShownLabel()+" ("+Count(n, "tag")+", read-only)", problems))
}

// joinProblems appends the loader's problems to msg.
func joinProblems(msg string, problems []string) string {
	if len(problems) == 0 {
		return msg
	}
	return msg + " · " + strings.Join(problems, " · ")
}

// SetOthersFound records which other annotators have a file for the
// article (AuthorsBeside, run off the first frame), for the idle status line.
func (s *Session) SetOthersFound(authors []string) { s.others.found = authors }

// OthersHint tells that other annotators' tags can be shown: "bob's tags",
// "3 others' tags" ("" when none were found). The root adds the key.
func (s *Session) OthersHint() string {
	switch n := len(s.others.found); {
	case n == 0 || s.others.shown >= 0:
		return ""
	case n == 1:
		return s.others.found[0] + "'s tags"
	default:
		return strconv.Itoa(n) + " others' tags"
	}
}

// ShownOthers are the annotators whose tags are shown now (none, one, or all).
func (s *Session) ShownOthers() []Other {
	o := &s.others
	switch {
	case o.shown < 0 || o.shown > len(o.list):
		return nil
	case o.shown == len(o.list):
		return o.list
	}
	return o.list[o.shown : o.shown+1]
}

// OthersRevision changes whenever whose tags are shown changes (views key
// their caches on it, beside Revision).
func (s *Session) OthersRevision() uint64 { return s.others.revision }

// OthersShownLabel names whose tags are shown, for the status line: "bob's
// tags", "tags of bob, cy", or "" for none.
func (s *Session) OthersShownLabel() string {
	shown := s.ShownOthers()
	switch len(shown) {
	case 0:
		return ""
	case 1:
		return shown[0].Author + "'s tags"
	}
	names := make([]string, len(shown))
	for i, o := range shown {
		names[i] = o.Author
	}
	return "tags of " + strings.Join(names, ", ")
}

// OthersOverlapping calls fn with every shown annotator's placed tags
// overlapping [start, end), annotator by annotator, each in start order.
func (s *Session) OthersOverlapping(start, end int, fn func(author string, a model.Annotation)) {
	for _, o := range s.ShownOthers() {
		o.index.Overlapping(start, end, func(i int) { fn(o.Author, o.placed[i]) })
	}
}

// OthersAt names the shown annotators' tags containing off, for the status
// line: "bob: claim", "bob: quote · Lopez, cy: claim" ("" when none).
func (s *Session) OthersAt(off int) string {
	var parts []string
	s.OthersOverlapping(off, off+1, func(author string, a model.Annotation) {
		part := author + ": " + a.Label
		if a.Speaker != "" {
			part += " · " + a.Speaker
		}
		parts = append(parts, part)
	})
	return strings.Join(parts, ", ")
}
