package article

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/x/ansi"
)

// The header: lines drawn above the first paragraph that are not part of
// the document's text (an extracted page's title, byline, date, site and
// URL). They hold no offsets: the cursor, the mouse, search and tags never
// land on them. They scroll away with the first lines of the text and come
// back when the reader scrolls up to the top.

// HeaderLine is one line of the header: its text and whether it is the
// heading (drawn bold) or a detail (drawn muted).
type HeaderLine struct {
	Text    string
	Heading bool
}

// header is the pane's header and how far it is scrolled.
type header struct {
	lines   []HeaderLine
	wrapped []string // lines wrapped at measure, painted, then one blank line
	measure int      // the measure wrapped is for
	row     int      // the first header row on screen; len(wrapped) when scrolled past
}

// SetHeader sets the lines drawn above the text (nil for none); the header
// shows from its first line.
func (a *Pane) SetHeader(lines []HeaderLine) {
	a.head = header{lines: lines}
}

// headerRows is the header's rows on screen now, its blank line included.
func (a *Pane) headerRows() int {
	return max(0, min(len(a.headerWrapped())-a.head.row, a.height-1))
}

// bodyHeight is the rows left for the text under the header.
func (a *Pane) bodyHeight() int { return max(a.height-a.headerRows(), 1) }

// headerWrapped is the header wrapped at the current measure (cached).
func (a *Pane) headerWrapped() []string {
	h := &a.head
	if len(h.lines) == 0 {
		return nil
	}
	if h.wrapped != nil && h.measure == a.measure {
		return h.wrapped
	}
	h.wrapped, h.measure = h.wrapped[:0], a.measure
	for _, l := range h.lines {
		paint := a.styles.Heading
		if !l.Heading {
			paint = a.styles.Markup
		}
		text := strings.Join(strings.Fields(theme.Sanitize(l.Text)), " ")
		rows := []string{text} // one word (a URL): one line, cut
		if strings.Contains(text, " ") {
			rows = strings.Split(ansi.Wordwrap(text, max(a.measure, 1), ""), "\n")
		}
		for _, w := range rows {
			w = ansi.Truncate(w, max(a.measure, 1), "…")
			fill := strings.Repeat(" ", max(0, a.width-a.left-gutterWidth-ansi.StringWidth(w)))
			h.wrapped = append(h.wrapped, paint.Open()+w+theme.ResetSGR+fill)
		}
	}
	h.wrapped = append(h.wrapped, "")
	h.row = min(h.row, len(h.wrapped))
	return h.wrapped
}

// writeHeader draws the header rows on screen and returns how many.
func (a *Pane) writeHeader(b *strings.Builder) int {
	n := a.headerRows()
	pad := strings.Repeat(" ", a.left+gutterWidth)
	for i, line := range a.headerWrapped()[a.head.row : a.head.row+n] {
		if i > 0 {
			b.WriteByte('\n')
		}
		if line == "" {
			b.WriteString(strings.Repeat(" ", a.width))
			continue
		}
		b.WriteString(pad + line)
	}
	return n
}

// scrollHeaderDown scrolls up to n header rows away and returns the rest.
func (a *Pane) scrollHeaderDown(n int) int {
	k := min(n, len(a.headerWrapped())-a.head.row)
	a.head.row += k
	return n - k
}

// scrollHeaderUp brings back up to n header rows (the text is at its top).
func (a *Pane) scrollHeaderUp(n int) { a.head.row = max(0, a.head.row-n) }

// hideHeader scrolls the header away (a jump into the text).
func (a *Pane) hideHeader() { a.head.row = len(a.headerWrapped()) }

// showHeader shows the whole header (the top of the document).
func (a *Pane) showHeader() { a.head.row = 0 }
