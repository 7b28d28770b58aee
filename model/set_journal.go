package model

// changeJournal collects the annotation changes a set applies, oldest first,
// so a saver can keep its own copy of the annotations up to date in time
// proportional to what changed instead of copying the whole set.
type changeJournal struct {
	ops []annotationOp
}

// record appends c's annotation changes; a nil journal records nothing.
func (j *changeJournal) record(c change) {
	if j != nil {
		j.ops = append(j.ops, c.annotations...)
	}
}

// startJournal turns the set's journal on (emptied) and returns its
// annotations in All order, the base the journal's changes apply to. The
// slice is the caller's; the annotations it points to are shared with the
// set's trees, which never change a value once stored (a change stores a
// new one), so another goroutine may read them.
func (s *AnnotationSet) startJournal() []*Annotation {
	s.journal = &changeJournal{}
	return s.values()
}

// values returns the set's annotations in All order (placed, then orphans),
// in a new slice.
func (s *AnnotationSet) values() []*Annotation {
	return s.orphans.appendValues(s.placed.appendValues(make([]*Annotation, 0, len(s.byID))))
}

// takeJournal returns the changes recorded since the last call (or since
// startJournal) and empties the journal.
func (s *AnnotationSet) takeJournal() []annotationOp {
	if s.journal == nil {
		return nil
	}
	ops := s.journal.ops
	s.journal.ops = nil
	return ops
}

// applyOps replays journal changes onto a copy of a set's annotations
// (sharing the changes' values, which nothing changes once made).
func applyOps(byID map[string]*Annotation, ops []annotationOp) {
	for _, op := range ops {
		if op.before != nil {
			delete(byID, op.before.ID)
		}
		if op.after != nil {
			byID[op.after.ID] = op.after
		}
	}
}
