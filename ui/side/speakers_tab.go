package side

import (
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// SpeakersTab lists the resolved speakers with their quote counts. Choosing
// one filters the Quotes list, the highlights and ]/[ to their quotes;
// choosing them again (or esc) clears the filter.
type SpeakersTab struct {
	d                  *layers.Detections
	selectKey, backKey string          // the keys the header names
	version            layers.SyncKey  // d.SyncedVersion the rows were built for
	rows               []model.Speaker // the session's speakers: by quote count, then name
	cursor             ListCursor
}

// NewSpeakersTab makes the Speakers tab over the shared detections.
func NewSpeakersTab(d *layers.Detections, selectKey, backKey string) *SpeakersTab {
	return &SpeakersTab{d: d, selectKey: selectKey, backKey: backKey, cursor: NewListCursor()}
}

// Title names the tab.
func (t *SpeakersTab) Title() string { return "Speakers" }

// sync takes the session's speakers when the analysis or the tags changed,
// keeping the cursor on the same speaker.
func (t *SpeakersTab) sync() {
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
		t.cursor = NewListCursor()
	}
	for i, s := range t.rows {
		if s.Name == selected {
			t.cursor.Selected = i
		}
	}
}

// Update moves the cursor; enter toggles the filter on the selected speaker.
func (t *SpeakersTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
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
func (t *SpeakersTab) Follow(offset int) Tab { return t }

// markFilter makes the filtered speaker's row the current (▸) one.
func (t *SpeakersTab) markFilter() {
	t.cursor.Current = -1
	for i, s := range t.rows {
		if t.d.Filter() != "" && s.Name == t.d.Filter() {
			t.cursor.Current = i
		}
	}
}

// View draws a header, then one row per speaker: a swatch in their colour,
// the name and the quote count.
func (t *SpeakersTab) View(width, height int, focused bool, styles *theme.Styles) string {
	if msg := t.d.Status(); msg != "" {
		return MessageRows(msg, width, height, styles)
	}
	t.sync()
	t.markFilter()
	header := session.Count(len(t.rows), "speaker") + " · " + t.selectKey + " filters"
	if t.d.Filter() != "" {
		header = "filtered · " + t.selectKey + "/" + t.backKey + " clears"
	}
	rows := []string{MessageRows(header, width, 1, styles)}
	if len(t.rows) == 0 {
		return PadRows(append(rows, MessageRows("no attributed quotes", width, 1, styles)), width, height)
	}
	first, end := t.cursor.Window(height-1, len(t.rows))
	for r := first; r < end; r++ {
		s := t.rows[r]
		count := fmt.Sprintf(" %d", s.Quotes)
		name := TruncateCells(theme.Sanitize(s.Name), max(width-4-ansi.StringWidth(count), 1))
		text := name + strings.Repeat(" ", max(0, width-3-ansi.StringWidth(name)-ansi.StringWidth(count))) + count
		swatch := t.d.Paints.Speaker(t.d.Slot(s.Name)).Swatch
		rows = append(rows, t.cursor.ListRow(r, "● ", swatch, text, width, focused, styles))
	}
	return PadRows(rows, width, height)
}
