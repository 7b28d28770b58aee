package annotate

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

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
	s.lower = appendLower(s.lower[:0], line)
	kind, marker := classifyPromo(line, s.lower)
	switch {
	case kind != "":
		s.linksLeft = 0
		if marker {
			s.linksLeft = maxLinksAfterMarker
		}
	case s.linksLeft > 0 && looksLikeHeadline(line):
		s.linksLeft--
		kind = model.PromoHeadlineLink
	default:
		s.linksLeft = 0
		return out
	}
	return append(out, model.Promo{Span: model.Span{Start: lo, End: hi}, Kind: kind})
}

// adMarkers are whole lines that mark an advertisement slot.
var adMarkers = []string{"advertisement", "story continues below advertisement",
	"continue reading below", "story continued below", "continue reading the main story",
	"article continues below", "skip advertisement", "sponsored content", "ad", "advertising"}

// linkMarkers are whole lines that introduce related-story links.
var linkMarkers = []string{"read more", "related", "related coverage", "related stories",
	"more", "see also", "also read", "more from", "recommended", "related articles", "you may like"}

// linkPrefixes start a line that links to another story.
var linkPrefixes = []string{"related:", "read more:", "more:", "see also:", "also read:",
	"video:", "watch:", "read:", "you may like:", "also:", "related ", "listen:", "photos:"}

// ctaPrefixes start a call to action.
var ctaPrefixes = []string{"sign up", "subscribe", "follow us", "follow @", "like us on",
	"download the", "get the app", "get fox business on the go", "got a tip",
	"watch fox", "read or share this story", "by signing up", "support our journalism",
	"become a member", "donate", "want fox news first", "join us on", "listen to"}

// ctaPhrases anywhere in a short line make it a call to action. Each is
// found through its anchor, a rarer substring searched first.
var ctaPhrases = []struct{ anchor, phrase string }{
	{"inbox", "in your inbox"}, {"inbox", "to your inbox"},
	{"sign up", "sign up here"}, {"sign up", "email sign up"}, {"sign up", "sign up for our"},
	{"subscri", "subscribe to our"}, {"subscri", "subscribing"},
	{"clicking", "by clicking here"}, {"download", "download our app"}, {"newsletter", "newsletter"},
}

// classifyPromo returns the promo kind of a trimmed line ("" if it is story
// text) and whether it is a bare marker that introduces headline links.
func classifyPromo(line string, lowerLine []byte) (model.PromoKind, bool) {
	core := strings.Trim(line, "*_[]() \t")
	if len(core) > 600 {
		return "", false // far longer than any promo line
	}
	lowerCore := bytes.Trim(lowerLine, "*_[]() \t")
	if bare := bytes.TrimRight(lowerCore, ":.…- "); len(bare) <= 40 {
		for _, m := range adMarkers {
			if string(bare) == m {
				return model.PromoAdvertisement, false
			}
		}
		for _, m := range linkMarkers {
			if string(bare) == m {
				return model.PromoHeadlineLink, true
			}
		}
	}
	words := countWords(core)
	if words > 60 || hasPrefix(lowerCore, "copyright") || strings.HasPrefix(core, "<") || contains(lowerCore, "©") {
		return "", false
	}
	if words <= 30 && hasSuffix(lowerCore, " read more") {
		return model.PromoHeadlineLink, false
	}
	if startsWithQuote(core) && !isAllCaps(core) {
		return "", false
	}
	if hasPrefix(lowerCore, "click") || contains(lowerCore, "click here") {
		if contains(lowerCore, " app") || contains(lowerCore, "subscribe") || contains(lowerCore, "sign up") {
			return model.PromoCallToAction, false
		}
		return model.PromoHeadlineLink, false
	}
	for _, p := range ctaPrefixes {
		if hasPrefix(lowerCore, p) {
			return model.PromoCallToAction, false
		}
	}
	if words <= 45 && hasCTAPhrase(lowerCore) {
		return model.PromoCallToAction, false
	}
	if words <= 30 {
		for _, p := range linkPrefixes {
			if hasPrefix(lowerCore, p) && (p != "related " || !endsSentence(core)) {
				return model.PromoHeadlineLink, false
			}
		}
		if hasPrefix(lowerCore, "read the rest") {
			return model.PromoHeadlineLink, false
		}
	}
	if words <= 16 && !endsSentence(core) && (isLabelledHeadline(core) || contains(lowerCore, "http")) {
		return model.PromoHeadlineLink, false
	}
	if isCapsHeadline(core) {
		return model.PromoHeadlineLink, false
	}
	return "", false
}

// headingStarters open ALL-CAPS section headings, which headlines (written
// without articles) rarely do.
var headingStarters = newWordSet(`the a an and with for but or in on at to of from by as so`)

// isCapsHeadline reports whether line is an ALL-CAPS related-story headline
// (DOSSIER REVEALS …): at least four words, upper case, not a byline and not
// a section heading ("THE SOUTH CAROLINA EXPECTATIONS GAME", "FULL TEXT.").
func isCapsHeadline(line string) bool {
	if !isAllCaps(line) || countWords(line) < 4 {
		return false
	}
	first := strings.ToLower(strings.Trim(strings.Fields(line)[0], "\"'“”‘’:,"))
	if headingStarters.has(first) {
		return false
	}
	if strings.HasSuffix(line, "…") || strings.HasSuffix(line, "...") || endsWithPeriod(line) || strings.HasSuffix(line, ";") {
		return false // a heading or a sentence, not a link
	}
	if first != "" && first[0] >= '0' && first[0] <= '9' {
		return false // a numbered section ("1. FIREWORKS FLY …")
	}
	return !isWholeQuote(line)
}

// isAllCaps reports whether at least 90 % of the letters of s (and at least
// 12 of them) are upper case.
func isAllCaps(s string) bool {
	upper, letters, lower := 0, 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case r >= 'A' && r <= 'Z':
				letters++
				upper++
			case r >= 'a' && r <= 'z':
				letters++
				if lower++; lower > 3 && lower*10 > len(s) {
					return false
				}
			}
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 12 && upper*10 >= letters*9
}

// looksLikeHeadline reports whether a line under a "READ MORE:" marker is a
// link title: short and not ending like a sentence.
func looksLikeHeadline(line string) bool {
	return countWords(line) <= 16 && !endsSentence(line)
}

// endsSentence reports whether line ends with sentence punctuation.
func endsSentence(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', '"', '”', '’', ',', ';', '\'':
		return true
	}
	return false
}

// startsWithQuote reports whether line opens with a quotation mark.
func startsWithQuote(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	switch r {
	case '"', '“', '‘', '\'', '«', '„':
		return true
	}
	return false
}

// creditLabels open credit and date lines, which are not promos.
var creditLabels = newWordSet(`contributing contributed by photo photos credit source sources editing
reporting writing updated posted published filed correction clarification note editor's`)

// isLabelledHeadline reports whether line is a headline behind a short label
// ("ENDORSEMENT: Hillary Clinton has needed knowledge", "Opinion: …").
func isLabelledHeadline(line string) bool {
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || colon+2 >= len(line) || line[colon+1] != ' ' {
		return false
	}
	label := line[:colon]
	if n := countWords(label); n > 2 || !isCapitalized(label) || strings.ContainsAny(label, "0123456789") {
		return false
	}
	first := strings.ToLower(strings.Fields(label)[0])
	if headingStarters.has(first) || creditLabels.has(first) || strings.IndexByte(line[colon+1:], ':') >= 0 {
		return false
	}
	return isCapitalized(line[colon+2:]) || startsWithQuote(line[colon+2:])
}

// isWholeQuote reports whether line is one quotation from its first
// character to its last ("DIVISIVE, STUPID AND WRONG").
func isWholeQuote(line string) bool {
	if !startsWithQuote(line) {
		return false
	}
	open, _ := markAt(line, 0)
	for i := open.end; i < len(line); i++ {
		if m, ok := markAt(line, i); ok && m.class == open.class {
			return m.end == len(line)
		}
	}
	return false
}

// endsWithPeriod reports whether line ends with a full stop that is not the
// last dot of an abbreviation ("U.S.").
func endsWithPeriod(line string) bool {
	if !strings.HasSuffix(line, ".") {
		return false
	}
	last := line[strings.LastIndexByte(line, ' ')+1 : len(line)-1]
	return !strings.Contains(last, ".")
}

// appendLower appends s in lower case (ASCII letters only; other bytes are
// kept) to buf.
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// hasPrefix, contains and hasSuffix are the strings functions for a byte
// slice and a string, without allocating.
func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

func contains(b []byte, p string) bool { return bytes.Contains(b, []byte(p)) }

func hasSuffix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[len(b)-len(p):]) == p
}

// hasCTAPhrase reports whether a lower-cased line holds a call-to-action
// phrase, searching each anchor once.
func hasCTAPhrase(lower []byte) bool {
	anchor, found := "", false
	for _, c := range ctaPhrases {
		if c.anchor != anchor {
			anchor = c.anchor
			found = contains(lower, anchor)
		}
		if found && (c.phrase == anchor || contains(lower, c.phrase)) {
			return true
		}
	}
	return false
}
