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

// startJournal turns the set's journal on (emptied) and returns a copy of
// its annotations by ID, the base the journal's changes apply to.
func (s *AnnotationSet) startJournal() map[string]Annotation {
	s.journal = &changeJournal{}
	base := make(map[string]Annotation, len(s.byID))
	for id, n := range s.byID {
		base[id] = n.val
	}
	return base
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

// applyOps replays journal changes onto a copy of a set's annotations.
func applyOps(byID map[string]Annotation, ops []annotationOp) {
	for _, op := range ops {
		if op.before != nil {
			delete(byID, op.before.ID)
		}
		if op.after != nil {
			byID[op.after.ID] = *op.after
		}
	}
}
