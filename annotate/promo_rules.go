package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// maxPromoBytes and maxPromoWords are longer than any promo line: longer
// lines are story text. maxPhraseWords bounds the lines searched for
// call-to-action phrases anywhere in them.
const (
	maxPromoBytes  = 500
	maxPromoWords  = 60
	maxPhraseWords = 45
)

// adMarkers are whole lines that mark an advertisement slot.
var adMarkers = loadPhrases("ad-markers")

// linkMarkers are whole lines that introduce related-story links.
var linkMarkers = loadPhrases("link-markers")

// linkPrefixes start a line that links to another story.
var linkPrefixes = loadPhrases("link-prefixes")

// ctaPrefixes start a call to action.
var ctaPrefixes = loadPhrases("cta-prefixes")

// linkStarts and ctaStarts are the first bytes of linkPrefixes and
// ctaPrefixes: most lines start with none, and skip the lists.
var (
	linkStarts = firstBytesOf(linkPrefixes)
	ctaStarts  = firstBytesOf(ctaPrefixes)
)

// ctaPhrases anywhere in a short line make it a call to action.
var ctaPhrases = newPhraseFinder("in your inbox", "to your inbox",
	"sign up here", "email sign up", "sign up for our",
	"subscribe to our", "subscribing",
	"by clicking here", "download our app", "newsletter")

// ruleOpenings are the line openings that classifyPromo tests in code
// rather than through a phrase list.
var ruleOpenings = []string{"click", "copyright", "read the rest", "—", "-", "("}

// promoFirstWords are the first words of every prefix rule, derived from
// the phrase lists so that they cannot drift apart.
var promoFirstWords = firstWordsOf(linkPrefixes, ctaPrefixes, ruleOpenings, furnitureLines, furniturePrefixes)

// promoAnchors are case-insensitive enough tails of the phrases that can
// make a long sentence a call to action ("Sign up" and "sign up" both hold "gn up").
var promoAnchors = newPhraseFinder("box", "gn up", "bscri", "k here", "cking", "wnload", "wslet")

// decorations are the bytes trimmed around a promo line ("**Sign up**", "[Watch …]").
var decorations = [256]bool{'*': true, '_': true, '[': true, ']': true, '(': true, ')': true, ' ': true, '\t': true}

// mayBePromoWords is the word count from which a sentence-like line needs a
// promo word or phrase to be looked at further.
const mayBePromoWords = 17

// mayBePromo is a cheap test that rules out most story lines before the
// full classification: a long line that ends like a sentence, is not in
// capitals, opens with no promo word and holds no call-to-action phrase.
// allCaps is isAllCaps(line).
func mayBePromo(line string, allCaps bool) bool {
	if !endsSentence(line) || allCaps || countWordsUpTo(line, mayBePromoWords) < mayBePromoWords {
		return true
	}
	i := 0
	for i < len(line) && decorations[line[i]] {
		i++
	}
	j := i
	for j < len(line) && line[j] != ' ' && line[j] != ':' {
		j++
	}
	if promoFirstWords.hasWord(line[i:j]) {
		return true
	}
	return phraseIn(promoAnchors, line)
}

// trimDecorations returns the bounds of line without the decorations
// around it.
func trimDecorations(line string) (lo, hi int) {
	lo, hi = 0, len(line)
	for lo < hi && decorations[line[lo]] {
		lo++
	}
	for hi > lo && decorations[line[hi-1]] {
		hi--
	}
	return lo, hi
}

// trimMarkerEnd drops the colons, periods, ellipses, dashes and spaces
// that end a marker line ("READ MORE:", "Advertisement…").
func trimMarkerEnd(b []byte) []byte {
	for len(b) > 0 {
		switch c := b[len(b)-1]; {
		case c == ':' || c == '.' || c == '-' || c == ' ':
			b = b[:len(b)-1]
		case hasSuffix(b, "…"):
			b = b[:len(b)-len("…")]
		default:
			return b
		}
	}
	return b
}

// promoVerdict is what classifyPromo decides about a line.
type promoVerdict struct {
	kind model.PromoKind // "" for story text
	// marker is set for a bare marker that introduces headline links.
	marker bool
	// byCaps is set when only the ALL-CAPS headline rule made it a link.
	byCaps bool
}

// classifyPromo returns the promo verdict of a trimmed line; allCaps is
// isAllCaps(line).
func classifyPromo(line string, lowerLine []byte, allCaps bool) promoVerdict {
	// Decorations are ASCII, and lower-casing keeps every byte in place.
	lo, hi := trimDecorations(line)
	core, lowerCore := line[lo:hi], lowerLine[lo:hi]
	if bare := trimMarkerEnd(lowerCore); len(bare) <= 40 {
		for _, m := range adMarkers {
			if string(bare) == m {
				return promoVerdict{kind: model.PromoAdvertisement}
			}
		}
		for _, m := range linkMarkers {
			if string(bare) == m {
				return promoVerdict{kind: model.PromoHeadlineLink, marker: true}
			}
		}
	}
	if isFurniture(core, lowerCore) {
		return promoVerdict{kind: model.PromoFurniture}
	}
	words := countWordsUpTo(core, maxPromoWords+1)
	if words > maxPromoWords || hasPrefix(lowerCore, "copyright") || strings.HasPrefix(core, "<") || contains(lowerCore, "©") {
		return promoVerdict{}
	}
	if words <= 30 && hasSuffix(lowerCore, " read more") {
		return promoVerdict{kind: model.PromoHeadlineLink}
	}
	if startsWithQuote(core) && !allCaps { // core has the letters of line
		return promoVerdict{}
	}
	if hasPrefix(lowerCore, "click") || contains(lowerCore, "click here") {
		if contains(lowerCore, " app") || contains(lowerCore, "subscribe") || contains(lowerCore, "sign up") {
			return promoVerdict{kind: model.PromoCallToAction}
		}
		return promoVerdict{kind: model.PromoHeadlineLink}
	}
	for _, p := range ctaStarts.candidates(lowerCore, ctaPrefixes) {
		if hasPrefix(lowerCore, p) {
			return promoVerdict{kind: model.PromoCallToAction}
		}
	}
	if words <= maxPhraseWords && hasCTAPhrase(lowerCore) {
		return promoVerdict{kind: model.PromoCallToAction}
	}
	if words <= 30 {
		for _, p := range linkStarts.candidates(lowerCore, linkPrefixes) {
			if hasPrefix(lowerCore, p) && (p != "related " || !endsSentence(core)) {
				return promoVerdict{kind: model.PromoHeadlineLink}
			}
		}
		if hasPrefix(lowerCore, "read the rest") {
			return promoVerdict{kind: model.PromoHeadlineLink}
		}
	}
	if words <= 16 && !endsSentence(core) && (isLabelledHeadline(core) || contains(lowerCore, "http")) {
		return promoVerdict{kind: model.PromoHeadlineLink}
	}
	if isCapsHeadline(core, allCaps, words) {
		return promoVerdict{kind: model.PromoHeadlineLink, byCaps: true}
	}
	return promoVerdict{}
}

// headingStarters open ALL-CAPS section headings, which headlines (written
// without articles) rarely do.
var headingStarters = loadWordSet("heading-starters")

// isCapsHeadline reports whether line is an ALL-CAPS related-story headline
// (DOSSIER REVEALS …): at least four words, upper case, not a byline and not
// a section heading ("THE SOUTH CAROLINA EXPECTATIONS GAME", "FULL TEXT.").
// allCaps and words are isAllCaps(line) and its word count (exact up to 4).
func isCapsHeadline(line string, allCaps bool, words int) bool {
	if !allCaps || words < 4 {
		return false
	}
	first := strings.Trim(firstWord(line), model.QuoteMarks+":,")
	if headingStarters.hasLower(first) {
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

// isCapsHeading reports whether line is an ALL-CAPS section heading: it
// opens with an article or a preposition, or trails off ("WITH YOUR COFFEE…").
// allCaps and words are isAllCaps(line) and its word count (exact up to 3).
func isCapsHeading(line string, allCaps bool, words int) bool {
	if !allCaps || words < 3 {
		return false
	}
	first := strings.Trim(firstWord(line), model.QuoteMarks+":,")
	return headingStarters.hasLower(first) || strings.HasSuffix(line, "…") || strings.HasSuffix(line, "...")
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
// link title: short, capitalized, not ending like a sentence, not a credit.
func looksLikeHeadline(line string) bool {
	if n := countWordsUpTo(line, 17); n < 3 || n > 16 || endsSentence(line) || strings.HasSuffix(line, ":") {
		return false
	}
	if !isCapitalized(line) && !startsWithQuote(line) {
		return false
	}
	return !creditLabels.hasWord(strings.TrimRight(firstField(line), ":"))
}

// isTitleLine reports whether line is written in Title Case like a headline
// ("Former WWE Wrestler on Mayoral Election: 'I Thought All Along …'"): 3 to
// 20 words, most longer words capitalized, no closing punctuation.
func isTitleLine(line string) bool {
	if endsSentence(strings.TrimRight(line, "'\"’”")) || strings.HasSuffix(line, ":") || !isCapitalized(strings.TrimLeft(line, "'\"‘“")) {
		return false
	}
	words, long, capital := 0, 0, 0
	for w := range strings.FieldsSeq(line) {
		words++
		w = strings.Trim(w, model.QuoteMarks+":,()")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if isCapitalized(w) {
			capital++
		}
	}
	return words >= 3 && words <= 20 && long >= 2 && capital*10 >= long*8
}

// creditLabels open credit and date lines, which are not promos.
var creditLabels = loadWordSet("credit-labels")

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
	first := firstField(label)
	if headingStarters.hasLower(first) || creditLabels.hasLower(first) || strings.IndexByte(line[colon+1:], ':') >= 0 {
		return false
	}
	return isCapitalized(line[colon+2:]) || startsWithQuote(line[colon+2:])
}

// hasCTAPhrase reports whether a lower-cased line holds a call-to-action
// phrase.
func hasCTAPhrase(lower []byte) bool { return phraseIn(ctaPhrases, lower) }

// firstField returns the first field of s as strings.Fields splits it
// (around Unicode white space), or "" when there is none.
func firstField(s string) string {
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) && start >= 0:
			return s[start:i]
		case !unicode.IsSpace(r) && start < 0:
			start = i
		}
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

// firstWord returns the text of line up to its first space.
func firstWord(line string) string {
	line = strings.TrimLeft(line, " \t")
	if i := strings.IndexAny(line, " \t"); i >= 0 {
		return line[:i]
	}
	return line
}
