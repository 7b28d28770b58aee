package side

import (
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

	// cached rows, rebuilt when the annotations or the filter change, so a
	// frame never copies the whole set
	cached      []tagRow
	cachedRev   uint64
	cachedOther uint64 // Session.OthersRevision
	cachedFor   string
	cachedValid bool
}

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
	return &TagsTab{tags: t, keys: keys, hint: hint, labelKey: labelKey}
}

// Title names the tab, with the number of tags.
func (t *TagsTab) Title() string { return "Tags " + strconv.Itoa(t.tags.Sess.Set().Len()) }

// ShortTitle is the title for a narrow tab bar.
func (t *TagsTab) ShortTitle() string { return "Tag " + strconv.Itoa(t.tags.Sess.Set().Len()) }

// rows lists the annotations (placed first, then a heading and the orphans)
// that pass the label filter.
func (t *TagsTab) rows() []tagRow {
	rev := t.tags.Sess.Revision()
	other := t.tags.Sess.OthersRevision()
	if t.cachedValid && t.cachedRev == rev && t.cachedFor == t.filter && t.cachedOther == other {
		return t.cached
	}
	t.cached, t.cachedRev, t.cachedFor, t.cachedValid, t.cachedOther = t.buildRows(), rev, t.filter, true, other
	return t.cached
}

// buildRows lists the rows afresh.
func (t *TagsTab) buildRows() []tagRow {
	var rows []tagRow
	var orphans []tagRow
	for _, a := range t.tags.Sess.Set().All() {
		if t.filter != "" && a.Label != t.filter {
			continue
		}
		if a.Orphan {
			orphans = append(orphans, tagRow{annotation: a})
		} else {
			rows = append(rows, tagRow{annotation: a})
		}
	}
	if len(orphans) > 0 {
		rows = append(rows, tagRow{heading: "Orphans: text not found (kept)"})
		rows = append(rows, orphans...)
	}
	return t.appendOthers(rows)
}

// Update handles a key while the tab has focus.
func (t *TagsTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
	rows := t.rows()
	var cur *model.Annotation
	t.cursor.Clamp(len(rows))
	if t.cursor.Selected < len(rows) && rows[t.cursor.Selected].heading == "" {
		cur = &rows[t.cursor.Selected].annotation
	}
	act := func(a TagAction) tea.Cmd {
		if cur == nil {
			return nil
		}
		id := cur.ID
		if author := rows[t.cursor.Selected].author; author != "" {
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
		if cur != nil && cur.Orphan && rows[t.cursor.Selected].author == "" {
			return t, act(TagExplainOrphan)
		}
		if cur != nil {
			return t, JumpTo(cur.Span.Start, true)
		}
	default:
		t.cursor.Move(msg, keys, len(rows))
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
	for _, a := range t.tags.Sess.Set().All() { // labels from an older label set
		if !seen[a.Label] {
			seen[a.Label] = true
			names = append(names, a.Label)
		}
	}
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
	rows := t.rows()
	lines := make([]string, 0, height)
	head := "all labels"
	if t.filter != "" {
		head = "label: " + t.filter
	}
	lines = append(lines, styles.Muted.Render(ansi.Truncate(" "+theme.Sanitize(head)+" · "+strconv.Itoa(len(rows))+" shown", width, "…")))
	if height >= 8 {
		lines = append(lines, t.legend(width, styles)...)
	}
	top := len(lines)                          // header and legend
	listHeight := max(height-top-1, 1)         // the last line is the key hint
	t.cursor.Height = rowsOnScreen(listHeight) // for paging
	if len(rows) == 0 {
		msg := " No tags yet: move the cursor and press " + t.labelKey + "."
		if t.filter != "" {
			msg = " No " + t.filter + " tags."
		}
		lines = append(lines, styles.Muted.Render(ansi.Truncate(theme.Sanitize(msg), width, "…")))
	}
	c := &t.cursor
	c.Clamp(len(rows))
	c.Scroll = max(0, min(c.Scroll, c.Selected))
	for c.Scroll < c.Selected && rowsHeight(rows[c.Scroll:c.Selected+1]) > listHeight {
		c.Scroll++
	}
	for i := c.Scroll; i < len(rows) && len(lines) < top+listHeight; i++ {
		lines = append(lines, t.row(rows[i], i == c.Selected && focused, width, styles))
		if note := rows[i].annotation.Note; note != "" && rows[i].heading == "" && len(lines) < top+listHeight {
			note = "    ✎ " + strings.Join(strings.Fields(theme.Sanitize(note)), " ")
			lines = append(lines, styles.Muted.Render(ansi.Truncate(note, width, "…")))
		}
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

// rowsHeight is the screen lines rows take (a tag with a note takes two).
func rowsHeight(rows []tagRow) int {
	n := 0
	for _, r := range rows {
		n++
		if r.heading == "" && r.annotation.Note != "" {
			n++
		}
	}
	return n
}

// row draws one tag (or the orphans' heading) width cells wide.
func (t *TagsTab) row(r tagRow, selected bool, width int, styles *theme.Styles) string {
	if r.heading != "" {
		return styles.SideTitle.Render(ansi.Truncate(" "+r.heading, width, "…"))
	}
	a := r.annotation
	if r.author != "" {
		return otherRow(r, selected, width, styles)
	}
	label := theme.Sanitize(a.Label)
	text := theme.Sanitize(session.Excerpt(a.Text, 8))
	if a.Speaker != "" {
		text = theme.Sanitize(a.Speaker) + ": " + text
	}
	if selected {
		line := ansi.Truncate(" "+label+" "+text, width, "…")
		return styles.SideSelected.Render(line + strings.Repeat(" ", max(0, width-ansi.StringWidth(line))))
	}
	labelStyle, ok := t.tags.Paints.LabelStyle(a.Label)
	if !ok {
		labelStyle = styles.SideCurrent
	}
	rest := ansi.Truncate(" "+text, max(width-ansi.StringWidth(label)-1, 0), "…")
	return " " + labelStyle.Render(label) + styles.SideItem.Render(rest)
}
