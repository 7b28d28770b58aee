package annotate

// evidenceConfidence turns the confidence of the rule that found a cue into
// the confidence that the speaker shown is the right person, from how the
// mention names them (see docs/analyze.md, "Confidence"):
//   - a full name, or a family name of a person the article named in full,
//     keeps the rule's confidence;
//   - a lone capitalized word never seen with a given name may not be a
//     person at all ("Twitter", "Rather"): at most confLoneWord;
//   - a body (an organization) is at most confBody;
//   - "he"/"she" resolved to someone whose gender the name or a title
//     confirms, with no other recent person it could stand for, is at most
//     confPronounChecked, other pronouns confPronoun;
//   - a role not tied to a named person ("a spokesman") is at most confRole.
func evidenceConfidence(rule float64, m mention, who *entity, ambiguous bool) float64 {
	limit := 1.0
	switch {
	case who.role:
		limit = confRole
	case m.kind == mentionPronoun:
		limit = confPronoun
		if g := pronounGender(m.words[0]); g != 0 && who.gender == g && !who.body && !ambiguous {
			limit = confPronounChecked
		}
	case who.body:
		limit = confBody
	case m.kind == mentionRole:
		limit = confRoleResolved
	case len(who.name) < 2:
		limit = confLoneWord
	}
	return min(rule, limit)
}

// Upper bounds of the confidence by kind of evidence.
const (
	confPronounChecked = 0.85
	confPronoun        = 0.6
	confBody           = 0.75
	confRoleResolved   = 0.8
	confLoneWord       = 0.6
	confRole           = 0.45
)
