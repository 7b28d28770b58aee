package model

import (
	"iter"
	"slices"
)

// recentChanges is how many of the latest changes a set remembers for
// ChangedSince: enough for every view to catch up between two frames.
const recentChanges = 64

// largestLoggedChange is the most annotations a change may touch and still
// be remembered: a larger one (placing the saved tags, accepting every
// detection) is for a view to rebuild from anyway, and keeping it would
// keep a copy of every annotation it touched alive.
const largestLoggedChange = 1024

// changeLog keeps the annotation changes of the set's latest revisions
// (oldest first), so that what a view derived from the set can be updated
// in time proportional to a change instead of being rebuilt from every
// annotation. The entries share the changes' slices with the history.
type changeLog struct {
	first   uint64           // the revision the oldest entry starts from
	entries [][]annotationOp // entries[i] took the set from revision first+i to first+i+1
}

// record appends the change that took the set to revision rev.
func (l *changeLog) record(rev uint64, ops []annotationOp) {
	if len(ops) > largestLoggedChange {
		clear(l.entries)
		l.first, l.entries = rev, l.entries[:0] // nothing before rev is known
		return
	}
	if len(l.entries) == 0 || l.first+uint64(len(l.entries)) != rev-1 {
		clear(l.entries)
		l.first, l.entries = rev-1, l.entries[:0]
	}
	if len(l.entries) == recentChanges {
		copy(l.entries, l.entries[1:])
		l.entries[recentChanges-1] = nil
		l.entries = l.entries[:recentChanges-1]
		l.first++
	}
	l.entries = append(l.entries, ops)
}

// ChangedSince yields, oldest first, each annotation change made after
// revision rev: before is the annotation as it was (nil for an add), after
// as it became (nil for a removal). ok is false when the set no longer
// remembers back to rev (more than a few dozen changes since, or rev is
// not one of its revisions); the caller then rebuilds from the whole set.
// A change that only touched rejections yields nothing.
func (s *AnnotationSet) ChangedSince(rev uint64) (changes iter.Seq2[*Annotation, *Annotation], count int, ok bool) {
	l := &s.changes
	if rev == s.revision {
		return func(func(*Annotation, *Annotation) bool) {}, 0, true
	}
	if rev > s.revision || rev < l.first || len(l.entries) == 0 || l.first+uint64(len(l.entries)) != s.revision {
		return nil, 0, false
	}
	entries := slices.Clone(l.entries[rev-l.first:]) // a later change shifts l.entries in place
	for _, ops := range entries {
		count += len(ops)
	}
	return func(yield func(*Annotation, *Annotation) bool) {
		for _, ops := range entries {
			for _, op := range ops {
				if !yield(op.before, op.after) {
					return
				}
			}
		}
	}, count, true
}

// LabelSeq yields the annotations with label in All order, without
// collecting them: O(k) for the k annotations of the label.
func (s *AnnotationSet) LabelSeq(label string) iter.Seq[Annotation] {
	return func(yield func(Annotation) bool) {
		if labelled := s.byLabel[label]; labelled != nil {
			labelled.ascend(func(id string) bool { return yield(s.byID[id].val) })
		}
	}
}
