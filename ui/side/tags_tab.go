package side

import (
	"sort"
	"strconv"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// TagsTab lists every annotation: its label, opening words and note (on a
// second line), in
// text order, then the orphans (annotations whose text could not be found
// again) in a section of their own; they are never dropped. Keys: j/k move,
// enter jumps to the tag, d (or delete) deletes it, c edits its note, L
// gives it the next label, f cycles a label filter, 1-9 filter by that
// label's key and 0 clears the filter. Changes go through the root model
// (TagActionMsg), so they are undoable and saved at once.
type TagsTab struct {
	tags     *layers.Tags
	keys     TagKeys    // the tab's own keys (delete, note, relabel, filter)
	hint     string     // the key hint under the list, from the binding table
	labelKey string     // the tagging keys' name ("1-9")
	filter   string     // show only this label ("" for all)
	cursor   ListCursor // selected row and first row on screen

	// the list's shape (how many placed tags and orphans pass the filter),
	// counted again only when the annotations or the filter change; rows
	// themselves are fetched by position (At, LabelAt), so no frame or key
	// copies the set
	shape      tagShape
	shapeRev   uint64
	shapeOther uint64 // Session.OthersRevision
	shapeFor   string
	shapeValid bool
	drawn      tagLines // drawn rows and legend, per revision and width
	// selectedID is the user's tag last drawn selected: when tags are
	// added or removed before it, the selection follows it (Index)
	selectedID string
}

// tagShape is how many placed tags and orphans of the user's the list
// holds, and the rows of the other annotators' tags shown after them.
type tagShape struct {
	placed, orphans int
	others          []tagRow
}

// own is the number of rows of the user's tags: the placed tags, then a
// heading and the orphans when there are any.
func (s tagShape) own() int {
	if s.orphans == 0 {
		return s.placed
	}
	return s.placed + 1 + s.orphans
}

// rowCount is the number of rows, the others' included.
func (s tagShape) rowCount() int { return s.own() + len(s.others) }

// TagAction is what the Tags tab asks the root model to do with a tag.
type TagAction int

// The actions the Tags tab asks for.
const (
	TagDelete TagAction = iota
	TagEditNote
	TagNextLabel
	TagExplainOrphan
	// TagReadOnly: the row is another annotator's tag (ID is their name).
	TagReadOnly
)

// TagActionMsg asks the root model to act on annotation ID (through the
// session, so the change is undoable and saved at once).
type TagActionMsg struct {
	Action TagAction
	ID     string
}

// TagKeys are the Tags tab's own keys.
type TagKeys struct {
	Delete, Note, Relabel, Filter key.Binding
}

// tagRow is one row of the tab: an annotation, or the orphans' heading.
type tagRow struct {
	annotation model.Annotation
	heading    string
	author     string // another annotator's tag, read-only ("" for the user's own)
}

// NewTagsTab builds the tab over the tag layer with its own keys; hint is
// its key line and labelKey names the tagging keys ("1-9"), both from the
// reader's binding table.
func NewTagsTab(t *layers.Tags, keys TagKeys, hint, labelKey string) *TagsTab {
	return &TagsTab{tags: t, keys: keys, hint: hint, labelKey: labelKey, cursor: ListCursor{Current: -1}}
}

// Title names the tab, with the number of tags.
func (t *TagsTab) Title() string { return "Tags " + strconv.Itoa(t.tags.Sess.Set().Len()) }

// ShortTitle is the title for a narrow tab bar.
func (t *TagsTab) ShortTitle() string { return "Tag " + strconv.Itoa(t.tags.Sess.Set().Len()) }

// rowShape counts the rows that pass the label filter, in O(log² n) when
// the set or the filter changed and O(1) otherwise.
func (t *TagsTab) rowShape() tagShape {
	rev := t.tags.Sess.Revision()
	other := t.tags.Sess.OthersRevision()
	if t.shapeValid && t.shapeRev == rev && t.shapeFor == t.filter && t.shapeOther == other {
		return t.shape
	}
	set := t.tags.Sess.Set()
	var sh tagShape
	if t.filter == "" {
		sh.placed = set.PlacedLen()
		sh.orphans = set.Len() - sh.placed
	} else {
		n := set.LabelLen(t.filter)
		// a label's annotations are in All order: placed first, then orphans
		sh.placed = sort.Search(n, func(i int) bool { return set.LabelAt(t.filter, i).Orphan })
		sh.orphans = n - sh.placed
	}
	sh.others = t.appendOthers(nil) // read-only sets, listed once per change
	if t.shapeValid && t.shapeFor == t.filter && t.selectedID != "" {
		if row := t.ownRowOf(sh, t.selectedID); row >= 0 {
			t.cursor.Selected = row
		}
	}
	t.shape, t.shapeRev, t.shapeFor, t.shapeValid, t.shapeOther = sh, rev, t.filter, true, other
	return sh
}

// ownRowOf is the row of the user's tag id under the current filter, in
// O(log n), or -1 when it is not listed.
func (t *TagsTab) ownRowOf(sh tagShape, id string) int {
	set := t.tags.Sess.Set()
	i := set.Index(id)
	if t.filter != "" {
		if a, ok := set.Get(id); !ok || a.Label != t.filter {
			return -1
		}
		i = set.LabelIndex(id)
	}
	if i >= sh.placed {
		i++ // past the orphans' heading
	}
	return i
}

// rowAt returns row i (0 ≤ i < rowCount) in O(log n).
func (t *TagsTab) rowAt(sh tagShape, i int) tagRow {
	if own := sh.own(); i >= own {
		return sh.others[i-own]
	}
	if i == sh.placed {
		return tagRow{heading: "Orphans: text not found (kept)"}
	}
	if i > sh.placed {
		i-- // past the heading
	}
	set := t.tags.Sess.Set()
	if t.filter == "" {
		return tagRow{annotation: set.At(i)}
	}
	return tagRow{annotation: set.LabelAt(t.filter, i)}
}

// rows lists every row (for tests; the tab itself pages with rowAt).
func (t *TagsTab) rows() []tagRow {
	sh := t.rowShape()
	rows := make([]tagRow, sh.rowCount())
	for i := range rows {
		rows[i] = t.rowAt(sh, i)
	}
	return rows
}

// Update handles a key while the tab has focus.
func (t *TagsTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
	sh := t.rowShape()
	count := sh.rowCount()
	var cur *model.Annotation
	author := "" // another annotator's, when the row is theirs
	t.cursor.Clamp(count)
	if t.cursor.Selected < count {
		if r := t.rowAt(sh, t.cursor.Selected); r.heading == "" {
			cur, author = &r.annotation, r.author
		}
	}
	act := func(a TagAction) tea.Cmd {
		if cur == nil {
			return nil
		}
		id := cur.ID
		if author != "" {
			a, id = TagReadOnly, author
		}
		return func() tea.Msg { return TagActionMsg{Action: a, ID: id} }
	}
	switch {
	case key.Matches(msg, t.keys.Filter):
		t.filter = t.nextFilter()
		t.cursor.Selected, t.cursor.Scroll = 0, 0
	case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '0' && msg.Runes[0] <= '9':
		t.filter = ""
		if l, ok := t.tags.Sess.Labels().ByKey(int(msg.Runes[0] - '0')); ok {
			t.filter = l.Name
		}
		t.cursor.Selected, t.cursor.Scroll = 0, 0
	case key.Matches(msg, t.keys.Delete):
		return t, act(TagDelete)
	case key.Matches(msg, t.keys.Note):
		return t, act(TagEditNote)
	case key.Matches(msg, t.keys.Relabel):
		return t, act(TagNextLabel)
	case key.Matches(msg, keys.Select):
		if cur != nil && cur.Orphan && author == "" {
			return t, act(TagExplainOrphan)
		}
		if cur != nil {
			return t, JumpTo(cur.Span.Start, true)
		}
	default:
		t.cursor.Move(msg, keys, count)
	}
	return t, nil
}

// nextFilter cycles all → each label that has tags → all.
func (t *TagsTab) nextFilter() string {
	names := []string{""}
	for _, l := range t.tags.Sess.Labels().Labels {
		names = append(names, l.Name)
	}
	seen := map[string]bool{}
	for _, n := range names {
		seen[n] = true
	}
	var older []string // labels from an older label set, by name
	for label := range t.tags.Sess.Set().Labels() {
		if !seen[label] {
			older = append(older, label)
		}
	}
	sort.Strings(older)
	names = append(names, older...)
	for i, n := range names {
		if n == t.filter {
			return names[(i+1)%len(names)]
		}
	}
	return ""
}

// Follow changes nothing: the tab's cursor moves only with its own keys.
func (t *TagsTab) Follow(int) Tab { return t }

// View draws the tab in width x height cells.
func (t *TagsTab) View(width, height int, focused bool, styles *theme.Styles) string {
	sh := t.rowShape()
	count := sh.rowCount()
	lines := make([]string, 0, height)
	head := "all labels"
	if t.filter != "" {
		head = "label: " + t.filter
	}
	lines = append(lines, styles.Muted.Render(ansi.Truncate(" "+theme.Sanitize(head)+" · "+strconv.Itoa(count)+" shown", width, "…")))
	if height >= 8 {
		lines = append(lines, t.cachedLegend(width, styles)...)
	}
	top := len(lines)                          // header and legend
	listHeight := max(height-top-1, 1)         // the last line is the key hint
	t.cursor.Height = rowsOnScreen(listHeight) // for paging
	if count == 0 {
		msg := " No tags yet: move the cursor and press " + t.labelKey + "."
		if t.filter != "" {
			msg = " No " + t.filter + " tags."
		}
		lines = append(lines, styles.Muted.Render(ansi.Truncate(theme.Sanitize(msg), width, "…")))
	}
	c := &t.cursor
	c.Clamp(count)
	t.selectedID = ""
	if c.Selected < sh.own() {
		t.selectedID = t.rowAt(sh, c.Selected).annotation.ID // "" on the heading
	}
	// every row takes a line at least, so the first row on screen is at
	// most listHeight rows above the selection: only those are fetched
	c.Scroll = max(0, c.Selected-listHeight+1, min(c.Scroll, c.Selected))
	for c.Scroll < c.Selected && t.rowsHeight(sh, c.Scroll, c.Selected+1) > listHeight {
		c.Scroll++
	}
	for i := c.Scroll; i < count && len(lines) < top+listHeight; i++ {
		row := t.rowLines(sh, i, focused, width, styles)
		lines = append(lines, row[:min(len(row), top+listHeight-len(lines))]...)
	}
	for len(lines) < height-1 {
		lines = append(lines, "")
	}
	lines = append(lines[:max(height-1, 0)], styles.Muted.Render(ansi.Truncate(t.hint, width, "…")))
	return theme.PadBlock(lines, width, height)
}

// legend lists the label keys ("1 quote 2 claim …") in the labels'
// colours, wrapped onto as many lines as width needs, so every label shows.
func (t *TagsTab) legend(width int, styles *theme.Styles) []string {
	var lines []string
	var b strings.Builder
	used := 0
	for _, l := range t.tags.Sess.Labels().Labels {
		key, name := " "+strconv.Itoa(l.Key)+" ", theme.Sanitize(l.Name)
		name = ansi.Truncate(name, max(width-ansi.StringWidth(key), 1), "…")
		w := ansi.StringWidth(key + name)
		if used > 0 && used+w > width {
			lines = append(lines, b.String())
			b.Reset()
			used = 0
		}
		style, ok := t.tags.Paints.LabelStyle(l.Name)
		if !ok {
			style = styles.SideItem
		}
		b.WriteString(styles.Muted.Render(key))
		b.WriteString(style.Render(name))
		used += w
	}
	if used > 0 {
		lines = append(lines, b.String())
	}
	return lines
}

// rowsOnScreen is how many rows a page moves: a list of height lines holds
// at least half as many rows (a tag with a note takes two lines).
func rowsOnScreen(height int) int { return max(height/2, 1) }

// rowsHeight is the screen lines rows [from, to) take (a tag with a note
// takes two).
func (t *TagsTab) rowsHeight(sh tagShape, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		n++
		if r := t.rowAt(sh, i); r.heading == "" && r.annotation.Note != "" {
			n++
		}
	}
	return n
}

// row draws row i, tag r (or the orphans' heading), width cells wide,
// through the list's shared row renderer.
func (t *TagsTab) row(i int, r tagRow, focused bool, width int, styles *theme.Styles) string {
	if r.heading != "" {
		return HeadingRow(r.heading, width, styles)
	}
	a := r.annotation
	text := theme.Sanitize(session.Excerpt(a.Text, 8))
	if a.Speaker != "" {
		text = theme.Sanitize(a.Speaker) + ": " + text
	}
	if r.author != "" {
		return t.cursor.ReadOnlyListRow(i, layers.OthersGutterMarker, theme.Sanitize(a.Label)+" "+text, width, focused, styles)
	}
	labelStyle, ok := t.tags.Paints.LabelStyle(a.Label)
	if !ok {
		labelStyle = styles.SideCurrent
	}
	return t.cursor.ListRow(i, theme.Sanitize(a.Label), labelStyle, " "+text, width, focused, styles)
}
