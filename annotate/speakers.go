package annotate

import (
	"strings"

	"github.com/annotty/annotty/model"
)

// attribution is the speaker found for one quotation (48 bytes; an
// article may hold one for every quotation).
type attribution struct {
	who        *entity
	mention    model.Span
	cue        *model.Span
	confidence float64
	// kind is how the mention names the speaker (name, pronoun, role).
	kind mentionKind
	// basis is the rule that found the speaker.
	basis attributionRule
	// inherited marks a speaker taken over from an earlier quote.
	inherited bool
}

// attributionRule is an attribution rule, model.AttributionBasis in one byte.
type attributionRule uint8

// The attribution rules.
const (
	ruleAdjacentCue attributionRule = iota + 1
	ruleCueBefore
	ruleDistantCue
	ruleContinued
	ruleParagraph
	ruleSubject
)

// ruleBasis names each rule as the model does.
var ruleBasis = [...]model.AttributionBasis{
	ruleAdjacentCue: model.BasisAdjacentCue, ruleCueBefore: model.BasisCueBefore,
	ruleDistantCue: model.BasisDistantCue, ruleContinued: model.BasisContinued,
	ruleParagraph: model.BasisParagraph, ruleSubject: model.BasisSubject,
}

// model returns the model's name for the rule.
func (r attributionRule) model() model.AttributionBasis { return ruleBasis[r] }

// Confidence levels of the attribution rules.
const (
	confAdjacentCue = 0.9
	confCueBefore   = 0.8
	confDistantCue  = 0.7
	confContinued   = 0.7
	confParagraph   = 0.55
	confSubject     = 0.5
)

// ruleConfidence is the confidence of each attribution rule before the
// evidence of the mention caps it (evidenceConfidence).
var ruleConfidence = [...]float64{
	ruleAdjacentCue: confAdjacentCue, ruleCueBefore: confCueBefore,
	ruleDistantCue: confDistantCue, ruleContinued: confContinued,
	ruleParagraph: confParagraph, ruleSubject: confSubject,
}

// maxCueTokens bounds how far from a quote its cue is looked for.
const (
	maxCueAfter  = 25
	maxCueBefore = 35
)

// cue is a speech verb with its speaker mention.
type cue struct {
	verb    model.Span // empty when the speaker is only the sentence's subject
	who     mention
	verbTok int
}

// cueAfter looks for "…," X said / said X / according to X after the quote
// token qi, up to the end of the sentence.
func cueAfter(text string, toks []token, qi int) (cue, bool) {
	hi := len(toks)
	if qi+2 < hi && toks[qi+1].kind == tokPunct && isDash(text[toks[qi+1].start:toks[qi+1].end]) &&
		(qi+3 >= hi || toks[qi+3].kind != tokWord || isNameWord(toks[qi+3])) {
		if m, ok := mentionStartingAt(text, toks, qi+2, hi); ok && m.kind == mentionName {
			d := toks[qi+1]
			return cue{verb: model.Span{Start: d.start, End: d.end}, who: m, verbTok: qi + 1}, true
		}
	}
	for v := qi + 1; v < hi && v-qi <= maxCueAfter; v++ {
		t := toks[v]
		if t.kind == tokQuote {
			break
		}
		if t.kind == tokPunct {
			if isSentenceEnd(text[t.start:t.end]) {
				break
			}
			continue
		}
		w := text[t.start:t.end]
		if c, words, ok := accordingToCue(text, toks, v, hi); words {
			if ok {
				return c, true
			}
			continue
		}
		if isCapitalized(w) && v > qi+1 || !speechVerbs.hasWord(w) || usedAsNoun(text, toks, v, qi+1) {
			continue
		}
		if m, ok := subjectBefore(text, toks, v, qi+1); ok {
			return cue{verb: model.Span{Start: t.start, End: t.end}, who: m, verbTok: v}, true
		}
		if inversionVerbs.hasWord(w) || !objectVerbs.hasWord(w) && v == qi+1 {
			if m, ok := mentionStartingAt(text, toks, v+1, hi); ok {
				return cue{verb: model.Span{Start: t.start, End: t.end}, who: m, verbTok: v}, true
			}
		}
	}
	return cue{}, false
}

// accordingToCue reads "according to X" at token v, X ending before token
// hi: words reports whether "according to" is there, ok whether X is a
// mention (then c is the cue).
func accordingToCue(text string, toks []token, v, hi int) (c cue, words, ok bool) {
	t := toks[v]
	if !strings.EqualFold(text[t.start:t.end], "according") || v+1 >= hi || !strings.EqualFold(text[toks[v+1].start:toks[v+1].end], "to") {
		return cue{}, false, false
	}
	m, ok := mentionStartingAt(text, toks, v+2, hi)
	return cue{verb: model.Span{Start: t.start, End: toks[v+1].end}, who: m, verbTok: v}, true, ok
}

// cueBefore looks for X said: "…" / according to X, "…" in the sentence
// before the quote token qi.
func cueBefore(text string, toks []token, qi int) (cue, bool) {
	lo := sentenceStart(text, toks, qi)
	// After another quotation ("…," Thiel wrote to Wired, explaining, "…")
	// the cue nearest that quotation is the one that counts.
	forward := lo > 0 && toks[lo-1].kind == tokQuote
	for n := 0; n < qi-lo; n++ {
		v := qi - 1 - n
		if forward {
			v = lo + n
		}
		t := toks[v]
		if t.kind != tokWord {
			continue
		}
		w := text[t.start:t.end]
		if c, words, ok := accordingToCue(text, toks, v, qi); words {
			if ok {
				return c, true
			}
			continue
		}
		if isCapitalized(w) || !speechVerbs.hasWord(w) || usedAsNoun(text, toks, v, lo) {
			continue
		}
		// "Clinton chimed in on Twitter, saying …": a participle's subject
		// is the sentence's subject.
		if strings.HasSuffix(w, "ing") {
			if m, ok := sentenceSubject(text, toks, lo, v); ok {
				return cue{verb: model.Span{Start: t.start, End: t.end}, who: m, verbTok: v}, true
			}
		}
		if m, ok := subjectBefore(text, toks, v, lo); ok {
			return cue{verb: model.Span{Start: t.start, End: t.end}, who: m, verbTok: v}, true
		}
		if m, ok := sentenceSubject(text, toks, lo, v); ok {
			return cue{verb: model.Span{Start: t.start, End: t.end}, who: m, verbTok: v}, true
		}
	}
	return cue{}, false
}

// subjectBefore finds the subject of the verb at toks[v], no further left
// than toks[lo]: the mention right before it, past adverbs ("also") and an
// appositive set off by commas ("Sullivan, the adviser, said").
func subjectBefore(text string, toks []token, v, lo int) (mention, bool) {
	k := v - 1
	for k >= lo && toks[k].kind == tokWord && subjectSkips.hasWord(text[toks[k].start:toks[k].end]) {
		k--
	}
	if k-1 >= lo && toks[k].kind == tokPunct && text[toks[k].start:toks[k].end] == "," &&
		toks[k-1].kind == tokPunct && text[toks[k-1].start:toks[k-1].end] == ")" {
		k-- // "Gov. John Kasich (R-OH), said"
	}
	if k >= lo && toks[k].kind == tokPunct && text[toks[k].start:toks[k].end] == ")" {
		// "Rep. Earl Blumenauer (D-Ore.) said": skip the parenthesis.
		j := k - 1
		for j >= lo && k-j <= 8 && !(toks[j].kind == tokPunct && text[toks[j].start:toks[j].end] == "(") {
			j--
		}
		if j > lo && k-j <= 8 {
			k = j - 1
		}
	}
	if k < lo {
		return mention{}, false
	}
	if toks[k].kind == tokPunct && text[toks[k].start:toks[k].end] == "," {
		return appositiveSubject(text, toks, k, lo)
	}
	if m, ok := mentionEndingAt(text, toks, k, lo); ok {
		m = ownerOfName(text, toks, m, k, lo)
		if m.kind == mentionName && afterPreposition(text, toks, nameRunStart(text, toks, k, lo)) {
			return mention{}, false // "… on Twitter, writing"
		}
		return m, true
	}
	return determinedPhrase(text, toks, k, lo)
}

// maxAppositive bounds, in tokens, the appositives walked over between a
// subject and its verb ("Navdeep Bains, Minister of Innovation, Science and
// Economic Development, said").
const maxAppositive = 30

// appositiveSubject finds the subject before the comma toks[k] that closes
// an appositive: the name before the appositive's first comma, past commas
// inside it; or the role that opens it; or, with no comma before, the
// appositive itself ("…," a spokesman, Jane Doe, said).
func appositiveSubject(text string, toks []token, k, lo int) (mention, bool) {
	var role mention
	haveRole := false
	for j := k - 1; j >= lo && k-j <= maxAppositive; j-- {
		t := toks[j]
		if t.kind == tokQuote || t.kind == tokPunct && isSentenceEnd(text[t.start:t.end]) && !insideWord(toks, j) {
			break
		}
		if t.kind != tokPunct || text[t.start:t.end] != "," || j-1 < lo {
			continue
		}
		m, ok := mentionEndingAt(text, toks, j-1, lo)
		if !ok {
			continue
		}
		m = appositiveName(text, toks, m, j+1, k)
		if m.kind == mentionName {
			return m, true
		}
		if !haveRole {
			role, haveRole = m, true
		}
	}
	if haveRole {
		return role, true
	}
	if k-1 >= lo {
		m, ok := mentionEndingAt(text, toks, k-1, lo)
		if ok && m.kind == mentionName && afterPreposition(text, toks, nameRunStart(text, toks, k-1, lo)) {
			return mention{}, false // "… on Twitter, writing"
		}
		return m, ok
	}
	return mention{}, false
}

// appositiveName returns the name that makes up the whole appositive
// toks[from:to] when m is a role ("The company's CEO, Ann Park, said":
// Ann Park speaks); otherwise it returns m.
func appositiveName(text string, toks []token, m mention, from, to int) mention {
	if m.kind != mentionRole || from >= to {
		return m
	}
	if n, ok := mentionEndingAt(text, toks, to-1, from); ok && n.kind == mentionName && n.span.Start == toks[from].start {
		return n
	}
	return m
}

// ownerOfName returns the role a name mention ending at toks[k] depends on,
// when there is one: in "a spokesman for House Speaker Paul Ryan told", the
// spokesman speaks, not Paul Ryan. Otherwise it returns m.
func ownerOfName(text string, toks []token, m mention, k, lo int) mention {
	if m.kind != mentionName {
		return m
	}
	s := nameRunStart(text, toks, k, lo)
	if s-2 < lo || toks[s-1].kind != tokWord || toks[s-2].kind != tokWord {
		return m
	}
	switch text[toks[s-1].start:toks[s-1].end] {
	case "for", "of", "to", "with":
	default:
		return m
	}
	if !roleNouns.hasWord(text[toks[s-2].start:toks[s-2].end]) {
		return m
	}
	return roleMention(text, toks, s-2, lo)
}

// isDash reports whether a punctuation token is a dash that can introduce
// a quote's source ("…" ― Karen Bobadilla).
func isDash(s string) bool {
	return s == "—" || s == "―" || s == "–" || s == "-"
}

// usedAsNoun reports whether the verb-looking word toks[v] is a noun: it
// follows a possessive or an article ("Sanders's call", "a claim").
func usedAsNoun(text string, toks []token, v, lo int) bool {
	if v-1 < lo || toks[v-1].kind != tokWord {
		return false
	}
	prev := text[toks[v-1].start:toks[v-1].end]
	if trimPossessive(prev) != prev {
		return true
	}
	switch prev {
	case "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that":
		return true
	}
	return false
}

// insideWord reports whether punctuation token toks[j] touches words on
// both sides ("e.GO"): it ends no sentence.
func insideWord(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j-1].end == toks[j].start && toks[j+1].start == toks[j].end &&
		toks[j-1].kind == tokWord && toks[j+1].kind == tokWord
}
