package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/session"
)

// tagging is the tag decoration layer and the paints of each label. It
// reads the user's annotations from the session (no copy), so the article,
// the Tags tab and the status line always show the same, current tags.
type tagging struct {
	sess   *session.Session
	paints tagPaints
	notice string // what the first frame said about the annotations
}

// newTagging is the tag layer of sess, painted with styles.
func newTagging(sess *session.Session, styles *Styles) *tagging {
	return &tagging{sess: sess, paints: newTagPaints(styles, sess.Labels())}
}

// Decorate paints the placed annotations overlapping paragraph para in
// their label's paint (article.Highlighter), and dims rejected suggestions. Nested
// tags stay visible: the inner one starts later, so it is painted after
// (over) the outer one.
func (t *tagging) Decorate(dst []article.Decoration, doc *model.Document, para int) []article.Decoration {
	p := doc.Paragraphs[para]
	t.sess.TagsOverlapping(p.Start, p.End, func(a model.Annotation) {
		paint := t.paints.forLabel(a.Label)
		if a.Label == string(model.DetectionQuote) && a.Speaker != "" {
			paint = t.paints.SpokenQuote // the quote keeps its speaker's colour
		}
		dst = append(dst, article.Decoration{
			Span:  model.Span{Start: max(a.Span.Start, p.Start), End: min(a.Span.End, p.End)},
			Paint: paint,
			Layer: article.LayerTag,
		})
	})
	for _, r := range t.sess.Set().Rejections() {
		if r.Span.Start < p.End && r.Span.End > p.Start {
			dst = append(dst, article.Decoration{
				Span:  model.Span{Start: max(r.Span.Start, p.Start), End: min(r.Span.End, p.End)},
				Paint: t.paints.Rejected,
				Layer: layerRejected,
			})
		}
	}
	return dst
}

// layerRejected dims rejected suggestions above their quote colours.
const layerRejected = article.LayerPromo + 2
