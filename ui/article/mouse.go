package article

// OffsetAt returns the document offset drawn at cell (x, y) of the pane,
// or false on a blank line or outside the text.
func (a *Pane) OffsetAt(x, y int) (int, bool) {
	if a.doc == nil || len(a.doc.Paragraphs) == 0 || y < 0 || y >= a.height || x < 0 || x >= a.width {
		return 0, false
	}
	y -= a.headerRows() // the header holds no text
	if y < 0 {
		return 0, false
	}
	pos, row := a.top, 0
	for p := pos.Para; p >= 0 && row < a.height; p = a.nextShown(p + 1) {
		ls := a.linesUpTo(p, pos.Line+a.height-row)
		for l := pos.Line; l < len(ls) && row < a.height; l++ {
			if row == y {
				return a.offsetInLine(ls[l], x-a.left-gutterWidth), true
			}
			row++
		}
		row += a.gapAfter(p)
		if row > y {
			return 0, false
		}
		pos.Line = 0
	}
	return 0, false
}

// offsetInLine returns the offset of the character drawn at column col of
// line (the first or last character when col is outside it).
func (a *Pane) offsetInLine(line wrappedLine, col int) int {
	text := a.doc.Text
	off, at := line.Start, 0
	for off < line.End {
		cluster, w := nextCluster(text[off:line.End], at)
		if col < at+w {
			return off
		}
		at += w
		if off+len(cluster) >= line.End {
			return off
		}
		off += len(cluster)
	}
	return line.Start
}
