package layers

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
)

// Tags is the tag decoration layer and the paints of each label. It
// reads the user's annotations from the session (no copy), so the article,
// the Tags tab and the status line always show the same, current tags.
type Tags struct {
	Sess   *session.Session
	Paints TagPaints
}

// NewTags is the tag layer of sess, painted with styles.
func NewTags(sess *session.Session, styles *theme.Styles) *Tags {
	return &Tags{Sess: sess, Paints: NewTagPaints(styles, sess.Labels())}
}

// Decorate paints the placed annotations overlapping paragraph para in
// their label's paint (article.Highlighter), and dims rejected suggestions. Nested
// tags stay visible: the inner one starts later, so it is painted after
// (over) the outer one.
func (t *Tags) Decorate(dst []article.Decoration, doc *model.Document, para int) []article.Decoration {
	p := doc.Paragraphs[para]
	return t.DecorateRange(dst, doc, para, p.Start, p.End)
}

// DecorateRange is Decorate for the bytes [start, end) of paragraph para
// only (article.RangeHighlighter).
func (t *Tags) DecorateRange(dst []article.Decoration, doc *model.Document, para, start, end int) []article.Decoration {
	p := doc.Paragraphs[para]
	t.Sess.TagsOverlapping(start, end, func(a model.Annotation) {
		paint := t.Paints.ForLabel(a.Label)
		if a.Label == string(model.DetectionQuote) && a.Speaker != "" {
			paint = t.Paints.SpokenQuote // the quote keeps its speaker's colour
		}
		dst = append(dst, article.Decoration{
			Span:  model.Span{Start: max(a.Span.Start, p.Start), End: min(a.Span.End, p.End)},
			Paint: paint,
			Layer: article.LayerTag,
		})
	})
	for r := range t.Sess.Set().RejectionsOverlapping(model.Span{Start: start, End: end}) {
		dst = append(dst, article.Decoration{
			Span:  model.Span{Start: max(r.Span.Start, p.Start), End: min(r.Span.End, p.End)},
			Paint: t.Paints.Rejected,
			Layer: LayerRejected,
		})
	}
	return dst
}

// LayerRejected dims rejected suggestions above their quote colours.
const LayerRejected = article.LayerPromo + 2
