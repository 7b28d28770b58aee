package side

import (
	"strings"

	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/x/ansi"
)

// appendOthers adds, after the user's own rows, a section per annotator
// whose tags are shown (Session.ShownOthers): a heading, then their placed
// tags that pass the label filter, marked and read-only.
func (t *TagsTab) appendOthers(rows []tagRow) []tagRow {
	for _, o := range t.tags.Sess.ShownOthers() {
		var theirs []tagRow
		for _, a := range o.Set.All() {
			if !a.Orphan && (t.filter == "" || a.Label == t.filter) {
				theirs = append(theirs, tagRow{annotation: a, author: o.Author})
			}
		}
		rows = append(rows, tagRow{heading: theme.Sanitize(o.Author) + "'s tags (read-only) · " + session.Count(len(theirs), "tag")})
		rows = append(rows, theirs...)
	}
	return rows
}

// otherRow draws another annotator's tag: the others' gutter mark, then
// its label and words, muted (reverse video when selected).
func otherRow(r tagRow, selected bool, width int, styles *theme.Styles) string {
	a := r.annotation
	text := theme.Sanitize(session.Excerpt(a.Text, 8))
	if a.Speaker != "" {
		text = theme.Sanitize(a.Speaker) + ": " + text
	}
	line := ansi.Truncate(layers.OthersGutterMarker+theme.Sanitize(a.Label)+" "+text, width, "…")
	if selected {
		return styles.SideSelected.Render(line + strings.Repeat(" ", max(0, width-ansi.StringWidth(line))))
	}
	return styles.Muted.Render(line)
}
