package adjudicate

import (
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
)

// Choices a person makes on a disagreement.
const (
	// ChooseOne takes one annotator's version.
	ChooseOne = "take"
	// ChooseAll takes every annotator's version (identical tags once).
	ChooseAll = "all"
	// ChooseNone takes nothing: the passage stays untagged in gold.
	ChooseNone = "none"
)

// Decision is what was decided on one disagreement, as saved for resuming.
type Decision struct {
	// ID is the disagreement's ID.
	ID string `json:"id"`
	// Choice is ChooseOne, ChooseAll or ChooseNone.
	Choice string `json:"choice"`
	// Author is the annotator taken, for ChooseOne.
	Author string `json:"author,omitempty"`
	// Added are the IDs of the gold annotations the decision added.
	Added []string `json:"added"`

	// added are those annotations, kept for redo.
	added []model.Annotation
}

// Session adjudicates one article: the plan, the gold set it fills, and the
// decisions made, with undo and redo. It is not safe for concurrent use.
type Session struct {
	plan    Plan
	gold    *model.AnnotationSet
	decided map[string]Decision
	order   []string // decided IDs, oldest first (the undo stack)
	redo    []Decision
}

// NewSession starts (or resumes, from saved) adjudication of plan into gold.
// The agreed tags are added once, the first time (a tag deleted from gold
// later is not brought back); saved decisions whose disagreement still exists
// are taken as made (their tags are already in gold).
func NewSession(plan Plan, gold *model.AnnotationSet, saved DocumentState) (*Session, error) {
	s := &Session{plan: plan, gold: gold, decided: map[string]Decision{}}
	if !saved.AgreedAdded {
		present := map[key]bool{}
		for _, a := range gold.All() {
			present[keyOf(a)] = true
		}
		for _, a := range plan.Agreed {
			if present[keyOf(a)] {
				continue
			}
			if _, err := s.add(a); err != nil {
				return nil, err
			}
		}
	}
	known := map[string]bool{}
	for _, d := range plan.Disagreements {
		known[d.ID] = true
	}
	for _, d := range saved.Decisions {
		if known[d.ID] {
			s.decided[d.ID] = d
			s.order = append(s.order, d.ID)
		}
	}
	return s, nil
}

// Plan returns the plan being adjudicated.
func (s *Session) Plan() Plan { return s.plan }

// Gold returns the gold annotation set.
func (s *Session) Gold() *model.AnnotationSet { return s.gold }

// State is what to save to resume later: the decisions made, oldest first.
func (s *Session) State() DocumentState {
	st := DocumentState{AgreedAdded: true, Decisions: make([]Decision, 0, len(s.order))}
	for _, id := range s.order {
		st.Decisions = append(st.Decisions, s.decided[id])
	}
	return st
}

// Progress is how many disagreements are left and how many there are.
func (s *Session) Progress() (left, total int) {
	total = len(s.plan.Disagreements)
	return total - len(s.decided), total
}

// Current is the first undecided disagreement in text order (ok false when all are decided).
func (s *Session) Current() (d Disagreement, ok bool) {
	for _, d := range s.plan.Disagreements {
		if _, done := s.decided[d.ID]; !done {
			return d, true
		}
	}
	return Disagreement{}, false
}

// Decide settles the current disagreement with choice (and author, for
// ChooseOne) and returns a message saying what went into gold.
func (s *Session) Decide(choice, author string) (string, error) {
	d, ok := s.Current()
	if !ok {
		return "", fmt.Errorf("no disagreement left")
	}
	var tags []model.Annotation
	switch choice {
	case ChooseOne:
		v, found := versionOf(d, author)
		if !found {
			return "", fmt.Errorf("no annotator %q", author)
		}
		for _, a := range v.Annotations {
			tags = append(tags, goldTag(a, author))
		}
	case ChooseAll:
		tags = union(d)
	case ChooseNone:
	default:
		return "", fmt.Errorf("unknown choice %q", choice)
	}
	dec := Decision{ID: d.ID, Choice: choice, Author: author, Added: []string{}}
	if choice != ChooseOne {
		dec.Author = ""
	}
	for _, a := range tags {
		stored, err := s.add(a)
		if err != nil {
			s.remove(dec.Added)
			return "", err
		}
		dec.Added = append(dec.Added, stored.ID)
		dec.added = append(dec.added, stored)
	}
	s.decided[d.ID] = dec
	s.order = append(s.order, d.ID)
	s.redo = nil
	return describe(dec), nil
}

// Undo takes back the most recent decision; ok is false when there is none.
func (s *Session) Undo() (msg string, ok bool) {
	n := len(s.order)
	if n == 0 {
		return "nothing to undo", false
	}
	dec := s.decided[s.order[n-1]]
	s.order = s.order[:n-1]
	delete(s.decided, dec.ID)
	if dec.added == nil {
		for _, id := range dec.Added {
			if a, found := s.gold.Get(id); found {
				dec.added = append(dec.added, a)
			}
		}
	}
	s.remove(dec.Added)
	s.redo = append(s.redo, dec)
	return "undid: " + describe(dec), true
}

// Redo makes the most recently undone decision again.
func (s *Session) Redo() (msg string, ok bool) {
	n := len(s.redo)
	if n == 0 {
		return "nothing to redo", false
	}
	dec := s.redo[n-1]
	s.redo = s.redo[:n-1]
	for _, a := range dec.added {
		if _, err := s.gold.Add(a); err != nil {
			return err.Error(), false
		}
	}
	s.decided[dec.ID] = dec
	s.order = append(s.order, dec.ID)
	return "redid: " + describe(dec), true
}

// add puts a into gold, with a fresh ID when its own is taken.
func (s *Session) add(a model.Annotation) (model.Annotation, error) {
	if _, taken := s.gold.Get(a.ID); taken {
		a.ID = ""
	}
	return s.gold.Add(a)
}

// remove deletes gold annotations by ID (those already gone are skipped).
func (s *Session) remove(ids []string) {
	for _, id := range ids {
		if _, ok := s.gold.Get(id); ok {
			_ = s.gold.Remove(id)
		}
	}
}

// versionOf finds author's version in d.
func versionOf(d Disagreement, author string) (Version, bool) {
	for _, v := range d.Versions {
		if v.Author == author {
			return v, true
		}
	}
	return Version{}, false
}

// goldTag is a's copy for gold, proposed by the given authors.
func goldTag(a model.Annotation, proposers string) model.Annotation {
	a.Author = GoldAuthor
	a.ProposedBy = proposers
	return a
}

// union is every version's tags, identical ones once with all their proposers.
func union(d Disagreement) []model.Annotation {
	var out []model.Annotation
	index := map[key]int{}
	for _, v := range d.Versions {
		for _, a := range v.Annotations {
			if i, ok := index[keyOf(a)]; ok {
				out[i].ProposedBy += "," + v.Author
				if a.Note != "" {
					out[i].Note = strings.TrimPrefix(out[i].Note+"\n"+noteOf(v.Author, a.Note), "\n")
				}
				continue
			}
			index[keyOf(a)] = len(out)
			g := goldTag(a, v.Author)
			if a.Note != "" {
				g.Note = noteOf(v.Author, a.Note)
			}
			out = append(out, g)
		}
	}
	sortAnnotations(out)
	return out
}

// describe says what a decision put into gold.
func describe(d Decision) string {
	switch d.Choice {
	case ChooseOne:
		return fmt.Sprintf("took %s's version (%s)", d.Author, tagCount(len(d.Added)))
	case ChooseAll:
		return fmt.Sprintf("took every version (%s)", tagCount(len(d.Added)))
	}
	return "took none: the passage stays untagged"
}

// tagCount is "1 tag" or "N tags".
func tagCount(n int) string {
	if n == 1 {
		return "1 tag"
	}
	return fmt.Sprintf("%d tags", n)
}
