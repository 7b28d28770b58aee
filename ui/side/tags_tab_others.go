package side

import (
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
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
