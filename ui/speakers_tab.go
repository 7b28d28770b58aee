package ui

import (
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/side"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// speakersTab lists the resolved speakers with their quote counts. Choosing
// one filters the Quotes list, the highlights and ]/[ to their quotes;
// choosing them again (or esc) clears the filter.
type speakersTab struct {
	d       *layers.Detections
	keys    bindingTable    // names the keys in the header
	version layers.SyncKey  // d.SyncedVersion the rows were built for
	rows    []model.Speaker // the session's speakers: by quote count, then name
	cursor  side.ListCursor
}

// newSpeakersTab makes the Speakers tab over the shared detections.
func newSpeakersTab(d *layers.Detections, keys bindingTable) *speakersTab {
	return &speakersTab{d: d, keys: keys, cursor: side.NewListCursor()}
}

// Title names the tab.
func (t *speakersTab) Title() string { return "Speakers" }

// sync takes the session's speakers when the analysis or the tags changed,
// keeping the cursor on the same speaker.
func (t *speakersTab) sync() {
	if t.d.Analysis == nil || t.version == t.d.SyncedVersion() {
		return
	}
	first := t.version == (layers.SyncKey{})
	t.version = t.d.SyncedVersion()
	selected := ""
	if !first && t.cursor.Selected >= 0 && t.cursor.Selected < len(t.rows) {
		selected = t.rows[t.cursor.Selected].Name
	}
	t.rows = t.d.Sess.Speakers()
	if first {
		t.cursor = side.NewListCursor()
	}
	for i, s := range t.rows {
		if s.Name == selected {
			t.cursor.Selected = i
		}
	}
}

// Update moves the cursor; enter toggles the filter on the selected speaker.
func (t *speakersTab) Update(msg tea.KeyMsg, keys side.Keys) (side.Tab, tea.Cmd) {
	t.sync()
	if len(t.rows) == 0 {
		return t, nil
	}
	t.cursor.Clamp(len(t.rows))
	if key.Matches(msg, keys.Select) {
		name := t.rows[t.cursor.Selected].Name
		if t.d.Filter() == name {
			name = ""
		}
		t.d.SetFilter(name) // the root renders the Quotes tab's new detail
		return t, nil
	}
	t.cursor.Move(msg, keys, len(t.rows))
	return t, nil
}

// Follow changes nothing: the Speakers tab marks the filtered speaker, not
// the reading position.
func (t *speakersTab) Follow(offset int) side.Tab { return t }

// markFilter makes the filtered speaker's row the current (▸) one.
func (t *speakersTab) markFilter() {
	t.cursor.Current = -1
	for i, s := range t.rows {
		if t.d.Filter() != "" && s.Name == t.d.Filter() {
			t.cursor.Current = i
		}
	}
}

// View draws a header, then one row per speaker: a swatch in their colour,
// the name and the quote count.
func (t *speakersTab) View(width, height int, focused bool, styles *Styles) string {
	if msg := t.d.Status(); msg != "" {
		return side.MessageRows(msg, width, height, styles)
	}
	t.sync()
	t.markFilter()
	header := session.Count(len(t.rows), "speaker") + " · " + t.keys.keyName(actSelect) + " filters"
	if t.d.Filter() != "" {
		header = "filtered · " + t.keys.keyName(actSelect) + "/" + t.keys.keyName(actBack) + " clears"
	}
	rows := []string{side.MessageRows(header, width, 1, styles)}
	if len(t.rows) == 0 {
		return side.PadRows(append(rows, side.MessageRows("no attributed quotes", width, 1, styles)), width, height)
	}
	first, end := t.cursor.Window(height-1, len(t.rows))
	for r := first; r < end; r++ {
		s := t.rows[r]
		count := fmt.Sprintf(" %d", s.Quotes)
		name := side.TruncateCells(theme.Sanitize(s.Name), max(width-4-ansi.StringWidth(count), 1))
		text := name + strings.Repeat(" ", max(0, width-3-ansi.StringWidth(name)-ansi.StringWidth(count))) + count
		swatch := t.d.Paints.Speaker(t.d.Slot(s.Name)).Swatch
		rows = append(rows, t.cursor.ListRow(r, "● ", swatch, text, width, focused, styles))
	}
	return side.PadRows(rows, width, height)
}
