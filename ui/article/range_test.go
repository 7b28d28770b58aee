package article

import (
	"io"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// rangeHighlighter is spanHighlighter that also answers for a range, and
// records the ranges it was asked for.
type rangeHighlighter struct {
	spanHighlighter
	asked *[]model.Span
}

// DecorateRange paints the spans overlapping [start, end).
func (h rangeHighlighter) DecorateRange(dst []Decoration, doc *model.Document, para, start, end int) []Decoration {
	*h.asked = append(*h.asked, model.Span{Start: start, End: end})
	for _, s := range SpansInRange(h.spans, start, end) {
		dst = append(dst, Decoration{Span: s, Paint: h.paint, Layer: LayerQuote})
	}
	return dst
}

// In one long paragraph, a range highlighter is asked for the bytes on
// screen only, and the screen is drawn exactly as with a whole-paragraph
// highlighter: decorations off screen, or straddling its edges, change
// nothing.
func TestRangeHighlighterAskedForScreenOnly(t *testing.T) {
	text := strings.Repeat("the council met on Monday and said no to the harbour plan again ", 2000)
	doc, err := model.NewDocument("one.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	var spans []model.Span
	for off := 4; off+40 < len(text); off += 97 { // some span every line or so, many crossing lines
		spans = append(spans, model.Span{Start: off, End: off + 40})
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	styles := theme.NewStyles(theme.DarkTheme(), r)
	paint := theme.NewPaint(r.NewStyle().Underline(true))
	whole, ranged := New(doc, styles, 60), New(doc, styles, 60)
	var asked []model.Span
	whole.SetHighlighter("q", spanHighlighter{spans, paint})
	ranged.SetHighlighter("q", rangeHighlighter{spanHighlighter{spans, paint}, &asked})
	for _, p := range []*Pane{&whole, &ranged} {
		p.SetSize(64, 10)
		p.JumpTo(len(text) / 2)
	}
	if got, want := ranged.View(), whole.View(); got != want {
		t.Fatalf("the range highlighter drew differently:\n%s\nwant\n%s", got, want)
	}
	if len(asked) != 1 {
		t.Fatalf("asked %d times: %v", len(asked), asked)
	}
	top := ranged.TopOffset()
	if a := asked[0]; a.Start != top || a.End <= top || a.End-a.Start > 10*64 {
		t.Fatalf("asked for %v; the screen starts at %d and holds 10 lines of 60", a, top)
	}
}
