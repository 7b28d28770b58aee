package annotate

import (
	"strings"

	"github.com/annotty/annotty/model"
)

// mentionKind says how a speaker is referred to.
type mentionKind uint8

const (
	mentionName mentionKind = iota + 1
	mentionPronoun
	mentionRole
)

// model returns the model's name for a mention kind.
func (k mentionKind) model() model.MentionKind {
	switch k {
	case mentionName:
		return model.MentionName
	case mentionPronoun:
		return model.MentionPronoun
	case mentionRole:
		return model.MentionRole
	}
	return ""
}

// mention is a noun phrase that may name a speaker.
type mention struct {
	kind mentionKind
	// span is the part that names the speaker: the name without its titles
	// ("Jake Sullivan"), the pronoun, or the role phrase ("the president").
	span model.Span
	// words are the canonical name words (names) or the head noun (roles).
	words []string
	// titles are the lower-case title words in front of a name ("adviser").
	titles []string
	// role is the title phrase in front of a name as written ("National
	// Security Adviser"), affil the body or place it was tied to ("IFSD",
	// "Vancouver", "IG" in "Jingyi Pan of IG"); both may be empty.
	role, affil string
	body        bool
}

// isNameWord reports whether word token t can be part of a capitalized name.
func isNameWord(t token) bool { return t.name }

// notNameWords are capitalized words that never start or continue a name:
// function words and determiners ("The", "Another").
var notNameWords = unionWordSets(functionWords, determiners)

// nameRunStart walks back from token e (a name word) over the name and returns
// the index of its first token. Particles (de, of) join capitalized words.
func nameRunStart(text string, toks []token, e, lo int) int {
	s := e
	for s > lo {
		p := toks[s-1]
		if isNameWord(p) {
			s--
			continue
		}
		if p.kind == tokWord && s-2 >= lo && nameParticles.has(text[p.start:p.end]) && isNameWord(toks[s-2]) {
			s -= 2
			continue
		}
		break
	}
	return s
}

// nameRunEnd walks forward from token s (a name word) and returns one past
// the last token of the name.
func nameRunEnd(text string, toks []token, s, hi int) int {
	e := s + 1
	for e < hi {
		t := toks[e]
		if isNameWord(t) {
			e++
			continue
		}
		if t.kind == tokWord && e+1 < hi && nameParticles.has(text[t.start:t.end]) && isNameWord(toks[e+1]) {
			e += 2
			continue
		}
		break
	}
	return e
}

// nameMention builds the mention for the capitalized run toks[s:e]: titles are
// split off ("National Security Adviser Jake Sullivan" -> Jake Sullivan,
// titles adviser), and so are affiliations and stray words around the person
// (see personBounds); organizations ("the White House") are kept whole.
func nameMention(text string, toks []token, s, e int) mention {
	words := make([]string, 0, e-s)
	for k := s; k < e; k++ {
		words = append(words, text[toks[k].start:toks[k].end])
	}
	words[len(words)-1] = trimPossessive(words[len(words)-1])
	m := mention{kind: mentionName}
	m.body = isBodyName(words)
	first, last := 0, len(words)
	if !m.body {
		var affil int
		first, last, affil = personBounds(words)
		titleFrom := affil
		for k := last - 2; k >= first; k-- {
			if isTitleWord(words[k]) {
				titleFrom, first = max(affil, firstTitle(words, affil, k)), k+1
				break
			}
		}
		for k := titleFrom; k < first; k++ {
			if isTitleWord(words[k]) {
				m.titles = append(m.titles, titleKey(words[k]))
			}
		}
		// "Secretary of State John Kerry": skip the office after "of";
		// "Minister of Innovation" alone is a role.
		if first > 0 && words[first] == "of" {
			if first+2 >= last {
				first = last
			} else {
				first += 2
			}
		}
		if first > titleFrom && !onlyCourtesyTitles(words[titleFrom:first]) {
			m.role = text[toks[s+titleFrom].start:toks[s+first-1].end]
		}
		if affil > 0 {
			m.affil = trimPossessive(text[toks[s].start:toks[s+affil-1].end])
		} else if last < len(words)-1 {
			m.affil = text[toks[s+last+1].start:toks[e-1].end] // "of IG"
		}
	}
	if !m.body && last-first >= 2 && last == len(words) && isTitleWord(words[last-1]) {
		// "Parliamentary Budget Officer", "Finance Minister": an office.
		m.kind = mentionRole
		m.words = []string{titleKey(words[last-1])}
		m.span = model.Span{Start: toks[s+first].start, End: toks[e-1].end}
		return m
	}
	if first == last && len(m.titles) > 0 {
		m.kind = mentionRole
		m.words = []string{m.titles[len(m.titles)-1]}
		m.span = model.Span{Start: toks[s].start, End: toks[e-1].end}
		return m
	}
	if last-first == 1 || first == last {
		if w := words[min(first, last-1)]; titleWords.hasWord(w) || len(words) == 1 && titleWords.hasWord(words[0]) {
			// A bare title ("the President said") is a role.
			lw := lowerWord(w)
			m.kind = mentionRole
			m.words = []string{canonicalTitle(lw)}
			m.span = model.Span{Start: toks[s].start, End: toks[e-1].end}
			return m
		}
	}
	m.words = words[first:last]
	m.span = model.Span{Start: toks[s+first].start, End: toks[s+last-1].end}
	if last == len(words) {
		lastTok := text[toks[e-1].start:toks[e-1].end]
		m.span.End -= len(lastTok) - len(trimPossessive(lastTok))
	}
	return m
}

// firstTitle returns where the title phrase that ends at words[k] begins:
// the run of title words and the capitalized words between them
// ("National Security Adviser", "Nova Scotia Liberal MP"), from lo on.
func firstTitle(words []string, lo, k int) int {
	for k > lo && !isGivenName(words[k-1]) {
		k--
	}
	return k
}

// personBounds trims a capitalized run that names a person down to the
// person: it returns the first and one-past-last word of the name, and how
// many leading words are an affiliation. Cut off are a possessive owner
// ("Vancouver's Bo Horvat", "IFSD's Azfar Ali Khan"), a body in front of a
// given name (credit lines: "Getty Images Kevin Vickers"), a word before
// "of" ("Part of Ian Poulter") or the body after it ("Jingyi Pan of IG"),
// and a stray word before a given name ("Westminster Ian Blackford",
// "Finally Demi").
func personBounds(words []string) (first, last, affil int) {
	last = len(words)
	for k := last - 2; k >= 0; k-- {
		if trimPossessive(words[k]) != words[k] {
			first, affil = k+1, k+1
			break
		}
	}
	for k := first; k+2 < last; k++ {
		if bodyWords.hasWord(words[k]) && isGivenName(words[k+1]) {
			first, affil = k+1, k+1
		}
	}
	for k := first + 1; k+1 < last; k++ {
		if words[k] != "of" || isTitleWord(words[k-1]) || k-1 > first && isTitleWord(words[k-2]) {
			continue
		}
		if k-first == 1 {
			first = k + 1 // "Part of Ian Poulter"
		} else {
			last = k // "Jingyi Pan of IG"
		}
		break
	}
	if n := last - first; n >= 2 && (n >= 3 || strings.HasSuffix(words[first], "ly")) &&
		isGivenName(words[first+1]) && !isTitleWord(words[first]) && !isGivenName(words[first]) {
		first++
		if affil == 0 && !isTitleWord(words[first-1]) && n >= 3 {
			affil = first
		}
	}
	return first, last, affil
}

// roleMention builds the mention for a role noun phrase whose head is toks[h]
// ("the president", "a senior administration official"), walking back over
// modifiers to a determiner.
func roleMention(text string, toks []token, h, lo int) mention {
	s := h
	for k := h - 1; k >= lo && h-k <= 4; k-- {
		t := toks[k]
		if t.kind != tokWord {
			break
		}
		lw := lowerWord(text[t.start:t.end])
		if determiners.has(lw) {
			s = k
			break
		}
		if speechVerbs.has(lw) || subjectSkips.has(lw) || functionWords.has(lw) {
			break
		}
		s = k
	}
	head := canonicalTitle(lowerWord(text[toks[h].start:toks[h].end]))
	return mention{kind: mentionRole, span: model.Span{Start: toks[s].start, End: toks[h].end}, words: []string{head}}
}

// mentionEndingAt returns the speaker mention whose last token is toks[e], if
// toks[e] can end one (a pronoun, a name, a role noun).
func mentionEndingAt(text string, toks []token, e, lo int) (mention, bool) {
	t := toks[e]
	if t.kind != tokWord {
		return mention{}, false
	}
	w := text[t.start:t.end]
	switch {
	case speakerPronouns.hasWord(w):
		return mention{kind: mentionPronoun, span: model.Span{Start: t.start, End: t.end}, words: []string{lowerWord(w)}}, true
	case isNameWord(t):
		return nameMention(text, toks, nameRunStart(text, toks, e, lo), e+1), true
	case roleNouns.hasWord(w):
		return roleMention(text, toks, e, lo), true
	}
	return mention{}, false
}

// mentionStartingAt returns the speaker mention that starts at toks[s]
// (after an inverted verb: "said Sullivan", "said the president").
func mentionStartingAt(text string, toks []token, s, hi int) (mention, bool) {
	if s >= hi || toks[s].kind != tokWord {
		return mention{}, false
	}
	if w := text[toks[s].start:toks[s].end]; speakerPronouns.hasWord(w) {
		return mention{kind: mentionPronoun, span: model.Span{Start: toks[s].start, End: toks[s].end}, words: []string{lowerWord(w)}}, true
	}
	if isNameWord(toks[s]) {
		e := nameRunEnd(text, toks, s, hi)
		m := nameMention(text, toks, s, e)
		if m.kind == mentionRole || m.body {
			// "Republican presidential front-runner Donald Trump", "House
			// speaker Paul Ryan": the title or body opens a noun phrase
			// whose head is the name.
			if n, ok := nameAfterModifiers(text, toks, e, hi); ok {
				return n, true
			}
		}
		return m, true
	}
	// the/a + modifiers + role noun or name
	for k := s; k < hi && k-s <= 4; k++ {
		t := toks[k]
		if t.kind != tokWord {
			break
		}
		w := text[t.start:t.end]
		lw := lowerWord(w)
		if isNameWord(t) {
			return nameMention(text, toks, k, nameRunEnd(text, toks, k, hi)), true
		}
		if roleNouns.has(lw) {
			// "the council leader": the head is the last role noun in a row.
			for k+1 < hi && toks[k+1].kind == tokWord && roleNouns.hasWord(text[toks[k+1].start:toks[k+1].end]) {
				k++
				t = toks[k]
				lw = lowerWord(text[t.start:t.end])
			}
			// "the council leader, Priya Nandakumar,": the appositive names them.
			if k+2 < hi && toks[k+1].kind == tokPunct && text[toks[k+1].start:toks[k+1].end] == "," && isNameWord(toks[k+2]) {
				return nameMention(text, toks, k+2, nameRunEnd(text, toks, k+2, hi)), true
			}
			return mention{kind: mentionRole, span: model.Span{Start: toks[s].start, End: t.end}, words: []string{canonicalTitle(lw)}}, true
		}
		if functionWords.has(lw) && !determiners.has(lw) || k > s && looksLikeVerb(w) {
			break
		}
	}
	return mention{}, false
}

// nameAfterModifiers returns the person named after a few lower-case
// modifiers starting at toks[k] ("presidential front-runner Donald Trump").
func nameAfterModifiers(text string, toks []token, k, hi int) (mention, bool) {
	for j := k; j < hi && j-k <= 3; j++ {
		t := toks[j]
		if t.kind != tokWord {
			return mention{}, false
		}
		if isNameWord(t) {
			m := nameMention(text, toks, j, nameRunEnd(text, toks, j, hi))
			return m, m.kind == mentionName && !m.body
		}
		if w := text[t.start:t.end]; functionWords.hasWord(w) || looksLikeVerb(w) {
			return mention{}, false
		}
	}
	return mention{}, false
}

// isBodyName reports whether name words name an organization: the last word
// is an organization noun ("White House", "Justice Department"), or the one
// before "of" is ("Department of Justice").
func isBodyName(words []string) bool {
	if len(words) == 1 && isAcronym(words[0]) && !isTitleWord(words[0]) {
		return true // "RCMP", "PBO"
	}
	if bodyWords.hasWord(words[len(words)-1]) {
		return true
	}
	for k := 1; k < len(words); k++ {
		if words[k] == "of" && bodyWords.hasWord(words[k-1]) {
			return true
		}
	}
	return false
}

// isAcronym reports whether w is an upper-case abbreviation of two to six
// letters ("RCMP", "IRCC"): the name of a body, not of a person.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isTitleWord reports whether a capitalized word is a title, also as the
// last part of a hyphenated one ("Vice-President", "then-Premier").
func isTitleWord(w string) bool {
	if titleWords.hasWord(w) {
		return true
	}
	i := strings.LastIndexByte(w, '-')
	return i > 0 && titleWords.hasWord(w[i+1:])
}

// courtesyTitles are titles that give no role ("Mr", "Ms"), from
// lexicon/courtesy-titles.txt.
var courtesyTitles = loadWordSet("courtesy-titles")

// onlyCourtesyTitles reports whether every word is a courtesy title.
func onlyCourtesyTitles(words []string) bool {
	for _, w := range words {
		if !courtesyTitles.hasWord(w) {
			return false
		}
	}
	return len(words) > 0
}

// titleKey returns the lower-case key of a title word ("Vice-President" →
// "president", "Sen." → "sen").
func titleKey(w string) string {
	if lw, ok := titleWords.lookupLower(trimPossessive(w)); ok {
		return canonicalTitle(lw) // no copy of a known title
	}
	lw := lowerWord(w)
	if i := strings.LastIndexByte(lw, '-'); i > 0 && !titleWords.has(lw) {
		lw = lw[i+1:]
	}
	return canonicalTitle(lw)
}

// titleSynonyms maps title abbreviations to the title word they stand for
// ("pm" → "minister"), from lexicon/title-synonyms.txt.
var titleSynonyms = loadPairs("title-synonyms")

// canonicalTitle returns the title word a lower-case title stands for,
// without its abbreviation's dot ("sen." → "sen", "pm" → "minister").
func canonicalTitle(t string) string {
	t = strings.TrimSuffix(t, ".")
	if c, ok := titleSynonyms[t]; ok {
		return c
	}
	return t
}
