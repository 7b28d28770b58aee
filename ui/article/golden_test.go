package article

import (
	"fmt"
	"io"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"
)

// goldenText has a heading-like first line, a long paragraph that wraps,
// CJK, emoji and a combining mark, and a short last paragraph.
const goldenText = "Harbour plan stalls as council splits\n\n" +
	"Councillors met again on Tuesday to weigh the costs of the harbour plan, which critics say would take years to pay back, while the mayor said the ferry must run. 東京 visitors 🎉 and cafe\u0301 owners joined the crowd outside.\n\n" +
	"\"We cannot keep the harbour open without help,\" Maria Lopez said.\n\n" +
	"The vote is due next week.\n"

// spanHighlighter paints fixed spans, to show the decoration layers.
type spanHighlighter struct {
	spans []model.Span
	paint theme.Paint
}

// Decorate paints the spans overlapping paragraph para.
func (h spanHighlighter) Decorate(dst []Decoration, doc *model.Document, para int) []Decoration {
	p := doc.Paragraphs[para]
	for _, s := range SpansInRange(h.spans, p.Start, p.End) {
		dst = append(dst, Decoration{Span: s, Paint: h.paint, Layer: LayerQuote})
	}
	return dst
}

// The pane alone at the reader's two standard sizes, scrolled by two lines,
// with one decoration layer: plain text only (escape sequences stripped).
func TestGoldenPane(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	styles := theme.NewStyles(theme.DarkTheme(), r)
	doc, err := model.NewDocument("g.txt", []byte(goldenText), false)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 23}, {120, 39}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := New(doc, styles, 0)
			p.SetHighlighter("quotes", spanHighlighter{spans: []model.Span{{Start: doc.Paragraphs[2].Start, End: doc.Paragraphs[2].End}}, paint: theme.NewPaint(r.NewStyle().Bold(true))})
			p.SetSize(size[0], size[1])
			if size[0] == 40 {
				p.ScrollDown(2)
			}
			golden.RequireEqual(t, []byte(ansi.Strip(p.View())))
		})
	}
}
