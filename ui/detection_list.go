package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// listCursor is the cursor of the Quotes, Speakers and Promos lists: the
// selected row, the row holding the reading position, and the scroll.
type listCursor struct {
	selected int // row under the cursor
	current  int // row holding the reading position, -1 for none
	scroll   int // first row on screen
	height   int // rows last drawn, for paging
}

// newListCursor is a cursor on no row yet: the first Follow puts it on the
// row being read, and any use before that on the first row.
func newListCursor() listCursor { return listCursor{selected: -1, current: -1} }

// move applies a navigation key to a list of count rows; it reports whether
// the key was one (so the caller knows the selection may have changed).
func (c *listCursor) move(msg tea.KeyMsg, keys KeyMap, count int) bool {
	page := max(c.height-1, 1)
	switch {
	case key.Matches(msg, keys.Down):
		c.selected++
	case key.Matches(msg, keys.Up):
		c.selected--
	case key.Matches(msg, keys.PageDown), key.Matches(msg, keys.HalfDown):
		c.selected += page
	case key.Matches(msg, keys.PageUp), key.Matches(msg, keys.HalfUp):
		c.selected -= page
	case key.Matches(msg, keys.Top):
		c.selected = 0
	case key.Matches(msg, keys.Bottom):
		c.selected = count - 1
	default:
		return false
	}
	c.clamp(count)
	return true
}

// clamp keeps the selection inside a list of count rows.
func (c *listCursor) clamp(count int) { c.selected = max(0, min(c.selected, count-1)) }

// follow marks row current as the reading position and, while the user is
// not browsing (the cursor sat on the old current row), moves the cursor too.
func (c *listCursor) follow(current int) {
	if c.selected == c.current && current >= 0 {
		c.selected = current
	}
	c.current = current
}

// window scrolls so the selection is on screen and returns the rows to draw.
func (c *listCursor) window(height, count int) (first, end int) {
	c.height = height
	c.clamp(count)
	if c.selected < c.scroll {
		c.scroll = c.selected
	}
	if c.selected >= c.scroll+height {
		c.scroll = c.selected - height + 1
	}
	c.scroll = max(0, min(c.scroll, count-height))
	return c.scroll, min(count, c.scroll+height)
}

// listRow draws one row width cells wide: a one-cell mark, then lead (a
// coloured speaker name, say) and text. The selected row is drawn reversed
// while the pane has focus; the current row gets the ▸ mark.
func (c *listCursor) listRow(i int, lead string, leadStyle lipgloss.Style, text string, width int, focused bool, styles *Styles) string {
	width--
	lead = ansi.Truncate(lead, width, "…")
	text = ansi.Truncate(text, max(width-ansi.StringWidth(lead), 0), "…")
	fill := strings.Repeat(" ", max(0, width-ansi.StringWidth(lead)-ansi.StringWidth(text)))
	switch {
	case i == c.selected && focused:
		return " " + styles.SideSelected.Render(lead+text+fill)
	case i == c.current:
		return "▸" + leadStyle.Render(lead) + styles.SideCurrent.Render(text) + fill
	}
	return " " + leadStyle.Render(lead) + styles.SideItem.Render(text) + fill
}

// padRows fills rows up to height blank lines of width cells and joins them.
func padRows(rows []string, width, height int) string {
	for len(rows) < height {
		rows = append(rows, strings.Repeat(" ", width))
	}
	return strings.Join(rows[:height], "\n")
}

// messageRows is a tab body that only says msg (sanitized), in muted text.
func messageRows(msg string, width, height int, styles *Styles) string {
	line := ansi.Truncate(" "+theme.Sanitize(msg), width, "…")
	line += strings.Repeat(" ", max(0, width-ansi.StringWidth(line)))
	return padRows([]string{styles.Muted.Render(line)}, width, height)
}

// openingWords returns the start of text on one line, sanitized, about
// width cells long (the caller truncates exactly).
func openingWords(text string, width int) string {
	end := min(len(text), 4*width+8)
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return strings.Join(strings.Fields(theme.Sanitize(text[:end])), " ")
}

// truncateCells cuts s to at most width cells, ending in "…" when cut.
func truncateCells(s string, width int) string { return ansi.Truncate(s, width, "…") }
