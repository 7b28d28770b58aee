package article

import (
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
)

// gutterWidth is the space left of the text for paragraph markers.
const gutterWidth = 2

// maxWrapCache bounds the wrapped-paragraph cache; past it the cache restarts.
const maxWrapCache = 4096

// lazyWrapBytes is the paragraph size from which the pane wraps only the
// lines it needs (linesUpTo): a 10 MB paragraph takes ~80 ms to wrap whole,
// and drawing its first screen needs its first forty lines.
const lazyWrapBytes = 64 << 10

// Position is a reading position: a paragraph and a screen line inside its
// block (the block is the paragraph's wrapped lines plus the blank line after it).
type Position struct {
	Para, Line int
}

// namedHighlighter is a highlighter registered under a name.
type namedHighlighter struct {
	name string
	h    Highlighter
}

// Pane shows the document. It keeps no copy of the text: it wraps and
// styles only the paragraphs on screen, caching their line breaks for the
// current measure, and remembers the reading position as (paragraph, line)
// so that a resize keeps the paragraph being read at the top.
type Pane struct {
	doc    *model.Document
	styles *theme.Styles

	width, height int // the pane's cells
	maxMeasure    int // the --width setting
	measure       int // text columns actually used
	left          int // blank columns before the gutter

	top    Position
	head   header // lines above the text, outside its offsets
	hidden []bool // hidden[i] hides paragraph i; nil hides none

	cache        map[int][]wrappedLine // paragraphs wrapped whole
	partial      map[int][]wrappedLine // the first lines of long ones (linesUpTo)
	highlighters []namedHighlighter
	decoBuf      []Decoration
}

// New makes a pane for doc with a reading measure of maxMeasure columns.
func New(doc *model.Document, styles *theme.Styles, maxMeasure int) Pane {
	if maxMeasure < 10 {
		maxMeasure = 80
	}
	return Pane{doc: doc, styles: styles, maxMeasure: maxMeasure, cache: map[int][]wrappedLine{}, partial: map[int][]wrappedLine{}}
}

// SetSize lays the pane out in width x height cells, keeping the line being
// read at the top when the measure changes.
func (a *Pane) SetSize(width, height int) {
	measure := min(a.maxMeasure, width-gutterWidth-1)
	if measure < 1 {
		measure = 1
	}
	a.width, a.height = width, max(height, 1)
	a.left = max(0, (width-measure-gutterWidth)/2)
	if measure != a.measure {
		anchor := a.TopOffset()
		a.measure = measure
		clear(a.cache)
		clear(a.partial)
		if a.doc != nil && len(a.doc.Paragraphs) > 0 {
			a.top = a.PositionOf(anchor)
		}
	}
	a.clampTop()
}

// SetHighlighter registers (or with nil removes) a named source of
// decorations. Highlighters are asked in registration order.
func (a *Pane) SetHighlighter(name string, h Highlighter) {
	for i, nh := range a.highlighters {
		if nh.name == name {
			if h == nil {
				a.highlighters = append(a.highlighters[:i], a.highlighters[i+1:]...)
			} else {
				a.highlighters[i].h = h
			}
			return
		}
	}
	if h != nil {
		a.highlighters = append(a.highlighters, namedHighlighter{name, h})
	}
}

// SetHidden hides the paragraphs i with hidden[i] (nil shows all). The
// reading position stays on the same text, or the next shown paragraph.
func (a *Pane) SetHidden(hidden []bool) {
	anchor := a.TopOffset()
	a.hidden = hidden
	a.top = a.PositionOf(anchor)
	a.clampTop()
}

// lines returns paragraph p's wrapped lines at the current measure.
func (a *Pane) lines(p int) []wrappedLine {
	if ls, ok := a.cache[p]; ok {
		return ls
	}
	para := a.doc.Paragraphs[p]
	text := a.doc.Text[para.Start:para.End]
	return a.keepWhole(p, wrapText(text, para.Start, a.measure, listHang(text, para.ListItem)))
}

// keepWhole caches ls as all of paragraph p's lines and returns it.
func (a *Pane) keepWhole(p int, ls []wrappedLine) []wrappedLine {
	if len(a.cache) >= maxWrapCache {
		clear(a.cache)
	}
	a.cache[p] = ls
	delete(a.partial, p)
	return ls
}

// linesUpTo returns at least the first n of paragraph p's wrapped lines, or
// all of them when it has fewer: the walks that stop at the screen's end
// (drawing, hit tests, the top's offset) need no more. A long paragraph is
// wrapped only that far, its prefix kept and doubled as more is needed.
func (a *Pane) linesUpTo(p, n int) []wrappedLine {
	if ls, ok := a.cache[p]; ok {
		return ls
	}
	para := a.doc.Paragraphs[p]
	if para.End-para.Start < lazyWrapBytes {
		return a.lines(p)
	}
	if ls := a.partial[p]; len(ls) >= n {
		return ls
	}
	text := a.doc.Text[para.Start:para.End]
	ls, complete := wrapTextUpTo(text, para.Start, a.measure, listHang(text, para.ListItem), max(n, 2*len(a.partial[p]), 256))
	if complete {
		return a.keepWhole(p, ls)
	}
	a.partial[p] = ls
	return ls
}

// wrappedWhole reports whether paragraph p's lines are all known.
func (a *Pane) wrappedWhole(p int) bool {
	_, ok := a.cache[p]
	return ok
}

// lineCount returns how many lines paragraph p has, or at least n when it
// has more than that, without wrapping past line n.
func (a *Pane) lineCount(p, n int) int { return len(a.linesUpTo(p, n)) }

// gapAfter is the number of blank lines after paragraph p (none between list items).
func (a *Pane) gapAfter(p int) int {
	ps := a.doc.Paragraphs
	if p+1 < len(ps) && ps[p].ListItem && ps[p+1].ListItem {
		return 0
	}
	return 1
}

// blockHeight is paragraph p's screen lines including the gap after it.
func (a *Pane) blockHeight(p int) int { return len(a.lines(p)) + a.gapAfter(p) }

// Shown reports whether paragraph p is visible.
func (a *Pane) Shown(p int) bool { return a.hidden == nil || p >= len(a.hidden) || !a.hidden[p] }

// nextShown returns the first shown paragraph at or after p, or -1.
func (a *Pane) nextShown(p int) int {
	for ; p < len(a.doc.Paragraphs); p++ {
		if a.Shown(p) {
			return p
		}
	}
	return -1
}

// prevShown returns the last shown paragraph at or before p, or -1.
func (a *Pane) prevShown(p int) int {
	for ; p >= 0; p-- {
		if a.Shown(p) {
			return p
		}
	}
	return -1
}

// Percent is how far through the document the view is (100 at the end).
func (a *Pane) Percent() int {
	if len(a.doc.Text) == 0 || !a.fills(a.top, a.height+1) {
		return 100 // the screen shows the end
	}
	return a.TopOffset() * 100 / len(a.doc.Text)
}

// View draws the pane as exactly a.height lines of a.width cells.
func (a *Pane) View() string {
	var b strings.Builder
	b.Grow(a.height * (a.width + 32))
	pad := strings.Repeat(" ", a.left)
	rows := a.writeHeader(&b)
	line := a.top.Line
	for p := a.top.Para; p >= 0 && rows < a.height; p = a.nextShown(p + 1) {
		ls := a.linesUpTo(p, line+a.height-rows)
		last := min(len(ls), line+a.height-rows) - 1 // the last line drawn
		var decos []Decoration
		if line <= last {
			decos = a.decorations(p, ls[line].Start, ls[last].End)
		}
		marker, markerPaint, hasMarker := a.gutter(p)
		for ; line < len(ls) && rows < a.height; line++ {
			if rows > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(pad)
			if hasMarker {
				b.WriteString(markerPaint.Open())
				b.WriteString(theme.Sanitize(marker))
				if !markerPaint.IsZero() {
					b.WriteString(theme.ResetSGR)
				}
				b.WriteString(strings.Repeat(" ", gutterWidth-1))
			} else {
				b.WriteString("  ")
			}
			if ls[line].Indent > 0 {
				b.WriteString(strings.Repeat(" ", ls[line].Indent))
			}
			drawLine(&b, a.doc.Text, ls[line], a.styles.Body, decos)
			if fill := a.width - a.left - gutterWidth - ls[line].Indent - ls[line].Width; fill > 0 {
				b.WriteString(strings.Repeat(" ", fill))
			}
			rows++
		}
		for g := a.gapAfter(p); line < len(ls)+g && rows < a.height; line++ {
			if rows > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(strings.Repeat(" ", a.width))
			rows++
		}
		line = 0
	}
	for ; rows < a.height; rows++ {
		if rows > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Repeat(" ", a.width))
	}
	return b.String()
}

// decorations collects the highlighters' decorations for the bytes
// [start, end) of paragraph p that are on screen.
func (a *Pane) decorations(p, start, end int) []Decoration {
	ds := a.decoBuf[:0]
	for _, nh := range a.highlighters {
		if r, ok := nh.h.(RangeHighlighter); ok {
			ds = r.DecorateRange(ds, a.doc, p, start, end)
		} else {
			ds = nh.h.Decorate(ds, a.doc, p)
		}
	}
	kept := ds[:0] // what is off screen costs no drawing or sorting
	for _, d := range ds {
		if d.Span.Start < end && d.Span.End > start || d.Span.Start == d.Span.End && d.Span.Start >= start && d.Span.Start <= end {
			kept = append(kept, d)
		}
	}
	ds = kept
	SortDecorations(ds)
	a.decoBuf = ds[:0]
	return ds
}

// gutter returns the first marker a highlighter puts beside paragraph p.
func (a *Pane) gutter(p int) (string, theme.Paint, bool) {
	for _, nh := range a.highlighters {
		if g, ok := nh.h.(GutterMarker); ok {
			if m, paint, ok := g.Gutter(a.doc, p); ok {
				return m, paint, true
			}
		}
	}
	return "", theme.Paint{}, false
}

// listHang is the hanging indent of a Markdown list item: the width of its
// leading spaces and marker ("- ", "12. "), so wrapped lines align with the text.
func listHang(text string, listItem bool) int {
	if !listItem {
		return 0
	}
	lead := len(text) - len(strings.TrimLeft(text, " "))
	sp := strings.IndexByte(text[lead:], ' ')
	if sp < 0 {
		return 0
	}
	return lead + sp + 1
}
