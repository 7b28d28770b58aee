package side

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// minDetailHeight is the tab height from which the quote detail is shown
// below the list.
const minDetailHeight = 12

// QuotesTab lists the detected quotes (speaker and opening words) under the
// speaker filter, marks the one being read, jumps to the chosen one, and
// shows the selected quote's detail in its lower part.
type QuotesTab struct {
	d       *layers.Detections
	version layers.SyncKey // d.SyncedVersion the rows were built for
	rows    []int          // indices into the analysis' quotes, in text order
	rowOfQ  []int32        // row of each quote by its index, -1 when not listed
	names   int            // widest speaker name among the rows, in cells
	cursor  ListCursor
	width   int // inner width last drawn, for the detail rendering
}

// NewQuotesTab makes the Quotes tab over the shared detections.
func NewQuotesTab(d *layers.Detections) *QuotesTab {
	return &QuotesTab{d: d, cursor: NewListCursor()}
}

// Title names the tab.
func (t *QuotesTab) Title() string { return "Quotes" }

// sync rebuilds the rows when the analysis, the filter or the promo setting changed.
func (t *QuotesTab) sync() {
	if t.version == t.d.SyncedVersion() || t.d.Analysis == nil {
		return
	}
	t.version = t.d.SyncedVersion()
	index := t.d.Sess.QuoteIndex()
	t.rows, t.names = slices.Grow(t.rows[:0], index.Len()), 1 // sized once: no garbage of growing
	t.rowOfQ = slices.Grow(t.rowOfQ[:0], len(t.d.Analysis.Quotes))[:len(t.d.Analysis.Quotes)]
	for i := range t.rowOfQ {
		t.rowOfQ[i] = -1
	}
	for k := range index.Len() {
		i := index.ByRank(k)
		if !t.d.QuoteShown(i) {
			continue
		}
		t.rowOfQ[i] = int32(len(t.rows))
		t.rows = append(t.rows, i)
		if name := t.d.QuoteSpeaker(i); name != "" {
			t.names = max(t.names, ansi.StringWidth(theme.Sanitize(name)))
		}
	}
	t.cursor = NewListCursor()
}

// rowOf is the row listing quote i, or -1.
func (t *QuotesTab) rowOf(i int) int {
	if i < 0 || i >= len(t.rowOfQ) {
		return -1
	}
	return int(t.rowOfQ[i])
}

// selectedQuote is the quote under the cursor, or -1.
func (t *QuotesTab) selectedQuote() int {
	t.sync()
	if len(t.rows) == 0 {
		return -1
	}
	t.cursor.Clamp(len(t.rows))
	return t.rows[t.cursor.Selected]
}

// Update moves the cursor and jumps on enter.
func (t *QuotesTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
	t.sync()
	if len(t.rows) == 0 {
		return t, nil
	}
	t.cursor.Clamp(len(t.rows))
	if key.Matches(msg, keys.Select) {
		i := t.rows[t.cursor.Selected]
		t.d.Focus, t.d.FocusTop = i, -1 // the jump's reading position resolves it in Follow
		return t, JumpTo(t.d.Analysis.Quotes[i].Span.Start, true)
	}
	if t.cursor.Move(msg, keys, len(t.rows)) {
		return t, t.detailCmd()
	}
	return t, nil
}

// detailCmd renders the selected quote's detail for the last drawn width.
func (t *QuotesTab) detailCmd() tea.Cmd {
	return t.DetailCmdFor(t.width)
}

// DetailCmdFor renders the selected quote's detail at width cells.
func (t *QuotesTab) DetailCmdFor(width int) tea.Cmd {
	i := t.selectedQuote()
	if i < 0 {
		return nil
	}
	return t.d.Detail.Request(t.d.Doc, t.d.Analysis, i, t.d.Quote(i), width, t.d.Styles)
}

// Follow marks the quote being read at reading position offset.
func (t *QuotesTab) Follow(offset int) Tab {
	t.sync()
	if t.d.Focus >= 0 && t.d.FocusTop < 0 {
		t.d.FocusTop = offset // a jump to a chosen quote just landed
	}
	if i := t.d.CurrentQuote(offset); i >= 0 {
		t.cursor.Follow(t.rowOf(i))
	} else {
		t.cursor.Follow(-1)
	}
	return t
}

// View draws the header, the list and, when there is room, the detail.
func (t *QuotesTab) View(width, height int, focused bool, styles *theme.Styles) string {
	t.width = width
	if msg := t.d.Status(); msg != "" {
		return MessageRows(msg, width, height, styles)
	}
	t.sync()
	header := session.Count(len(t.rows), "quote")
	if t.d.Filter() != "" {
		header = fmt.Sprintf("%d of %d · %s", len(t.rows), len(t.d.Analysis.Quotes), t.d.Filter())
	}
	if len(t.rows) == 0 {
		return MessageRows(header, width, height, styles)
	}
	listHeight, detailHeight := height-1, 0
	if height >= minDetailHeight {
		detailHeight = max(height*2/5, 5)
		listHeight = height - 1 - detailHeight - 1
	}
	rows := make([]string, 0, height)
	rows = append(rows, MessageRows(header, width, 1, styles))
	first, end := t.cursor.Window(listHeight, len(t.rows))
	for r := first; r < end; r++ {
		rows = append(rows, t.row(r, width, focused, styles))
	}
	for len(rows) < listHeight+1 {
		rows = append(rows, strings.Repeat(" ", width))
	}
	if detailHeight > 0 {
		rows = append(rows, styles.SideBorder.Render(strings.Repeat("─", width)))
		i := t.rows[t.cursor.Selected]
		rows = append(rows, t.d.Detail.View(t.d.Doc, t.d.Analysis, i, t.d.Quote(i), width, detailHeight))
	}
	return strings.Join(rows, "\n")
}

// row draws list row r: the speaker in their colour, then the opening words.
func (t *QuotesTab) row(r, width int, focused bool, styles *theme.Styles) string {
	q := t.d.Analysis.Quotes[t.rows[r]]
	name, style := "—", styles.Muted
	if speaker := t.d.QuoteSpeaker(t.rows[r]); speaker != "" {
		name = theme.Sanitize(speaker)
		style = t.d.Paints.Speaker(t.d.Slot(speaker)).Swatch
	}
	column := min(t.names, max(width*2/5, 6))
	name = TruncateCells(shortName(name, column), column)
	lead := name + strings.Repeat(" ", column-ansi.StringWidth(name)+1)
	if q.Depth > 0 {
		lead = "  " + lead // nested quotes sit under their outer quote
	}
	text := t.d.ReviewMark(model.DetectionQuote, q.Span) + OpeningWords(t.d.Doc.Text[q.Span.Start:q.Span.End], width)
	return t.cursor.ListRow(r, lead, style, text, width, focused, styles)
}

// shortName fits a person's name into width cells by keeping the surname
// ("Jake Sullivan" → "Sullivan"); other names are returned unchanged.
func shortName(name string, width int) string {
	words := strings.Fields(name)
	if ansi.StringWidth(name) <= width || len(words) < 2 || !unicode.IsUpper([]rune(words[0])[0]) {
		return name
	}
	return words[len(words)-1]
}

// CurrentRow is the row holding the reading position (-1 for none).
func (t *QuotesTab) CurrentRow() int { return t.cursor.Current }

// Rows are the listed quotes, as indices into the analysis' quotes, in
// text order (after the filters).
func (t *QuotesTab) Rows() []int {
	t.sync()
	return t.rows
}
