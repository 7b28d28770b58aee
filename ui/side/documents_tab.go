package side

import (
	"fmt"
	"slices"
	"strings"

	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// OpenDocumentMsg asks the corpus reader to open the document at Path (a
// corpus path); the Documents tab sends it on enter.
type OpenDocumentMsg struct{ Path string }

// DocumentKeys are the Documents tab's own keys (the binding table's rows
// for the tab).
type DocumentKeys struct {
	Sort, StatusFilter, NameFilter key.Binding
}

// DocumentsTab lists a corpus's documents (status, tags, quotes, reviewed
// share of detections) in the corpus's view order; it sorts, filters by
// status and by a piece of the name, and asks to open the chosen one. The
// corpus is the one home of the list and the view: the tab only keeps its
// cursor and the name being typed.
type DocumentsTab struct {
	c       *corpus.Corpus
	keys    DocumentKeys
	hint    string
	cursor  ListCursor
	typing  bool   // the name filter is being typed
	current string // the open document's corpus path
}

// NewDocumentsTab makes the Documents tab over c; hint is its key line.
func NewDocumentsTab(c *corpus.Corpus, keys DocumentKeys, hint string) *DocumentsTab {
	return &DocumentsTab{c: c, keys: keys, hint: hint, cursor: NewListCursor()}
}

// Title names the tab.
func (t *DocumentsTab) Title() string { return "Documents" }

// ShortTitle is the tab's name in a narrow bar.
func (t *DocumentsTab) ShortTitle() string { return "Docs" }

// Capturing reports whether the tab takes every key (the name filter is
// being typed), so the pane and the binding table leave them to it.
func (t *DocumentsTab) Capturing() bool { return t.typing }

// SetCurrent marks the open document and puts the cursor on it.
func (t *DocumentsTab) SetCurrent(path string) {
	t.current = path
	i := slices.IndexFunc(t.c.Visible(), func(e *corpus.Entry) bool { return e.Path == path })
	t.cursor.Current = i
	if i >= 0 {
		t.cursor.Selected = i
	}
}

// Selected is the entry under the cursor, nil for an empty list.
func (t *DocumentsTab) Selected() *corpus.Entry {
	list := t.c.Visible()
	if len(list) == 0 {
		return nil
	}
	t.cursor.Clamp(len(list))
	return list[t.cursor.Selected]
}

// Update moves the cursor, opens on enter, cycles the sort and the status
// filter, and types the name filter.
func (t *DocumentsTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
	if t.typing {
		t.typeName(msg)
		return t, nil
	}
	list := t.c.Visible()
	switch {
	case key.Matches(msg, keys.Select):
		if e := t.Selected(); e != nil {
			return t, func() tea.Msg { return OpenDocumentMsg{Path: e.Path} }
		}
	case key.Matches(msg, t.keys.Sort):
		v := t.c.View()
		v.Sort = nextSort(v.Sort)
		t.setView(v)
	case key.Matches(msg, t.keys.StatusFilter):
		v := t.c.View()
		v.Statuses = nextStatusFilter(v.Statuses)
		t.setView(v)
	case key.Matches(msg, t.keys.NameFilter):
		t.typing = true
	default:
		t.cursor.Move(msg, keys, len(list))
	}
	return t, nil
}

// typeName edits the name filter: letters add, backspace removes, enter
// keeps it, esc clears it. The list follows every key.
func (t *DocumentsTab) typeName(msg tea.KeyMsg) {
	v := t.c.View()
	switch msg.Type {
	case tea.KeyEnter:
		t.typing = false
		return
	case tea.KeyEsc:
		t.typing = false
		v.Name = ""
	case tea.KeyBackspace:
		if r := []rune(v.Name); len(r) > 0 {
			v.Name = string(r[:len(r)-1])
		}
	case tea.KeyRunes, tea.KeySpace:
		v.Name += theme.Sanitize(string(msg.Runes))
	default:
		return
	}
	t.setView(v)
}

// setView changes the corpus's view and keeps the cursor on the open document.
func (t *DocumentsTab) setView(v corpus.View) {
	t.c.SetView(v)
	t.cursor.Scroll = 0
	t.SetCurrent(t.current)
}

// nextSort cycles listed → name → status.
func nextSort(s corpus.SortKey) corpus.SortKey {
	switch s {
	case corpus.SortListed, "":
		return corpus.SortName
	case corpus.SortName:
		return corpus.SortStatus
	}
	return corpus.SortListed
}

// nextStatusFilter cycles all → each status alone → unfinished (new and in
// progress) → all.
func nextStatusFilter(cur []corpus.Status) []corpus.Status {
	unfinished := []corpus.Status{corpus.StatusNew, corpus.StatusInProgress}
	switch {
	case len(cur) == 0:
		return []corpus.Status{corpus.Statuses[0]}
	case slices.Equal(cur, unfinished):
		return nil
	case len(cur) == 1:
		if i := slices.Index(corpus.Statuses, cur[0]); i >= 0 && i+1 < len(corpus.Statuses) {
			return []corpus.Status{corpus.Statuses[i+1]}
		}
		return unfinished
	}
	return nil
}

// Follow is a no-op: the list follows the open document, not the reading position.
func (t *DocumentsTab) Follow(int) Tab { return t }

// statusMark is a document's one-cell status mark.
func statusMark(e *corpus.Entry) string {
	switch {
	case e.Missing:
		return "?"
	case e.Problem != "":
		return "!"
	}
	switch e.Status {
	case corpus.StatusInProgress:
		return "◐"
	case corpus.StatusDone:
		return "✓"
	case corpus.StatusSkipped:
		return "–"
	}
	return "·"
}

// figures is a document's right-hand column: tags, quotes, reviewed share,
// or why it cannot be opened; narrow leaves the share out.
func figures(e *corpus.Entry, narrow bool) string {
	switch {
	case e.Missing:
		return "missing"
	case e.Problem != "":
		return e.Problem
	case !e.Filled:
		return fmt.Sprintf("%2dt", e.Counts.Tags)
	case !e.Counts.Analysed:
		return fmt.Sprintf("%2dt   -q    -", e.Counts.Tags)
	}
	if narrow {
		return fmt.Sprintf("%2dt %3dq", e.Counts.Tags, e.Counts.Quotes)
	}
	return fmt.Sprintf("%2dt %3dq %3.0f%%", e.Counts.Tags, e.Counts.Quotes, e.Counts.ReviewedShare()*100)
}

// narrowTab is the tab width below which rows leave the reviewed share out.
const narrowTab = 36

// header says what the list shows: the count, the order and the filters.
func (t *DocumentsTab) header() string {
	v := t.c.View()
	sort := string(v.Sort)
	if sort == "" {
		sort = string(corpus.SortListed)
	}
	parts := []string{fmt.Sprintf("%d of %d", len(t.c.Visible()), t.c.Len()), "by " + sort}
	if len(v.Statuses) > 0 {
		names := make([]string, len(v.Statuses))
		for i, s := range v.Statuses {
			names[i] = string(s)
		}
		parts = append(parts, strings.Join(names, "+"))
	}
	if v.Name != "" || t.typing {
		name := "/" + v.Name
		if t.typing {
			name += "▏"
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, " · ")
}

// View draws the header, the key line and one row per document: mark,
// name, figures. The open document gets the ▸ mark.
func (t *DocumentsTab) View(width, height int, focused bool, styles *theme.Styles) string {
	rows := []string{MessageRows(t.header(), width, 1, styles)}
	if height > 6 {
		rows = append(rows, MessageRows(t.hint, width, 1, styles))
	}
	list := t.c.Visible()
	if len(list) == 0 {
		rows = append(rows, MessageRows("no documents match", width, 1, styles))
		return PadRows(rows, width, height)
	}
	t.cursor.Clamp(len(list))
	first, end := t.cursor.Window(max(height-len(rows), 1), len(list))
	for r := first; r < end; r++ {
		e := list[r]
		fig := " " + theme.Sanitize(figures(e, width < narrowTab))
		figWidth := min(ansi.StringWidth(fig), max(width-12, 0))
		fig = ansi.Truncate(fig, figWidth, "…")
		nameWidth := max(width-1-2-figWidth, 1)
		name := ansi.Truncate(theme.Sanitize(e.Path), nameWidth, "…")
		name += strings.Repeat(" ", max(nameWidth-ansi.StringWidth(name), 0))
		rows = append(rows, t.cursor.ListRow(r, statusMark(e)+" ", styles.Muted, name+fig, width, focused, styles))
	}
	return PadRows(rows, width, height)
}
