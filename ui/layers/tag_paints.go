package layers

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
)

// TagPaints are the paints of the annotation layers, built once from the
// theme and the label set: one per label (its colour, underlined; underline
// only with NO_COLOR), the cursor, the current sentence and the selection.
type TagPaints struct {
	byLabel map[string]theme.Paint
	// Unknown paints labels that are not in the current label set (an older
	// sidecar made with other labels).
	Unknown theme.Paint
	// Cursor is the word under the cursor; VisualCursor is the same inside a
	// selection, where reverse video alone would not show.
	Cursor, VisualCursor theme.Paint
	// Sentence subtly marks the sentence holding the cursor.
	Sentence theme.Paint
	// Selection is the visual-mode selection.
	Selection theme.Paint
	// Rejected dims the suggestions the user rejected.
	Rejected theme.Paint
	// SpokenQuote marks a quote tag with a speaker: underline only, so the
	// speaker's colour from the quote layer below shows through.
	SpokenQuote theme.Paint
	// Swatch styles a label's name in the Tags tab and the status line.
	swatch map[string]lipgloss.Style
}

// NewTagPaints derives the annotation paints from styles and labels.
func NewTagPaints(styles *theme.Styles, labels *model.LabelSet) TagPaints {
	st := styles.Renderer.NewStyle
	noColor := styles.Theme.Name == "none"
	p := TagPaints{byLabel: map[string]theme.Paint{}, swatch: map[string]lipgloss.Style{}}
	for _, l := range labels.Labels {
		s := st().Underline(true)
		sw := st().Bold(true)
		if !noColor {
			s = s.Foreground(lipgloss.Color(l.Color))
			sw = sw.Foreground(lipgloss.Color(l.Color))
		}
		p.byLabel[l.Name] = theme.NewPaint(s)
		p.swatch[l.Name] = sw
	}
	p.Unknown = theme.NewPaint(st().Underline(true).Foreground(styles.Theme.Accent))
	p.Cursor = theme.NewPaint(st().Reverse(true))
	p.Rejected = theme.NewPaint(st().Faint(true))
	p.SpokenQuote = theme.NewPaint(st().Underline(true))
	p.VisualCursor = theme.NewPaint(st().Reverse(true).Bold(true).Underline(true))
	switch {
	case noColor:
		p.Sentence = theme.NewPaint(st().Italic(true))
		p.Selection = theme.NewPaint(st().Reverse(true))
	case styles.Theme.Dark:
		p.Sentence = theme.NewPaint(st().Background(lipgloss.Color("236")))
		p.Selection = theme.NewPaint(st().Background(lipgloss.Color("24")).Foreground(lipgloss.Color("255")))
	default:
		p.Sentence = theme.NewPaint(st().Background(lipgloss.Color("254")))
		p.Selection = theme.NewPaint(st().Background(lipgloss.Color("153")).Foreground(lipgloss.Color("16")))
	}
	return p
}

// ForLabel returns the paint of the label called name.
func (p TagPaints) ForLabel(name string) theme.Paint {
	if paint, ok := p.byLabel[name]; ok {
		return paint
	}
	return p.Unknown
}

// LabelStyle returns the style that shows a label's name in its colour.
func (p TagPaints) LabelStyle(name string) (lipgloss.Style, bool) {
	s, ok := p.swatch[name]
	return s, ok
}
