package model

import "slices"

// writerCopy is the writer's own copy of the annotations, in All order,
// kept up to date from the set's journal; guarded by Store.writeMu. It
// points at the set's values (and its journal's), which never change once
// made, so keeping it costs a pointer per annotation and a save needs no
// sort.
type writerCopy struct {
	doc        *Document
	sorted     []*Annotation
	rejections []Rejection
	revision   uint64
	records    recordCache
}

// bulkChange is the number of annotation changes from which apply rebuilds
// the order in one sort instead of moving each change into place.
const bulkChange = 256

// apply replays journal changes onto the copy. It returns false when the
// copy was out of step (a change removed an annotation it lacks or added
// one it has): the caller then resends the whole set.
func (c *writerCopy) apply(ops []annotationOp) bool {
	if len(ops) > bulkChange {
		byID := make(map[string]*Annotation, len(c.sorted)+len(ops))
		for _, a := range c.sorted {
			byID[a.ID] = a
		}
		applyOps(byID, ops)
		c.sorted = c.sorted[:0]
		for _, a := range byID {
			c.sorted = append(c.sorted, a)
		}
		slices.SortFunc(c.sorted, compareAnnotations)
		return true
	}
	for _, op := range ops {
		if op.before != nil {
			i, found := slices.BinarySearchFunc(c.sorted, op.before, compareAnnotations)
			if !found {
				return false
			}
			c.sorted = slices.Delete(c.sorted, i, i+1)
		}
		if op.after != nil {
			i, found := slices.BinarySearchFunc(c.sorted, op.after, compareAnnotations)
			if found {
				return false
			}
			c.sorted = slices.Insert(c.sorted, i, op.after)
		}
	}
	return true
}
