package article

import (
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/x/ansi"
)

// tabStop is the tab width, in cells, inside the article pane.
const tabStop = 4

// wrappedLine is one screen line of a paragraph: the document bytes
// [Start, End), the cells they take once drawn, and the blank cells drawn
// before them (the hanging indent of a list item's later lines).
type wrappedLine struct {
	Start, End int
	Width      int
	Indent     int
}

// nextCluster returns the grapheme cluster at the start of s and its width in
// cells as drawn (after sanitizing), with a fast path for plain ASCII. col is
// the column the cluster starts at, which a tab needs.
func nextCluster(s string, col int) (cluster string, width int) {
	c := s[0]
	switch c {
	case '\t':
		return s[:1], tabStop - col%tabStop
	case '\r', '\n':
		// A line break inside a Markdown paragraph, with the next line's
		// indentation, is one space.
		n := 1
		for n < len(s) && (s[n] == '\n' || s[n] == '\r' || s[n] == ' ' || s[n] == '\t') {
			n++
		}
		return s[:n], 1
	}
	if c >= 0x20 && c < 0x7f && (len(s) == 1 || s[1] < 0x80) {
		return s[:1], 1
	}
	cluster, width = ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	if cluster == "" {
		cluster = s[:1]
	}
	_, width = theme.SafeCluster(cluster, width)
	return cluster, width
}

// wrapText breaks text, which starts at document offset base, into lines of
// at most width cells. It breaks after runs of spaces and tabs (which are not
// drawn at a line end) and hard-breaks words longer than a line, never inside
// a grapheme cluster, so wide characters and combining marks stay whole.
// Lines after the first are indented by hang cells (0 for none).
func wrapText(text string, base, width, hang int) []wrappedLine {
	lines, _ := wrapTextUpTo(text, base, width, hang, 0)
	return lines
}

// wrapTextUpTo is wrapText that stops once it has at least limit lines
// (limit > 0; 0 wraps it all), and reports whether it wrapped all of text.
// The lines it returns are the first lines of the whole wrap: a line's
// breaks depend only on the text before them.
func wrapTextUpTo(text string, base, width, hang, limit int) (lines []wrappedLine, complete bool) {
	if width < 1 {
		width = 1
	}
	if hang < 0 || hang > width/2 {
		hang = 0
	}
	first := width
	capacity := len(text)/(width*3/4+1) + 1
	if limit > 0 {
		capacity = min(capacity, limit+1)
	}
	lines = make([]wrappedLine, 0, capacity)
	emit := func(start, end, w int) {
		indent := 0
		if len(lines) > 0 {
			indent = hang
		}
		lines = append(lines, wrappedLine{base + start, base + end, w, indent})
		width = first - hang // every later line is narrower by the indent
	}
	lineStart, col := 0, 0
	breakAt, breakCol := -1, 0 // start of the last space run on this line
	resume, resumeCol := 0, 0  // first byte after that run
	inSpaces := false
	i := 0
	for i < len(text) {
		if limit > 0 && len(lines) >= limit {
			return lines, false
		}
		if c := text[i]; c > ' ' && c < 0x7f && (i+1 == len(text) || text[i+1] < 0x80) && (col < width || col == 0) {
			// the common case, a printable ASCII byte that fits: no cluster
			// lookup (what nextCluster would answer: one byte, one cell)
			inSpaces = false
			col++
			i++
			continue
		}
		cluster, w := " ", 1
		if text[i] != ' ' { // a space is one byte, one cell
			cluster, w = nextCluster(text[i:], col)
		}
		if isBlank(text[i]) {
			if !inSpaces && i > lineStart {
				breakAt, breakCol = i, col
			}
			inSpaces = true
			col += w
			i += len(cluster)
			resume, resumeCol = i, col
			continue
		}
		inSpaces = false
		if col+w > width && col > 0 {
			if breakAt > lineStart {
				emit(lineStart, breakAt, breakCol)
				lineStart, col = resume, col-resumeCol
			} else {
				emit(lineStart, i, col)
				lineStart, col = i, 0
			}
			breakAt = -1
			// A word still too long for the fresh line is hard-broken here.
			if col+w > width && col > 0 {
				emit(lineStart, i, col)
				lineStart, col = i, 0
			}
		}
		col += w
		i += len(cluster)
	}
	end, endCol := len(text), col
	if inSpaces && breakAt > lineStart {
		end, endCol = breakAt, breakCol
	}
	if end > lineStart || len(lines) == 0 {
		emit(lineStart, end, endCol)
	}
	return lines, true
}

// isBlank reports the bytes the wrapper may break at: space, tab and the
// line breaks that join a Markdown paragraph's source lines.
func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
