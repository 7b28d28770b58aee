package side

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// OutlineTab lists the article's headings (Markdown with headings) or the
// opening words of every paragraph, and jumps to the chosen one. Entries are
// computed only for the rows on screen, so it costs nothing on a huge file.
type OutlineTab struct {
	doc     *model.Document
	entries []int // paragraph index of each entry; nil means every paragraph
	cursor  ListCursor
}

// NewOutlineTab builds the outline of doc.
func NewOutlineTab(doc *model.Document) *OutlineTab {
	t := &OutlineTab{doc: doc, cursor: ListCursor{}}
	for i, p := range doc.Paragraphs {
		if p.Heading > 0 {
			t.entries = append(t.entries, i)
		}
	}
	return t
}

// Title names the tab.
func (t *OutlineTab) Title() string { return "Outline" }

// count is the number of entries.
func (t *OutlineTab) count() int {
	if t.entries == nil {
		return len(t.doc.Paragraphs)
	}
	return len(t.entries)
}

// para is the paragraph of entry i.
func (t *OutlineTab) para(i int) int {
	if t.entries == nil {
		return i
	}
	return t.entries[i]
}

// entryAt is the last entry whose paragraph starts at or before paragraph p.
func (t *OutlineTab) entryAt(p int) int {
	if t.entries == nil {
		return p
	}
	i := sort.SearchInts(t.entries, p+1) - 1
	return max(i, 0)
}

// Update moves the cursor and jumps on enter.
func (t *OutlineTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
	if key.Matches(msg, keys.Select) && t.count() > 0 {
		t.cursor.Clamp(t.count())
		return t, JumpTo(t.doc.Paragraphs[t.para(t.cursor.Selected)].Start, true)
	}
	t.cursor.Move(msg, keys, t.count())
	return t, nil
}

// Follow marks the entry holding the reading position and, while the user is
// not browsing, moves the cursor with it.
func (t *OutlineTab) Follow(offset int) Tab {
	if len(t.doc.Paragraphs) == 0 {
		return t
	}
	t.cursor.Follow(t.entryAt(t.doc.ParagraphAt(offset)))
	return t
}

// View draws the visible entries.
func (t *OutlineTab) View(width, height int, focused bool, styles *theme.Styles) string {
	first, end := t.cursor.Window(height, t.count())
	rows := make([]string, 0, height)
	for i := first; i < end; i++ {
		rows = append(rows, t.cursor.ListRow(i, "", styles.SideItem, t.label(i, width-1), width, focused, styles))
	}
	for len(rows) < height {
		rows = append(rows, strings.Repeat(" ", width))
	}
	return strings.Join(rows, "\n")
}

// label is entry i's text: the heading (indented by level) or the
// paragraph's opening words, sanitized and cut to width cells.
func (t *OutlineTab) label(i, width int) string {
	p := t.doc.Paragraphs[t.para(i)]
	end := min(p.End, p.Start+4*width+8)
	for end < p.End && !utf8.RuneStart(t.doc.Text[end]) {
		end++
	}
	text := strings.TrimSpace(t.doc.Text[p.Start:end])
	if end < p.End {
		text += " …" // more follows: make sure article.ClipLine cuts
	}
	indent := ""
	if p.Heading > 0 {
		text = strings.TrimSpace(strings.TrimLeft(text, "#"))
		indent = strings.Repeat(" ", p.Heading-1)
	}
	label, _ := article.ClipLine(indent+text, width)
	return label
}

// Current is the entry holding the reading position.
func (t *OutlineTab) Current() int { return t.cursor.Current }
