package side

import (
	"strings"
	"unicode/utf8"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// ListCursor is the cursor of the Quotes, Speakers and Promos lists: the
// selected row, the row holding the reading position, and the scroll.
type ListCursor struct {
	Selected int // row under the cursor
	Current  int // row holding the reading position, -1 for none
	Scroll   int // first row on screen
	Height   int // rows last drawn, for paging
}

// NewListCursor is a cursor on no row yet: the first Follow puts it on the
// row being read, and any use before that on the first row.
func NewListCursor() ListCursor { return ListCursor{Selected: -1, Current: -1} }

// Move applies a navigation key to a list of count rows; it reports whether
// the key was one (so the caller knows the selection may have changed).
func (c *ListCursor) Move(msg tea.KeyMsg, keys Keys, count int) bool {
	i, ok := Step(c.Selected, msg, keys, max(c.Height-1, 1), count)
	if !ok {
		return false
	}
	c.Selected = i
	c.Clamp(count)
	return true
}

// Step is where a navigation key takes position i in a list of count
// rows paged by page rows (not clamped: the caller keeps it in range),
// and whether the key was one.
func Step(i int, msg tea.KeyMsg, keys Keys, page, count int) (int, bool) {
	switch {
	case key.Matches(msg, keys.Down):
		return i + 1, true
	case key.Matches(msg, keys.Up):
		return i - 1, true
	case key.Matches(msg, keys.PageDown), key.Matches(msg, keys.HalfDown):
		return i + page, true
	case key.Matches(msg, keys.PageUp), key.Matches(msg, keys.HalfUp):
		return i - page, true
	case key.Matches(msg, keys.Top):
		return 0, true
	case key.Matches(msg, keys.Bottom):
		return count - 1, true
	}
	return i, false
}

// Clamp keeps the selection inside a list of count rows.
func (c *ListCursor) Clamp(count int) { c.Selected = max(0, min(c.Selected, count-1)) }

// Follow marks row current as the reading position and, while the user is
// not browsing (the cursor sat on the old current row), moves the cursor too.
func (c *ListCursor) Follow(current int) {
	if c.Selected == c.Current && current >= 0 {
		c.Selected = current
	}
	c.Current = current
}

// Window scrolls so the selection is on screen and returns the rows to draw.
func (c *ListCursor) Window(height, count int) (first, end int) {
	c.Height = height
	c.Clamp(count)
	if c.Selected < c.Scroll {
		c.Scroll = c.Selected
	}
	if c.Selected >= c.Scroll+height {
		c.Scroll = c.Selected - height + 1
	}
	c.Scroll = max(0, min(c.Scroll, count-height))
	return c.Scroll, min(count, c.Scroll+height)
}

// ListRow draws one row width cells wide: a one-cell mark, then lead (a
// coloured speaker name, say) and text. The selected row is drawn reversed
// while the pane has focus; the current row gets the ▸ mark. Every tab
// draws its rows through it (or ReadOnlyListRow), so they all look alike.
func (c *ListCursor) ListRow(i int, lead string, leadStyle lipgloss.Style, text string, width int, focused bool, styles *theme.Styles) string {
	return c.paintRow(i, " ", lead, leadStyle, text, styles.SideItemPaint, width, focused, styles)
}

// ReadOnlyListRow draws a row of work the user cannot change (another
// annotator's tag): marker (one cell) in the mark's place, then text
// muted; selected, it is reversed like any row.
func (c *ListCursor) ReadOnlyListRow(i int, marker, text string, width int, focused bool, styles *theme.Styles) string {
	return c.paintRow(i, marker, "", styles.Muted, text, styles.MutedPaint, width, focused, styles)
}

// paintRow is the one row renderer behind ListRow and ReadOnlyListRow.
func (c *ListCursor) paintRow(i int, mark, lead string, leadStyle lipgloss.Style, text string, textPaint theme.Paint, width int, focused bool, styles *theme.Styles) string {
	width--
	lead = ansi.Truncate(lead, width, "…")
	text = ansi.Truncate(text, max(width-ansi.StringWidth(lead), 0), "…")
	fill := strings.Repeat(" ", max(0, width-ansi.StringWidth(lead)-ansi.StringWidth(text)))
	switch {
	case i == c.Selected && focused:
		return mark + styles.SideSelectedPaint.Render(lead+text+fill)
	case i == c.Current:
		mark, textPaint = "▸", styles.SideCurrentPaint
	}
	if lead != "" {
		lead = leadStyle.Render(lead)
	}
	return mark + lead + textPaint.Render(text) + fill
}

// NoteLine is the second line of a row that carries a note: the note on
// one line, sanitized, indented under the row's text and muted.
func NoteLine(note string, width int, styles *theme.Styles) string {
	note = "    ✎ " + strings.Join(strings.Fields(theme.Sanitize(note)), " ")
	return styles.Muted.Render(ansi.Truncate(note, width, "…"))
}

// HeadingRow is a section heading inside a list (the Tags tab's orphans,
// another annotator's tags): title (sanitized by the caller) in bold.
func HeadingRow(title string, width int, styles *theme.Styles) string {
	return styles.SideTitle.Render(ansi.Truncate(" "+title, width, "…"))
}

// PadRows fills rows up to height blank lines of width cells and joins them.
func PadRows(rows []string, width, height int) string {
	for len(rows) < height {
		rows = append(rows, strings.Repeat(" ", width))
	}
	return strings.Join(rows[:height], "\n")
}

// MessageRows is a tab body that only says msg (sanitized), in muted text.
func MessageRows(msg string, width, height int, styles *theme.Styles) string {
	line := ansi.Truncate(" "+theme.Sanitize(msg), width, "…")
	line += strings.Repeat(" ", max(0, width-ansi.StringWidth(line)))
	return PadRows([]string{styles.Muted.Render(line)}, width, height)
}

// OpeningWords returns the start of text on one line, sanitized, about
// width cells long (the caller truncates exactly).
func OpeningWords(text string, width int) string {
	end := min(len(text), 4*width+8)
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return strings.Join(strings.Fields(theme.Sanitize(text[:end])), " ")
}

// TruncateCells cuts s to at most width cells, ending in "…" when cut.
func TruncateCells(s string, width int) string { return ansi.Truncate(s, width, "…") }
