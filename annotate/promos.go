package annotate

import (
	"strings"

	"github.com/annotty/annotty/model"
)

// promoScanner finds promo lines: related-headline links, calls to action and
// advertisement markers. It keeps a little state from line to line, because a
// bare "READ MORE:" line introduces the headline links under it.
type promoScanner struct {
	text string
	// linksLeft counts the lines after a bare link marker that may still be
	// headline links.
	linksLeft int
	// lower is a reusable buffer for the lower-cased line.
	lower []byte
	// storyStarted is set once a line ends like a sentence: title-case
	// link clusters are only looked for after it (not in the article's header).
	storyStarted bool
	// pendingTitle is a title-case line that becomes a headline link if the
	// next line is one too; hasPending says whether it is set.
	pendingTitle model.Span
	hasPending   bool
	// capsHeadings counts ALL-CAPS section headings ("THE EDGE: …"); capsLinks
	// indexes the promos found only by the ALL-CAPS headline rule.
	capsHeadings int
	capsLinks    []int
}

// finish returns the promos of the article. In a column that uses ALL-CAPS
// section headings, ALL-CAPS lines are headings too, not headline links.
func (s *promoScanner) finish(out []model.Promo) []model.Promo {
	if s.capsHeadings < 2 || len(s.capsLinks) == 0 {
		return out
	}
	kept := out[:0]
	next := 0
	for i, p := range out {
		if next < len(s.capsLinks) && s.capsLinks[next] == i {
			next++
			continue
		}
		kept = append(kept, p)
	}
	return kept
}

// maxLinksAfterMarker bounds the headline links a bare marker introduces.
const maxLinksAfterMarker = 6

// scanParagraph appends the promo lines of paragraph p to out.
func (s *promoScanner) scanParagraph(p model.Paragraph, out []model.Promo) []model.Promo {
	for start := p.Start; start < p.End; {
		end := strings.IndexByte(s.text[start:p.End], '\n')
		if end < 0 {
			end = p.End
		} else {
			end += start
		}
		out = s.line(start, end, out)
		start = end + 1
	}
	return out
}

// line classifies the line text[lo:hi].
func (s *promoScanner) line(lo, hi int, out []model.Promo) []model.Promo {
	lo = skipSpace(s.text, lo, hi)
	hi = trimRightSpace(s.text, lo, hi)
	if lo >= hi {
		return out
	}
	line := s.text[lo:hi]
	// Computed once for the rules below; words are counted only where a
	// rule needs them (classifyPromo counts for itself).
	allCaps := isAllCaps(line)
	var v promoVerdict
	if len(line) <= maxPromoBytes && mayBePromo(line, allCaps) {
		s.lower = appendLower(s.lower[:0], line)
		v = classifyPromo(line, s.lower, allCaps)
	}
	kind, marker := v.kind, v.marker
	span := model.Span{Start: lo, End: hi}
	switch {
	case v.byCaps:
		s.capsLinks = append(s.capsLinks, len(out))
	case kind == "" && allCaps && isCapsHeading(line, allCaps, countWordsUpTo(line, 4)):
		s.capsHeadings++
	}
	pending := s.hasPending
	s.hasPending = false
	switch {
	case kind == model.PromoAdvertisement:
		// An ad slot inside a list of links does not end the list.
	case kind != "":
		s.linksLeft = 0
		if marker {
			s.linksLeft = maxLinksAfterMarker
		} else if kind == model.PromoHeadlineLink {
			s.linksLeft = 1 // "Read more: …" may be followed by a bare title
		}
	case s.linksLeft > 0 && looksLikeHeadline(line):
		s.linksLeft--
		kind = model.PromoHeadlineLink
	case s.storyStarted && isTitleLine(line):
		// Two title-case lines in a row inside the story are related links.
		if !pending {
			s.pendingTitle, s.hasPending = span, true
			return out
		}
		out = append(out, model.Promo{Span: s.pendingTitle, Kind: model.PromoHeadlineLink})
		kind = model.PromoHeadlineLink
		s.linksLeft = 1
	default:
		s.linksLeft = 0
		if endsSentence(line) {
			s.storyStarted = true
		}
		return out
	}
	return append(out, model.Promo{Span: span, Kind: kind})
}
