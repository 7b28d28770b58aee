package article

import (
	"sort"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
)

// Layer orders decorations that overlap: a higher layer is painted later, so
// its colours win while attributes such as bold or underline accumulate.
type Layer int

// The layers used by annotty's highlighters, lowest first. Later features
// slot in between (quotes, promos, tags, selection, cursor).
const (
	LayerMarkup    Layer = 10 // Markdown headings, emphasis, list markers
	LayerQuote     Layer = 20 // quotations, coloured per speaker
	LayerSpeaker   Layer = 25 // speaker mentions
	LayerPromo     Layer = 30 // promo interruptions (dimmed)
	LayerTag       Layer = 40 // the user's own annotations
	LayerSearch    Layer = 50 // search matches
	LayerSelection Layer = 60 // visual-mode selection
	LayerCursor    Layer = 70 // the text cursor
)

// Decoration styles a byte range of the document text.
type Decoration struct {
	Span  model.Span
	Paint theme.Paint
	Layer Layer
}

// Highlighter supplies decorations for the article pane. The pane asks once
// per visible paragraph per frame, so an implementation should find its
// spans by binary search rather than scanning the document.
type Highlighter interface {
	// Decorate appends to dst the decorations overlapping paragraph para of doc.
	Decorate(dst []Decoration, doc *model.Document, para int) []Decoration
}

// RangeHighlighter is an optional interface for highlighters that can
// limit their work to the part of a paragraph on screen: in a 10 MB
// paragraph (a file without line breaks) the pane asks for the few
// kilobytes it draws, not for the whole paragraph's decorations.
type RangeHighlighter interface {
	// DecorateRange appends to dst the decorations of paragraph para that
	// overlap the document bytes [start, end) (inside the paragraph).
	DecorateRange(dst []Decoration, doc *model.Document, para, start, end int) []Decoration
}

// GutterMarker is an optional interface for highlighters that also mark
// whole paragraphs in the two-cell gutter left of the text (for example a
// promo line). The marker must be one cell wide.
type GutterMarker interface {
	Gutter(doc *model.Document, para int) (marker string, paint theme.Paint, ok bool)
}

// SortDecorations orders decorations by start offset, then layer.
func SortDecorations(ds []Decoration) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Span.Start != ds[j].Span.Start {
			return ds[i].Span.Start < ds[j].Span.Start
		}
		return ds[i].Layer < ds[j].Layer
	})
}

// SpansInRange returns the sub-slice of spans (sorted by Start, not
// overlapping) that overlap [start, end), by binary search.
func SpansInRange(spans []model.Span, start, end int) []model.Span {
	lo := sort.Search(len(spans), func(i int) bool { return spans[i].End > start })
	hi := lo
	for hi < len(spans) && spans[hi].Start < end {
		hi++
	}
	return spans[lo:hi]
}
