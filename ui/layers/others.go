package layers

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
)

// OthersGutterMarker marks paragraphs holding another annotator's tag (one cell).
const OthersGutterMarker = "┆"

// LayerOthers draws other annotators' tags under the detections and the
// user's own tags, so their colours (a quote's speaker, a label) win where
// both cover a passage, and the other's italic underline still shows.
const LayerOthers = article.LayerQuote - 2

// Others is the read-only layer of other annotators' tags (whichever
// Session.ShownOthers names): a muted italic underline (bold with NO_COLOR,
// where the user's own tags are underlined) and a gutter mark.
type Others struct {
	Sess               *session.Session
	Paint, GutterPaint theme.Paint
}

// NewOthers is the others' layer of sess, painted with styles.
func NewOthers(sess *session.Session, styles *theme.Styles) *Others {
	st := styles.Renderer.NewStyle
	if styles.Theme.Name == "none" {
		return &Others{Sess: sess, Paint: theme.NewPaint(st().Bold(true)), GutterPaint: theme.NewPaint(st().Bold(true))}
	}
	return &Others{
		Sess:        sess,
		Paint:       theme.NewPaint(st().Italic(true).Underline(true).Foreground(styles.Theme.Muted)),
		GutterPaint: theme.NewPaint(st().Foreground(styles.Theme.Muted)),
	}
}

// Decorate paints the shown annotators' tags overlapping paragraph para
// (article.Highlighter).
func (o *Others) Decorate(dst []article.Decoration, doc *model.Document, para int) []article.Decoration {
	p := doc.Paragraphs[para]
	o.Sess.OthersOverlapping(p.Start, p.End, func(_ string, a model.Annotation) {
		dst = append(dst, article.Decoration{
			Span:  model.Span{Start: max(a.Span.Start, p.Start), End: min(a.Span.End, p.End)},
			Paint: o.Paint,
			Layer: LayerOthers,
		})
	})
	return dst
}

// Gutter marks paragraphs holding a shown annotator's tag (article.GutterMarker).
func (o *Others) Gutter(doc *model.Document, para int) (string, theme.Paint, bool) {
	p := doc.Paragraphs[para]
	found := false
	o.Sess.OthersOverlapping(p.Start, p.End, func(string, model.Annotation) { found = true })
	return OthersGutterMarker, o.GutterPaint, found
}
