package model

// annotationOp is one annotation change: before is nil for an add, after is
// nil for a removal, both are set for an update.
type annotationOp struct {
	before, after *Annotation
}

// rejectionOp adds (add=true) or removes one rejection.
type rejectionOp struct {
	rejection Rejection
	add       bool
}

// change is one undoable user action; undo applies its inverse.
type change struct {
	annotations []annotationOp
	rejections  []rejectionOp
}

// inverse returns the change that undoes c.
func (c change) inverse() change {
	inv := change{
		annotations: make([]annotationOp, len(c.annotations)),
		rejections:  make([]rejectionOp, len(c.rejections)),
	}
	for i, op := range c.annotations {
		inv.annotations[len(c.annotations)-1-i] = annotationOp{before: op.after, after: op.before}
	}
	for i, op := range c.rejections {
		inv.rejections[len(c.rejections)-1-i] = rejectionOp{rejection: op.rejection, add: !op.add}
	}
	return inv
}

// history is an unlimited undo/redo stack of changes for one session.
type history struct {
	undo, redo []change
}

// record pushes a new change and clears the redo stack.
func (h *history) record(c change) {
	h.undo = append(h.undo, c)
	h.redo = nil
}

// Undo reverts the most recent change; it returns false when there is nothing to undo.
func (s *AnnotationSet) Undo() bool {
	n := len(s.history.undo)
	if n == 0 {
		return false
	}
	c := s.history.undo[n-1]
	s.history.undo = s.history.undo[:n-1]
	s.apply(c.inverse())
	s.history.redo = append(s.history.redo, c)
	return true
}

// Redo re-applies the most recently undone change; it returns false when there is nothing to redo.
func (s *AnnotationSet) Redo() bool {
	n := len(s.history.redo)
	if n == 0 {
		return false
	}
	c := s.history.redo[n-1]
	s.history.redo = s.history.redo[:n-1]
	s.apply(c)
	s.history.undo = append(s.history.undo, c)
	return true
}

// CanUndo reports whether Undo would change anything.
func (s *AnnotationSet) CanUndo() bool { return len(s.history.undo) > 0 }

// CanRedo reports whether Redo would change anything.
func (s *AnnotationSet) CanRedo() bool { return len(s.history.redo) > 0 }

// commit applies a new change and records it for undo.
func (s *AnnotationSet) commit(c change) {
	s.apply(c)
	s.history.record(c)
}

// apply performs a change on the set's state (without touching history),
// in O(log n) per annotation or rejection it touches.
func (s *AnnotationSet) apply(c change) {
	for _, op := range c.annotations {
		if op.before != nil {
			s.drop(op.before.ID)
		}
		if op.after != nil {
			s.put(*op.after)
		}
	}
	for _, op := range c.rejections {
		if op.add {
			s.putRejection(op.rejection)
		} else {
			s.rejections.delete(rejectionKey(op.rejection.Kind, op.rejection.Span))
		}
	}
	s.changed(c)
}

// changed counts applied change c as a new revision and shows it to the
// change log and the journal.
func (s *AnnotationSet) changed(c change) {
	s.revision++
	s.changes.record(s.revision, c.annotations)
	s.journal.record(c)
}
