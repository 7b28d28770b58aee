package ui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/session"
)

// promoGutterMarker marks promo lines in the article's gutter (one cell).
const promoGutterMarker = "▌"

// maxQuoteDepthLayers caps how many nesting levels get their own layer, so
// nested quotes stay below the speaker-mention layer.
const maxQuoteDepthLayers = 4

// detections is the detection decoration layer and what the Quotes,
// Speakers and Promos tabs derive from the session's analysis (mention and
// promo indexes, the palette, the quote last jumped to). The analysis, its
// quote index, the speakers and the filters are the session's; this keeps
// no copy. Decorations are found per paragraph on demand through interval
// indexes, so a new analysis or filter costs no per-paragraph work.
type detections struct {
	doc    *model.Document
	styles *Styles
	paints detectionPaints

	analysis *model.Analysis
	slots    map[string]int // palette slot per canonical speaker name

	promoIndex   model.SpanIndex
	mentions     []speakerSpan // sorted, deduplicated mentions
	mentionIndex model.SpanIndex

	promoParas  []bool // paragraphs holding only promo text
	promoMarked []bool // paragraphs holding some promo text
	promoCount  int    // paragraphs set in promoParas

	focus    int // quote last jumped to, -1 for none
	focusTop int // the reading position right after that jump; -1 while pending

	version int // bumps whenever the analysis changes
	detail  quoteDetail
	quotes  *quotesTab // the Quotes tab, whose selection the detail shows

	sess *session.Session // the analysis, its quote index, the user's tags and speakers
	keys bindingTable     // for the tabs' hints
}

// speakerSpan is one mention of a speaker.
type speakerSpan struct {
	span model.Span
	name string
}

// newDetections prepares the detection layer of sess.
func newDetections(sess *session.Session, styles *Styles, keys bindingTable) *detections {
	return &detections{doc: sess.Document(), sess: sess, keys: keys, styles: styles, paints: newDetectionPaints(styles), focus: -1}
}

// syncKey is what views compare to know when to rebuild their rows: it
// moves with the analysis, the filters and every change to the annotations
// (a speaker change moves a quote).
type syncKey struct {
	analysis      int
	tags, filters uint64
}

// syncedVersion is the current syncKey.
func (d *detections) syncedVersion() syncKey {
	return syncKey{d.version, d.sess.Revision(), d.sess.FilterRevision()}
}

// quoteSpeaker is quote i's speaker as the user left it ("" for none).
func (d *detections) quoteSpeaker(i int) string { return d.sess.QuoteSpeaker(i) }

// quote is analysis quote i as the user left it: with a changed speaker,
// the attribution names the new speaker (with no mention in the text).
func (d *detections) quote(i int) model.Quote {
	q := d.analysis.Quotes[i]
	name := d.quoteSpeaker(i)
	switch {
	case name == speakerName(q):
	case name == "":
		q.Speaker = nil
	default:
		q.Speaker = &model.SpeakerMention{Name: name, Span: model.Span{Start: -1, End: -1}}
	}
	return q
}

// SetAnalysis builds the decoration indexes of the session's analysis,
// once (the session holds the analysis and its quote index).
func (d *detections) SetAnalysis() {
	a := d.sess.Analysis()
	if a == nil || a == d.analysis {
		return
	}
	d.analysis = a
	d.slots = assignSpeakerHues(a.Speakers)
	d.focus = -1
	d.version++
	d.indexMentions(a)
	d.indexPromos(a)
}

// indexMentions collects every speaker mention (the speakers' own and each
// quote's attribution), sorted and without duplicates.
func (d *detections) indexMentions(a *model.Analysis) {
	n := len(a.Quotes)
	for _, s := range a.Speakers {
		n += len(s.Mentions)
	}
	d.mentions = make([]speakerSpan, 0, n)
	for _, s := range a.Speakers {
		for _, m := range s.Mentions {
			d.mentions = append(d.mentions, speakerSpan{m, s.Name})
		}
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			d.mentions = append(d.mentions, speakerSpan{q.Speaker.Span, q.Speaker.Name})
		}
	}
	slices.SortFunc(d.mentions, func(x, y speakerSpan) int {
		return cmp.Or(cmp.Compare(x.span.Start, y.span.Start), cmp.Compare(x.span.End, y.span.End))
	})
	spans := make([]model.Span, 0, len(d.mentions))
	kept := d.mentions[:0]
	for _, m := range d.mentions {
		if len(kept) > 0 && kept[len(kept)-1].span == m.span {
			continue
		}
		kept = append(kept, m)
		spans = append(spans, m.span)
	}
	d.mentions = kept
	d.mentionIndex = model.NewSpanIndex(spans)
}

// indexPromos marks the paragraphs holding promo text, and those holding
// nothing else (the ones p hides).
func (d *detections) indexPromos(a *model.Analysis) {
	doc := d.doc
	d.promoParas = make([]bool, len(doc.Paragraphs))
	d.promoMarked = make([]bool, len(doc.Paragraphs))
	d.promoCount = 0
	spans := make([]model.Span, len(a.Promos))
	for k, p := range a.Promos {
		spans[k] = p.Span
		first, last := d.paraRange(p.Span)
		for i := first; i <= last; i++ {
			d.promoMarked[i] = true
			para := doc.Paragraphs[i]
			text := doc.Text[para.Start:para.End]
			lead := len(text) - len(strings.TrimLeft(text, " \t"))
			trail := len(strings.TrimRight(text, " \t\r"))
			if !d.promoParas[i] && p.Span.Start <= para.Start+lead && p.Span.End >= para.Start+trail {
				d.promoParas[i] = true
				d.promoCount++
			}
		}
	}
	d.promoIndex = model.NewSpanIndex(spans)
}

// status is what the tabs say while there is nothing to list (the
// session knows whether an analysis is coming, failed or is in).
func (d *detections) status() string { return d.sess.AnalysisStatus() }

// paraRange is the first and last paragraph span s overlaps.
func (d *detections) paraRange(s model.Span) (int, int) {
	return d.doc.ParagraphAt(s.Start), d.doc.ParagraphAt(max(s.End-1, s.Start))
}

// setFilter shows only speaker's quotes ("" shows everyone's); the quote
// last jumped to is forgotten when the filter changes.
func (d *detections) setFilter(speaker string) {
	if d.sess.SetSpeakerFilter(speaker) {
		d.focus = -1
	}
}

// filter is the session's speaker filter ("" for everyone).
func (d *detections) filter() string { return d.sess.SpeakerFilter() }

// promosHidden reports whether the session hides promo lines.
func (d *detections) promosHidden() bool { return d.sess.PromosHidden() }

// passesFilter reports whether quote i is shown under the speaker filter.
func (d *detections) passesFilter(i int) bool {
	return d.filter() == "" || d.quoteSpeaker(i) == d.filter()
}

// quoteShown reports whether quote i is listed, highlighted and reachable
// with ]/[: it passes the speaker filter and does not sit in a hidden promo.
func (d *detections) quoteShown(i int) bool {
	q := d.analysis.Quotes[i]
	if !d.passesFilter(i) {
		return false
	}
	return !d.promosHidden() || !d.promoParas[d.doc.ParagraphAt(q.Span.Start)]
}

// slot is the palette slot of a speaker name (-1 for none). A speaker the
// user named after the analysis gets the slot their name hashes to.
func (d *detections) slot(name string) int {
	if s, ok := d.slots[name]; ok {
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
func (d *detections) Decorate(dst []article.Decoration, doc *model.Document, para int) []article.Decoration {
	if d.analysis == nil || para < 0 || para >= len(doc.Paragraphs) {
		return dst
	}
	p := doc.Paragraphs[para]
	d.sess.QuoteIndex().Overlapping(p.Start, p.End, func(i int) {
		q := d.analysis.Quotes[i]
		if !d.passesFilter(i) {
			return
		}
		name := d.quoteSpeaker(i)
		paints := d.paints.speaker(d.slot(name))
		paint := paints.Quote
		if q.Depth > 0 {
			paint = paints.Nested
		}
		dst = append(dst, article.Decoration{Span: q.Span, Paint: paint, Layer: article.LayerQuote + article.Layer(min(q.Depth, maxQuoteDepthLayers))})
	})
	d.mentionIndex.Overlapping(p.Start, p.End, func(i int) {
		m := d.mentions[i]
		if (d.filter() == "" || m.name == d.filter()) && !d.sess.MentionReassigned(m.span) {
			dst = append(dst, article.Decoration{Span: m.span, Paint: d.paints.speaker(d.slot(m.name)).Mention, Layer: article.LayerSpeaker})
		}
	})
	d.promoIndex.Overlapping(p.Start, p.End, func(i int) {
		dst = append(dst, article.Decoration{Span: d.analysis.Promos[i].Span, Paint: d.paints.Promo, Layer: article.LayerPromo})
	})
	return dst
}

// Gutter marks paragraphs holding promo text (article.GutterMarker).
func (d *detections) Gutter(doc *model.Document, para int) (string, Paint, bool) {
	if para >= 0 && para < len(d.promoMarked) && d.promoMarked[para] {
		return promoGutterMarker, d.paints.PromoGutter, true
	}
	return "", Paint{}, false
}

// hiddenParagraphs is the article's hidden mask for the promo setting (nil
// when promos are shown or there are none).
func (d *detections) hiddenParagraphs() []bool {
	if !d.promosHidden() || d.promoCount == 0 {
		return nil
	}
	return d.promoParas
}

// modeLabel is the status line's note on the detection settings.
func (d *detections) modeLabel() string {
	var parts []string
	if d.filter() != "" {
		parts = append(parts, "quotes: "+d.filter())
	}
	if d.promosHidden() && d.promoCount > 0 {
		parts = append(parts, plainCount(d.promoCount, "promo")+" hidden")
	}
	return strings.Join(parts, " · ")
}
