package layers

import (
	"cmp"
	"slices"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
)

// PromoGutterMarker marks promo lines in the article's gutter (one cell).
const PromoGutterMarker = "▌"

// maxQuoteDepthLayers caps how many nesting levels get their own layer, so
// nested quotes stay below the speaker-mention layer.
const maxQuoteDepthLayers = 4

// Detections is the detection decoration layer and what the Quotes,
// Speakers and Promos tabs derive from the session's analysis (mention and
// promo indexes, the palette, the quote last jumped to). The analysis, its
// quote index, the speakers and the filters are the session's; this keeps
// no copy. Decorations are found per paragraph on demand through interval
// indexes, so a new analysis or filter costs no per-paragraph work.
type Detections struct {
	Doc    *model.Document
	Styles *theme.Styles
	Paints DetectionPaints

	Analysis *model.Analysis
	Slots    map[string]int // palette slot per canonical speaker name

	PromoIndex   model.SpanIndex
	Mentions     []speakerSpan // sorted, deduplicated mentions
	MentionIndex model.SpanIndex

	PromoParas  []bool // paragraphs holding only promo text
	PromoMarked []bool // paragraphs holding some promo text
	PromoCount  int    // paragraphs set in promoParas

	Focus    int // quote last jumped to, -1 for none
	FocusTop int // the reading position right after that jump; -1 while pending

	Version int // bumps whenever the analysis changes
	Detail  QuoteDetail

	Sess *session.Session // the analysis, its quote index, the user's tags and speakers
}

// speakerSpan is one mention of a speaker.
type speakerSpan struct {
	span model.Span
	name string
}

// NewDetections prepares the detection layer of sess.
func NewDetections(sess *session.Session, styles *theme.Styles) *Detections {
	return &Detections{Doc: sess.Document(), Sess: sess, Styles: styles, Paints: NewDetectionPaints(styles), Focus: -1}
}

// SyncKey is what views compare to know when to rebuild their rows: it
// moves with the analysis, the filters and every change to the annotations
// (a speaker change moves a quote).
type SyncKey struct {
	Analysis      int
	tags, filters uint64
}

// SyncedVersion is the current SyncKey.
func (d *Detections) SyncedVersion() SyncKey {
	return SyncKey{d.Version, d.Sess.Revision(), d.Sess.FilterRevision()}
}

// QuoteSpeaker is quote i's speaker as the user left it ("" for none).
func (d *Detections) QuoteSpeaker(i int) string { return d.Sess.QuoteSpeaker(i) }

// Quote is analysis quote i as the user left it: with a changed speaker,
// the attribution names the new speaker (with no mention in the text).
func (d *Detections) Quote(i int) model.Quote {
	q := d.Analysis.Quotes[i]
	name := d.QuoteSpeaker(i)
	switch {
	case name == SpeakerName(q):
	case name == "":
		q.Speaker = nil
	default:
		q.Speaker = &model.SpeakerMention{Name: name, Span: model.Span{Start: -1, End: -1}}
	}
	return q
}

// SetAnalysis builds the decoration indexes of the session's analysis,
// once (the session holds the analysis and its quote index).
func (d *Detections) SetAnalysis() {
	a := d.Sess.Analysis()
	if a == nil || a == d.Analysis {
		return
	}
	d.Analysis = a
	d.Slots = assignSpeakerHues(a.Speakers)
	d.Focus = -1
	d.Version++
	d.IndexMentions(a)
	d.IndexPromos(a)
}

// IndexMentions collects every speaker mention (the speakers' own and each
// quote's attribution), sorted and without duplicates.
func (d *Detections) IndexMentions(a *model.Analysis) {
	n := len(a.Quotes)
	for _, s := range a.Speakers {
		n += len(s.Mentions)
	}
	d.Mentions = make([]speakerSpan, 0, n)
	for _, s := range a.Speakers {
		for _, m := range s.Mentions {
			d.Mentions = append(d.Mentions, speakerSpan{m, s.Name})
		}
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			d.Mentions = append(d.Mentions, speakerSpan{q.Speaker.Span, q.Speaker.Name})
		}
	}
	slices.SortFunc(d.Mentions, func(x, y speakerSpan) int {
		return cmp.Or(cmp.Compare(x.span.Start, y.span.Start), cmp.Compare(x.span.End, y.span.End))
	})
	spans := make([]model.Span, 0, len(d.Mentions))
	kept := d.Mentions[:0]
	for _, m := range d.Mentions {
		if len(kept) > 0 && kept[len(kept)-1].span == m.span {
			continue
		}
		kept = append(kept, m)
		spans = append(spans, m.span)
	}
	d.Mentions = kept
	d.MentionIndex = model.NewSpanIndex(spans)
}

// IndexPromos marks the paragraphs holding promo text, and those holding
// nothing else (the ones p hides).
func (d *Detections) IndexPromos(a *model.Analysis) {
	doc := d.Doc
	d.PromoParas = make([]bool, len(doc.Paragraphs))
	d.PromoMarked = make([]bool, len(doc.Paragraphs))
	d.PromoCount = 0
	spans := make([]model.Span, len(a.Promos))
	for k, p := range a.Promos {
		spans[k] = p.Span
		first, last := d.ParaRange(p.Span)
		for i := first; i <= last; i++ {
			d.PromoMarked[i] = true
			para := doc.Paragraphs[i]
			text := doc.Text[para.Start:para.End]
			lead := len(text) - len(strings.TrimLeft(text, " \t"))
			trail := len(strings.TrimRight(text, " \t\r"))
			if !d.PromoParas[i] && p.Span.Start <= para.Start+lead && p.Span.End >= para.Start+trail {
				d.PromoParas[i] = true
				d.PromoCount++
			}
		}
	}
	d.PromoIndex = model.NewSpanIndex(spans)
}

// Status is what the tabs say while there is nothing to list (the
// session knows whether an analysis is coming, failed or is in).
func (d *Detections) Status() string { return d.Sess.AnalysisStatus() }

// ParaRange is the first and last paragraph span s overlaps.
func (d *Detections) ParaRange(s model.Span) (int, int) {
	return d.Doc.ParagraphAt(s.Start), d.Doc.ParagraphAt(max(s.End-1, s.Start))
}

// SetFilter shows only speaker's quotes ("" shows everyone's); the quote
// last jumped to is forgotten when the filter changes.
func (d *Detections) SetFilter(speaker string) {
	if d.Sess.SetSpeakerFilter(speaker) {
		d.Focus = -1
	}
}

// Filter is the session's speaker filter ("" for everyone).
func (d *Detections) Filter() string { return d.Sess.SpeakerFilter() }

// PromosHidden reports whether the session hides promo lines.
func (d *Detections) PromosHidden() bool { return d.Sess.PromosHidden() }

// PassesFilter reports whether quote i is shown under the speaker filter.
func (d *Detections) PassesFilter(i int) bool {
	return d.Filter() == "" || d.QuoteSpeaker(i) == d.Filter()
}

// QuoteShown reports whether quote i is listed, highlighted and reachable
// with ]/[: it passes the speaker filter and does not sit in a hidden promo.
func (d *Detections) QuoteShown(i int) bool {
	q := d.Analysis.Quotes[i]
	if !d.PassesFilter(i) {
		return false
	}
	return !d.PromosHidden() || !d.PromoParas[d.Doc.ParagraphAt(q.Span.Start)]
}

// Slot is the palette slot of a speaker name (-1 for none). A speaker the
// user named after the analysis gets the slot of the speaker they were
// renamed from, else the slot their name hashes to.
func (d *Detections) Slot(name string) int {
	if s, ok := d.Slots[name]; ok {
		return s
	}
	if s, ok := d.Slots[d.Sess.RenamedFrom(name)]; ok {
		return s
	}
	if name != "" {
		return speakerHueIndex(name)
	}
	return -1
}

// Decorate appends the quote, mention and promo decorations overlapping
// paragraph para (article.Highlighter): quotes in their speaker's colour (nested
// ones a layer higher), mentions bold, promos dimmed.
func (d *Detections) Decorate(dst []article.Decoration, doc *model.Document, para int) []article.Decoration {
	if d.Analysis == nil || para < 0 || para >= len(doc.Paragraphs) {
		return dst
	}
	p := doc.Paragraphs[para]
	return d.DecorateRange(dst, doc, para, p.Start, p.End)
}

// DecorateRange is Decorate for the bytes [start, end) of paragraph para
// only (article.RangeHighlighter).
func (d *Detections) DecorateRange(dst []article.Decoration, doc *model.Document, para, start, end int) []article.Decoration {
	if d.Analysis == nil || para < 0 || para >= len(doc.Paragraphs) {
		return dst
	}
	d.Sess.QuoteIndex().Overlapping(start, end, func(i int) {
		q := d.Analysis.Quotes[i]
		if !d.PassesFilter(i) {
			return
		}
		name := d.QuoteSpeaker(i)
		paints := d.Paints.Speaker(d.Slot(name))
		paint := paints.Quote
		if q.Depth > 0 {
			paint = paints.Nested
		}
		dst = append(dst, article.Decoration{Span: q.Span, Paint: paint, Layer: article.LayerQuote + article.Layer(min(q.Depth, maxQuoteDepthLayers))})
	})
	d.MentionIndex.Overlapping(start, end, func(i int) {
		m := d.Mentions[i]
		if (d.Filter() == "" || m.name == d.Filter()) && !d.Sess.MentionReassigned(m.span) {
			dst = append(dst, article.Decoration{Span: m.span, Paint: d.Paints.Speaker(d.Slot(m.name)).Mention, Layer: article.LayerSpeaker})
		}
	})
	d.PromoIndex.Overlapping(start, end, func(i int) {
		dst = append(dst, article.Decoration{Span: d.Analysis.Promos[i].Span, Paint: d.Paints.Promo, Layer: article.LayerPromo})
	})
	return dst
}

// Gutter marks paragraphs holding promo text (article.GutterMarker).
func (d *Detections) Gutter(doc *model.Document, para int) (string, theme.Paint, bool) {
	if para >= 0 && para < len(d.PromoMarked) && d.PromoMarked[para] {
		return PromoGutterMarker, d.Paints.PromoGutter, true
	}
	return "", theme.Paint{}, false
}

// HiddenParagraphs is the article's hidden mask for the promo setting (nil
// when promos are shown or there are none).
func (d *Detections) HiddenParagraphs() []bool {
	if !d.PromosHidden() || d.PromoCount == 0 {
		return nil
	}
	return d.PromoParas
}

// ModeLabel is the status line's note on the detection settings.
func (d *Detections) ModeLabel() string {
	var parts []string
	if d.Filter() != "" {
		parts = append(parts, "quotes: "+d.Filter())
	}
	if d.PromosHidden() && d.PromoCount > 0 {
		parts = append(parts, session.Count(d.PromoCount, "promo")+" hidden")
	}
	return strings.Join(parts, " · ")
}
