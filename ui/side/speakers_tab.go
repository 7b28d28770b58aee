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

// SpeakersTab lists the resolved speakers (name · role, affiliation) with
// their quote counts. Choosing one filters the Quotes list, the highlights
// and ]/[ to their quotes; choosing them again (or esc) clears the filter.
// The root acts on the selected speaker (Selected) with the binding
// table's rename, merge and accept-all keys, named in the hint line.
type SpeakersTab struct {
	d                  *layers.Detections
	selectKey, backKey string          // the keys the header names
	hint               string          // the key hint under the list, from the binding table
	version            layers.SyncKey  // d.SyncedVersion the rows were built for
	rows               []model.Speaker // the session's speakers: by quote count, then name
	cursor             ListCursor
}

// NewSpeakersTab makes the Speakers tab over the shared detections; hint
// is the line of speaker keys drawn under the list ("" for none).
func NewSpeakersTab(d *layers.Detections, selectKey, backKey, hint string) *SpeakersTab {
	return &SpeakersTab{d: d, selectKey: selectKey, backKey: backKey, hint: hint, cursor: NewListCursor()}
}

// Selected is the speaker under the list cursor (ok false with none).
func (t *SpeakersTab) Selected() (model.Speaker, bool) {
	t.sync()
	if len(t.rows) == 0 {
		return model.Speaker{}, false
	}
	t.cursor.Clamp(len(t.rows)) // the keys act on the row drawn selected
	if t.cursor.Selected < 0 || t.cursor.Selected >= len(t.rows) {
		return model.Speaker{}, false
	}
	return t.rows[t.cursor.Selected], true
}

// SpeakerLabel is a speaker as the tab lists them: "name · role,
// affiliation" with what the article gives.
func SpeakerLabel(s model.Speaker) string {
	label, about := s.Name, s.Role
	if s.Affiliation != "" {
		if about != "" {
			about += ", "
		}
		about += s.Affiliation
	}
	if about != "" {
		label += " · " + about
	}
	return label
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
// the name, role and affiliation, and the quote count; the key hint last.
func (t *SpeakersTab) View(width, height int, focused bool, styles *theme.Styles) string {
	if msg := t.d.Status(); msg != "" {
		return MessageRows(msg, width, height, styles)
	}
	t.sync()
	t.cursor.Clamp(len(t.rows)) // the first row is selected until the user moves
	t.markFilter()
	header := session.Count(len(t.rows), "speaker") + " · " + t.selectKey + " filters"
	if t.d.Filter() != "" {
		header = "filtered · " + t.selectKey + "/" + t.backKey + " clears"
	}
	rows := []string{MessageRows(header, width, 1, styles)}
	if len(t.rows) == 0 {
		return PadRows(append(rows, MessageRows("no attributed quotes", width, 1, styles)), width, height)
	}
	listHeight := height - 1
	if t.hint != "" && height > 3 {
		listHeight--
	}
	first, end := t.cursor.Window(listHeight, len(t.rows))
	for r := first; r < end; r++ {
		s := t.rows[r]
		count := fmt.Sprintf(" %d", s.Quotes)
		name := TruncateCells(theme.Sanitize(SpeakerLabel(s)), max(width-4-ansi.StringWidth(count), 1))
		text := name + strings.Repeat(" ", max(0, width-3-ansi.StringWidth(name)-ansi.StringWidth(count))) + count
		swatch := t.d.Paints.Speaker(t.d.Slot(s.Name)).Swatch
		rows = append(rows, t.cursor.ListRow(r, "● ", swatch, text, width, focused, styles))
	}
	if listHeight < height-1 {
		for len(rows) < height-1 {
			rows = append(rows, strings.Repeat(" ", width))
		}
		rows = append(rows, MessageRows(t.hint, width, 1, styles))
	}
	return PadRows(rows, width, height)
}
