package side

import (
	"github.com/annotty/annotty/ui/theme"
)

// tagLines caches the Tags tab's drawn lines (each unselected row, the
// legend) for one revision of the set, filter, width and theme, so a key
// that moves the selection restyles two rows, not a screenful.
type tagLines struct {
	key    tagLinesKey
	rows   map[int][]string // row index → its line and, with a note, the note's
	legend []string
}

// tagLinesKey is what the drawn lines depend on.
type tagLinesKey struct {
	rev    uint64
	others uint64 // Session.OthersRevision
	filter string
	width  int
	styles *theme.Styles
}

// maxCachedRows bounds the cache (it restarts past it).
const maxCachedRows = 1024

// lines returns the cache for key, emptied when key changed.
func (c *tagLines) lines(key tagLinesKey) *tagLines {
	if c.rows == nil || c.key != key || len(c.rows) > maxCachedRows {
		c.key, c.rows, c.legend = key, map[int][]string{}, nil
	}
	return c
}

// rowLines draws row i (its line and its note's, if any); an unselected
// row comes from the cache.
func (t *TagsTab) rowLines(sh tagShape, i int, focused bool, width int, styles *theme.Styles) []string {
	selected := focused && i == t.cursor.Selected
	c := t.drawn.lines(tagLinesKey{t.tags.Sess.Revision(), t.tags.Sess.OthersRevision(), t.filter, width, styles})
	if lines, ok := c.rows[i]; ok && !selected {
		return lines
	}
	r := t.rowAt(sh, i)
	lines := []string{t.row(i, r, focused, width, styles)}
	if note := r.annotation.Note; note != "" && r.heading == "" {
		lines = append(lines, NoteLine(note, width, styles))
	}
	if !selected {
		c.rows[i] = lines
	}
	return lines
}

// cachedLegend is legend, drawn once per cache key.
func (t *TagsTab) cachedLegend(width int, styles *theme.Styles) []string {
	c := t.drawn.lines(tagLinesKey{t.tags.Sess.Revision(), t.tags.Sess.OthersRevision(), t.filter, width, styles})
	if c.legend == nil {
		c.legend = t.legend(width, styles)
	}
	return c.legend
}
