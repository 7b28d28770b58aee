package annotate

import (
	"context"
	"errors"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/annotty/annotty/model"
)

// progressEvery is how many bytes of text are analysed between progress
// reports and cancellation checks.
const progressEvery = 256 << 10

// Analyze finds the quotations, speakers and promo lines of doc.
func Analyze(doc *model.Document) *model.Analysis {
	a, _ := AnalyzeContext(context.Background(), doc, nil)
	return a
}

// AnalyzeContext is Analyze with cancellation and progress: progress (may be
// nil) is called now and then with the bytes done and the total; when ctx is
// cancelled it stops and returns ctx.Err().
func AnalyzeContext(ctx context.Context, doc *model.Document, progress func(done, total int)) (*model.Analysis, error) {
	text := doc.Text
	if len(text) > math.MaxInt32 {
		return nil, errors.New("the text is too large to analyse (2 GiB or more)")
	}
	total := 2 * len(text)
	report := newReporter(ctx, progress, total)

	// Pass 1: quotation marks and promo lines, paragraph by paragraph.
	scan := quoteScanner{text: text}
	promoScan := promoScanner{text: text}
	quotes := make([]quoteSpan, 0, expectedQuotes(text))
	var promos []model.Promo
	bounds := make([]int32, len(doc.Paragraphs)+1) // 32-bit: see quoteSpan
	for pi, p := range doc.Paragraphs {
		bounds[pi] = int32(len(quotes))
		quotes = scan.scanParagraph(p, pi, quotes)
		promos = promoScan.scanParagraph(p, promos)
		if err := report.at(p.End); err != nil {
			return nil, err
		}
	}
	bounds[len(doc.Paragraphs)] = int32(len(quotes))
	promos = promoScan.finish(promos)
	if cap(quotes)-len(quotes) > len(quotes)/8 {
		// The estimate was well above the count (apostrophes, dashes): the
		// slice lives to the end of the analysis, so give back the rest now,
		// while little else is held.
		quotes = slices.Clone(quotes)
	}
	markContinuations(text, doc.Paragraphs, quotes, bounds)

	// Pass 2: speakers, in reading order.
	at := &attributor{text: text, quotes: quotes, attr: make([]*attribution, len(quotes)),
		reg: newRegistry(text), british: britishStyle(quotes), lastPara: -2}
	furniture := furnitureSpans(promos)
	for pi, p := range doc.Paragraphs {
		if f, ok := furniture[skipSpace(text, p.Start, p.End)]; ok && f >= trimRightSpace(text, p.Start, p.End) {
			// Page furniture (a caption, a tweet byline) is neither story
			// nor a source of speakers: its quotes keep none.
			continue
		}
		at.paragraph(p, pi, int(bounds[pi]), int(bounds[pi+1]))
		if err := report.at(len(text) + p.End); err != nil {
			return nil, err
		}
	}
	shareAcrossParagraphs(quotes, at.attr)
	report.done()
	return buildAnalysis(text, quotes, at, promos), nil
}

// expectedQuotes estimates how many quotations text holds, from its
// quotation marks (two a quotation), so that the slice of quotations rarely
// grows in steps through a long article. Curly marks are counted by their
// first byte, which dashes and ellipses share: an overestimate. Counting
// single bytes runs at memory speed.
func expectedQuotes(text string) int {
	marks := strings.Count(text, `"`) + strings.Count(text, "\xe2")
	return marks/2 + len(text)/2000 + 8
}

// furnitureSpans maps the start of each furniture promo line to its end.
func furnitureSpans(promos []model.Promo) map[int]int {
	var out map[int]int
	for _, p := range promos {
		if p.Kind == model.PromoFurniture {
			if out == nil {
				out = map[int]int{}
			}
			out[p.Span.Start] = p.Span.End
		}
	}
	return out
}

// reporter calls a progress callback every progressEvery bytes and checks
// for cancellation.
type reporter struct {
	ctx      context.Context
	progress func(done, total int)
	total    int
	next     int
}

// newReporter returns a reporter for total bytes of work.
func newReporter(ctx context.Context, progress func(done, total int), total int) *reporter {
	return &reporter{ctx: ctx, progress: progress, total: total}
}

// at reports that done bytes are analysed.
func (r *reporter) at(done int) error {
	if done < r.next {
		return nil
	}
	r.next = done + progressEvery
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if r.progress != nil {
		r.progress(done, r.total)
	}
	return nil
}

// done reports the end of the work.
func (r *reporter) done() {
	if r.progress != nil {
		r.progress(r.total, r.total)
	}
}

// britishStyle reports whether an article quotes with single marks first
// (‘…’ outside, “…” inside), judged by which class holds more top-level quotes.
func britishStyle(quotes []quoteSpan) bool {
	singles, doubles := 0, 0
	for _, q := range quotes {
		if q.depth != 0 {
			continue
		}
		if q.class == classSingle {
			singles++
		} else {
			doubles++
		}
	}
	return singles > 2*doubles+1
}

// markContinuations flags quotation segments that continue into the next
// paragraph (it opens with a quotation) and the segments that continue them,
// and links each pair. bounds[p] is the index of paragraph p's first quote.
func markContinuations(text string, paras []model.Paragraph, quotes []quoteSpan, bounds []int32) {
	for k := range quotes {
		quotes[k].fromPrevious = false
	}
	for k := range quotes {
		q := &quotes[k]
		if !q.toNext {
			continue
		}
		q.toNext = false
		p := int(q.para) + 1
		if p >= len(paras) || bounds[p] == bounds[p+1] {
			continue
		}
		// Quotes are sorted by start, containers first: the paragraph's
		// first quote is its first top-level one.
		j := int(bounds[p])
		if quotes[j].depth == 0 && quotes[j].span.Start == skipSpace(text, paras[p].Start, paras[p].End) {
			q.toNext, q.next = true, int32(j)
			quotes[j].fromPrevious, quotes[j].prev = true, int32(k)
		}
	}
}

// shareAcrossParagraphs gives every segment of a multi-paragraph quotation
// the speaker found for any of its segments.
func shareAcrossParagraphs(quotes []quoteSpan, attr []*attribution) {
	for k := len(quotes) - 1; k >= 0; k-- {
		if n := quotes[k].next; quotes[k].toNext && attr[k] == nil && attr[n] != nil {
			next := *attr[n]
			next.inherited = true
			attr[k] = &next
			next.who.quotes++
		}
	}
	for k := range quotes {
		if p := quotes[k].prev; quotes[k].fromPrevious && attr[k] == nil && attr[p] != nil {
			prev := *attr[p]
			prev.inherited = true
			attr[k] = &prev
			prev.who.quotes++
		}
	}
}

// buildAnalysis assembles the model.Analysis from the detector results.
func buildAnalysis(text string, quotes []quoteSpan, at *attributor, promos []model.Promo) *model.Analysis {
	out := &model.Analysis{Quotes: make([]model.Quote, 0, len(quotes)), Promos: promos}
	var speakerMentions slab[model.SpeakerMention]
	for k, q := range quotes {
		mq := model.Quote{Span: q.span, Depth: int(q.depth), Partial: q.partial}
		if a := at.attr[k]; a != nil {
			mq.Speaker = speakerMentions.put(model.SpeakerMention{Name: a.who.displayName(), Span: a.mention, Kind: a.kind.model()})
			mq.Cue = a.cue
			mq.Confidence = a.confidence
			mq.Basis = a.basis.model()
		}
		out.Quotes = append(out.Quotes, mq)
	}
	sort.SliceStable(out.Quotes, func(i, j int) bool {
		a, b := out.Quotes[i].Span, out.Quotes[j].Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	var speakers []*entity
	for _, e := range at.reg.all {
		if e.quotes > 0 {
			speakers = append(speakers, e)
		}
	}
	sort.SliceStable(speakers, func(i, j int) bool { return speakers[i].first < speakers[j].first })
	var scratch []model.Span
	for _, e := range speakers {
		scratch = e.mentions.appendTo(scratch[:0])
		sort.Slice(scratch, func(i, j int) bool { return scratch[i].Start < scratch[j].Start })
		var mentions []model.Span // nil when there are none, as before
		if d := dedupeSpans(scratch); len(d) > 0 {
			mentions = slices.Clone(d)
		}
		aliases := append([]string{}, e.aliases...)
		out.Speakers = append(out.Speakers, model.Speaker{Name: e.displayName(), Role: e.office, Affiliation: e.affil,
			Aliases: aliases, Mentions: mentions, Quotes: e.quotes})
	}
	return out
}

// dedupeSpans removes repeated spans from a sorted slice.
func dedupeSpans(s []model.Span) []model.Span {
	out := s[:0]
	for i, x := range s {
		if i > 0 && x == s[i-1] {
			continue
		}
		out = append(out, x)
	}
	return out
}
