package article

// The article pane's reading position: where the top line is, and scrolling
// and jumping by lines, pages and document offsets.

// TopOffset is the document offset of the first line on screen.
func (a *Pane) TopOffset() int {
	if a.doc == nil || len(a.doc.Paragraphs) == 0 || a.measure == 0 {
		return 0
	}
	ls := a.linesUpTo(a.top.Para, a.top.Line+1)
	if a.top.Line < len(ls) {
		return ls[a.top.Line].Start
	}
	// On the blank line after a paragraph: the reader is at the next one.
	if next := a.nextShown(a.top.Para + 1); next >= 0 {
		return a.doc.Paragraphs[next].Start
	}
	return a.doc.Paragraphs[a.top.Para].End
}

// TopParagraph is the index of the first paragraph with text on screen.
func (a *Pane) TopParagraph() int {
	if a.doc == nil || len(a.doc.Paragraphs) == 0 {
		return 0
	}
	return a.doc.ParagraphAt(a.TopOffset())
}

// PositionOf returns the position whose line holds document offset off
// (the next shown paragraph's first line when off's paragraph is hidden).
func (a *Pane) PositionOf(off int) Position {
	p := a.doc.ParagraphAt(off)
	if q := a.nextShown(p); q >= 0 {
		if q != p {
			return Position{q, 0}
		}
	} else if q = a.prevShown(p); q >= 0 {
		return Position{q, 0}
	} else {
		return Position{}
	}
	ls := a.linesUpTo(p, 1)
	for !a.wrappedWhole(p) && ls[len(ls)-1].End <= off { // a long paragraph: wrap as far as off (linesUpTo doubles)
		ls = a.linesUpTo(p, len(ls)+1)
	}
	line := 0
	for i, l := range ls {
		if l.Start <= off {
			line = i
		}
	}
	return Position{p, line}
}

// maxTop is the last top position that still fills the screen.
func (a *Pane) maxTop() Position {
	last := a.prevShown(len(a.doc.Paragraphs) - 1)
	if last < 0 {
		return Position{}
	}
	need := a.height
	for p := last; p >= 0; p = a.prevShown(p - 1) {
		h := a.blockHeight(p)
		if p == last {
			h = len(a.lines(p)) // no gap below the end
		}
		if h >= need {
			return Position{p, h - need}
		}
		need -= h
		if a.prevShown(p-1) < 0 {
			return Position{p, 0}
		}
	}
	return Position{last, 0}
}

// before reports whether position x comes before y.
func (x Position) before(y Position) bool {
	return x.Para < y.Para || (x.Para == y.Para && x.Line < y.Line)
}

// fills reports whether at least rows lines follow top (top's own
// included) to the end of the document, counting no further than that.
func (a *Pane) fills(top Position, rows int) bool {
	last := a.prevShown(len(a.doc.Paragraphs) - 1)
	line := top.Line
	for p := top.Para; p >= 0 && rows > 0; p = a.nextShown(p + 1) {
		h := a.lineCount(p, line+rows)
		if p != last {
			h += a.gapAfter(p)
		}
		rows -= max(0, h-line)
		line = 0
	}
	return rows <= 0
}

// clampTop keeps the top position on a shown paragraph and not past maxTop.
func (a *Pane) clampTop() {
	if a.doc == nil || len(a.doc.Paragraphs) == 0 || a.measure == 0 {
		return
	}
	if !a.Shown(a.top.Para) {
		a.top = a.PositionOf(a.doc.Paragraphs[a.top.Para].Start)
	}
	if !a.fills(a.top, a.height) { // near the end (else no need to find it)
		if m := a.maxTop(); m.before(a.top) {
			a.top = m
		}
	}
	if h := a.lineCount(a.top.Para, a.top.Line+1) + a.gapAfter(a.top.Para); a.top.Line >= h {
		a.top.Line = h - 1
	}
	if a.top.Line < 0 {
		a.top.Line = 0
	}
}

// ScrollDown moves the view n lines towards the end.
func (a *Pane) ScrollDown(n int) {
	n = a.scrollHeaderDown(n)
	for n > 0 {
		h := a.lineCount(a.top.Para, a.top.Line+n+1) + a.gapAfter(a.top.Para)
		if a.top.Line+n < h {
			a.top.Line += n
			break
		}
		next := a.nextShown(a.top.Para + 1)
		if next < 0 {
			a.top.Line = h - 1
			break
		}
		n -= h - a.top.Line
		a.top = Position{next, 0}
	}
	a.clampTop()
}

// ScrollUp moves the view n lines towards the start.
func (a *Pane) ScrollUp(n int) {
	for n > 0 {
		if a.top.Line >= n {
			a.top.Line -= n
			break
		}
		prev := a.prevShown(a.top.Para - 1)
		if prev < 0 {
			a.scrollHeaderUp(n - a.top.Line)
			a.top.Line = 0
			break
		}
		n -= a.top.Line + 1
		a.top = Position{prev, a.blockHeight(prev) - 1}
	}
	a.clampTop()
}

// GotoTop shows the start of the document.
func (a *Pane) GotoTop() {
	a.top = Position{max(a.nextShown(0), 0), 0}
	a.showHeader()
	a.clampTop()
}

// GotoBottom shows the end of the document.
func (a *Pane) GotoBottom() {
	a.hideHeader()
	a.top = a.maxTop()
}

// JumpTo puts the line holding document offset off at the top.
func (a *Pane) JumpTo(off int) {
	a.top = a.PositionOf(off)
	a.hideHeader()
	a.clampTop()
}

// Reveal scrolls so that offset off is on screen, a third of the way down,
// unless it already is.
func (a *Pane) Reveal(off int) {
	if a.OnScreen(off) {
		return
	}
	a.JumpTo(off)
	a.ScrollUp(a.height / 3)
	if !a.OnScreen(off) { // near the end, JumpTo stopped short: the third up was too much
		a.JumpTo(off)
	}
}

// OnScreen reports whether document offset off is drawn in the current view.
func (a *Pane) OnScreen(off int) bool {
	pos, rows, height := a.top, 0, a.bodyHeight()
	for p := pos.Para; p >= 0 && rows < height; p = a.nextShown(p + 1) {
		ls := a.linesUpTo(p, pos.Line+height-rows)
		for l := pos.Line; l < len(ls) && rows < height; l++ {
			if off >= ls[l].Start && off < ls[l].End {
				return true
			}
			rows++
		}
		rows += a.gapAfter(p)
		pos.Line = 0
	}
	return false
}
