package corpus

import (
	"fmt"
	"slices"
)

// Current returns the document the user is on, or nil before one is chosen.
func (c *Corpus) Current() *Entry {
	if c.current == "" {
		return nil
	}
	return c.byPath[c.current]
}

// Select makes the entry at path the current document. Missing and bad
// entries cannot be selected.
func (c *Corpus) Select(path string) (*Entry, error) {
	e, ok := c.byPath[path]
	switch {
	case !ok:
		return nil, fmt.Errorf("%s: not in the corpus", path)
	case e.Missing:
		return nil, fmt.Errorf("%s: missing (the file is gone)", path)
	case e.Problem != "":
		return nil, fmt.Errorf("%s: %s", path, e.Problem)
	}
	c.setCurrent(e)
	return e, nil
}

// setCurrent moves to e and records the move for Save.
func (c *Corpus) setCurrent(e *Entry) {
	if c.current != e.Path {
		c.current = e.Path
		c.state.currentDirty = true
	}
}

// currentIndex is the current document's place in the visible list, -1 when
// there is none or the view hides it.
func (c *Corpus) currentIndex() int {
	return slices.IndexFunc(c.visible, func(e *Entry) bool { return e.Path == c.current })
}

// Next moves to the next usable visible document; false at the end.
func (c *Corpus) Next() (*Entry, bool) { return c.step(+1) }

// Prev moves to the previous usable visible document; false at the start.
func (c *Corpus) Prev() (*Entry, bool) { return c.step(-1) }

// step moves by one usable document in direction dir, without wrapping.
func (c *Corpus) step(dir int) (*Entry, bool) {
	i := c.currentIndex()
	if i < 0 && dir < 0 {
		i = len(c.visible)
	}
	for i += dir; i >= 0 && i < len(c.visible); i += dir {
		if e := c.visible[i]; e.Usable() {
			c.setCurrent(e)
			return e, true
		}
	}
	return nil, false
}

// NextUnfinished moves to the next usable visible document that is neither
// done nor skipped, after the current one and wrapping round; false (and no
// move) when every other document is finished.
func (c *Corpus) NextUnfinished() (*Entry, bool) {
	e, ok := nextUnfinished(c.visible, c.currentIndex())
	if ok {
		c.setCurrent(e)
	}
	return e, ok
}

// nextUnfinished finds the first unfinished usable entry after index from,
// wrapping round, the entry at from itself excluded.
func nextUnfinished(list []*Entry, from int) (*Entry, bool) {
	n := len(list)
	for k := 1; k <= n; k++ {
		i := (from + k) % n
		if i < 0 {
			i += n
		}
		if i == from {
			break
		}
		if e := list[i]; e.Usable() && !e.Status.Finished() {
			return e, true
		}
	}
	return nil, false
}

// MarkDone marks the current document done and moves to the next unfinished
// one. It returns that document, or false when none is left (the current
// document stays).
func (c *Corpus) MarkDone() (*Entry, bool) { return c.finish(StatusDone) }

// Skip marks the current document skipped and moves to the next unfinished one.
func (c *Corpus) Skip() (*Entry, bool) { return c.finish(StatusSkipped) }

// finish gives the current document a finished status and moves on.
func (c *Corpus) finish(s Status) (*Entry, bool) {
	cur := c.Current()
	if cur == nil {
		return nil, false
	}
	next, ok := nextUnfinished(c.visible, c.currentIndex()) // before the view drops cur
	c.setStatus(cur, s)
	if ok {
		c.setCurrent(next)
	}
	return next, ok
}

// SetStatus gives a document a status (the documents pane's "reopen", or a
// CLI). The view is refreshed: a status filter may hide it.
func (c *Corpus) SetStatus(path string, s Status) error {
	e, ok := c.byPath[path]
	if !ok {
		return fmt.Errorf("%s: not in the corpus", path)
	}
	if !s.Valid() {
		return fmt.Errorf("unknown status %q", s)
	}
	c.setStatus(e, s)
	return nil
}

// setStatus changes e's status and records it.
func (c *Corpus) setStatus(e *Entry, s Status) {
	if e.Status == s {
		return
	}
	e.Status = s
	c.touch(e.Path)
	c.refreshView()
}

// SetPosition records where the user is reading a document. A new document
// read past its start becomes in progress.
func (c *Corpus) SetPosition(path string, pos Position) {
	e, ok := c.byPath[path]
	if !ok || e.Position == pos {
		return
	}
	e.Position = pos
	c.touch(path)
	if e.Status == StatusNew && pos != (Position{}) {
		c.setStatus(e, StatusInProgress)
	}
}

// NoteTags records a document's tag count after the user tagged; a new
// document with tags becomes in progress.
func (c *Corpus) NoteTags(path string, tags int) {
	e, ok := c.byPath[path]
	if !ok {
		return
	}
	e.Counts.Tags = tags
	if e.Status == StatusNew && tags > 0 {
		c.setStatus(e, StatusInProgress)
	}
}

// Resume picks the document to open: the current one saved last session
// if it can still be opened and is not finished, else the next unfinished
// visible one after it (wrapping round), else the current one, else the
// first usable one. False when nothing can be opened.
func (c *Corpus) Resume() (*Entry, bool) {
	cur := c.Current()
	if cur != nil && cur.Usable() && !cur.Status.Finished() {
		return cur, true
	}
	if e, ok := nextUnfinished(c.visible, c.currentIndex()); ok {
		c.setCurrent(e)
		return e, true
	}
	if cur != nil && cur.Usable() {
		return cur, true
	}
	for _, e := range c.visible {
		if e.Usable() {
			c.setCurrent(e)
			return e, true
		}
	}
	return nil, false
}
