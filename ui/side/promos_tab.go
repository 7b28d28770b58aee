package side

import (
	"fmt"
	"sort"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// PromosTab lists the promo interruptions (kind and text) and jumps to the
// chosen one.
type PromosTab struct {
	d       *layers.Detections
	hideKey string // the key that hides promo lines, named in the header
	cursor  ListCursor
}

// NewPromosTab makes the Promos tab over the shared detections; hideKey
// names the key that hides promo lines (from the reader's binding table).
func NewPromosTab(d *layers.Detections, hideKey string) *PromosTab {
	return &PromosTab{d: d, hideKey: hideKey, cursor: NewListCursor()}
}

// Title names the tab.
func (t *PromosTab) Title() string { return "Promos" }

// promos is the list, empty before the analysis.
func (t *PromosTab) promos() []model.Promo {
	if t.d.Analysis == nil {
		return nil
	}
	return t.d.Analysis.Promos
}

// Update moves the cursor and jumps on enter (to the next shown paragraph
// when promos are hidden).
func (t *PromosTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
	ps := t.promos()
	if len(ps) == 0 {
		return t, nil
	}
	t.cursor.Clamp(len(ps))
	if key.Matches(msg, keys.Select) {
		return t, JumpTo(ps[t.cursor.Selected].Span.Start, true)
	}
	t.cursor.Move(msg, keys, len(ps))
	return t, nil
}

// Follow marks the first promo that ends after the reading position.
func (t *PromosTab) Follow(offset int) Tab {
	ps := t.promos()
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Span.End > offset })
	if i == len(ps) {
		i = -1
	}
	t.cursor.Follow(i)
	return t
}

// promoKindLabel is a short name for a promo kind.
func promoKindLabel(k model.PromoKind) string {
	switch k {
	case model.PromoHeadlineLink:
		return "link"
	case model.PromoCallToAction:
		return "action"
	case model.PromoAdvertisement:
		return "ad"
	case model.PromoFurniture:
		return "furn"
	}
	return string(k)
}

// View draws a header and one row per promo: its kind and opening words.
func (t *PromosTab) View(width, height int, focused bool, styles *theme.Styles) string {
	if msg := t.d.Status(); msg != "" {
		return MessageRows(msg, width, height, styles)
	}
	ps := t.promos()
	header := session.Count(len(ps), "promo") + " · " + t.hideKey + " hides"
	if t.d.PromosHidden() {
		header = session.Count(len(ps), "promo") + " · hidden"
	}
	rows := []string{MessageRows(header, width, 1, styles)}
	if len(ps) == 0 {
		return PadRows(rows, width, height)
	}
	t.cursor.Clamp(len(ps))
	first, end := t.cursor.Window(height-1, len(ps))
	for r := first; r < end; r++ {
		p := ps[r]
		lead := fmt.Sprintf("%-7s", promoKindLabel(p.Kind))
		text := t.d.ReviewMark(model.DetectionPromo, p.Span) + OpeningWords(t.d.Doc.Text[p.Span.Start:p.Span.End], width)
		rows = append(rows, t.cursor.ListRow(r, lead, styles.Muted, text, width, focused, styles))
	}
	return PadRows(rows, width, height)
}
