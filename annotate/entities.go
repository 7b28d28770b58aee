package annotate

import (
	"encoding/binary"
	"strings"

	"github.com/annotty/annotty/model"
)

// entity is one person or body the article refers to.
type entity struct {
	name []string // canonical name words; set only through setName
	// display is name joined with spaces, once displayName needed it.
	display  string
	body     bool
	role     bool // known only by a role ("spokesman")
	first    int  // byte offset of the first mention
	mentions spanList
	aliases  []string
	quotes   int
	gender   byte // 'm', 'f' or 0 when unknown
	// last is the byte offset of the latest mention.
	last int
	// office and affil are the first title phrase and affiliation the
	// article gives the person ("National Security Adviser", "White House").
	office, affil string
}

// addMention records a mention of the entity.
func (e *entity) addMention(s model.Span) {
	e.mentions.add(s)
	e.last = max(e.last, s.Start)
}

// spanList holds spans in the order added, packed: each is its start's
// distance from the previous start and its length, as varints (2–4 bytes a
// span rather than 16). Most entities of an article are capitalized words
// never shown; the few speakers among them have their mentions unpacked
// once, at the end.
type spanList struct {
	packed    []byte
	lastStart int
}

// add appends s.
func (l *spanList) add(s model.Span) {
	l.packed = binary.AppendVarint(l.packed, int64(s.Start-l.lastStart))
	l.packed = binary.AppendVarint(l.packed, int64(s.End-s.Start))
	l.lastStart = s.Start
}

// appendTo appends the spans to out, in the order added.
func (l *spanList) appendTo(out []model.Span) []model.Span {
	start := 0
	for b := l.packed; len(b) > 0; {
		d, n := binary.Varint(b)
		length, m := binary.Varint(b[n:])
		b = b[n+m:]
		start += int(d)
		out = append(out, model.Span{Start: start, End: start + int(length)})
	}
	return out
}

// newEntity returns an entity named by (a copy of) words.
func newEntity(words []string, first int) *entity {
	e := &entity{first: first}
	e.setName(words)
	return e
}

// setName gives e the canonical name words (copied).
func (e *entity) setName(words []string) {
	e.name = append([]string(nil), words...)
	e.display = ""
}

// displayName returns the canonical name. It is joined on first use: most
// entities (every capitalized run read) are never shown.
func (e *entity) displayName() string {
	if e.display == "" {
		e.display = strings.Join(e.name, " ")
	}
	return e.display
}

// addAlias records a way of referring to the entity other than its name.
func (e *entity) addAlias(a string) {
	if a == "" || strings.EqualFold(a, e.displayName()) {
		return
	}
	for _, x := range e.aliases {
		if strings.EqualFold(x, a) {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

// registry resolves mentions to entities as the article is read in order.
type registry struct {
	text   string
	all    []*entity
	byName map[string]*entity
	byLast map[string]*entity
	// sharedLast lists, for a family name borne by several persons of the
	// article ("Donald Trump", "Melania Trump"), all of them.
	sharedLast map[string][]*entity
	// byFirst files two-word names whose first word is no given name under
	// that word, which may be a family name written first ("Wang Qishan").
	byFirst  map[string]*entity
	byTitle  map[string]*entity
	lastBody *entity // the most recent body credited with a quote
	lastSeen *entity // the most recent person named anywhere
	// lastBodySeen is the most recent body named anywhere.
	lastBodySeen *entity
	keyBuf       []byte
	// seen maps lone capitalized words (lower case) to where they first appeared.
	seen map[string]int
	// recent lists the latest persons credited with a quote or opening a
	// sentence as its subject, oldest first: pronouns resolve among them.
	recent []personEvent
	// ambiguous is set by the latest pronoun resolution when another recent
	// person could be meant as well.
	ambiguous bool
}

// newRegistry returns an empty registry for text.
func newRegistry(text string) *registry {
	return &registry{text: text, byName: map[string]*entity{}, byLast: map[string]*entity{},
		byTitle: map[string]*entity{}, seen: map[string]int{}, sharedLast: map[string][]*entity{}, byFirst: map[string]*entity{}}
}

// key returns the lookup key of name words.
func key(words []string) string { return strings.ToLower(strings.Join(words, " ")) }

// lookup finds the entity named by words without allocating a key.
func (r *registry) lookup(words []string) (*entity, bool) {
	r.keyBuf = r.keyBuf[:0]
	for i, w := range words {
		if i > 0 {
			r.keyBuf = append(r.keyBuf, ' ')
		}
		r.keyBuf = appendLower(r.keyBuf, w)
	}
	if !isASCII(r.keyBuf) {
		e, ok := r.byName[key(words)]
		return e, ok
	}
	e, ok := r.byName[string(r.keyBuf)]
	return e, ok
}

// isASCII reports whether b holds only ASCII bytes.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// observe registers a name mention met while reading (not necessarily a
// speaker) and returns its entity, or nil for a role or pronoun.
func (r *registry) observe(m mention) *entity {
	if m.kind != mentionName || len(m.words) == 0 {
		return nil
	}
	e := r.resolveName(m)
	e.addMention(m.span)
	if e.office == "" && m.role != "" {
		e.office = m.role
	}
	if e.affil == "" && m.affil != "" {
		e.affil = m.affil
	}
	for _, t := range m.titles {
		r.byTitle[t] = e
	}
	if len(m.titles) > 0 && !e.body {
		if g := genderOfName(m.words, m.titles); g != 0 {
			e.gender = g // "Mrs May", also for a name first met bare
		}
	}
	if !e.body && (len(m.titles) > 0 || len(e.name) >= 2) {
		r.lastSeen = e
	}
	if e.body && !newsAgencies.hasLower(e.displayName()) { // key(e.name), not copied
		r.lastBodySeen = e
	}
	return e
}

// newsAgencies are outlets named in credits and datelines (lower case).
var newsAgencies = phraseSet(loadPhrases("news-agencies"))

// observeInText registers a name met in the article's narration. A lone
// untitled word ("Bombs", "Sullivan") only counts as a mention of an entity
// already known; otherwise it is just remembered as seen.
func (r *registry) observeInText(m mention) *entity {
	if m.kind != mentionName || len(m.words) != 1 || len(m.titles) > 0 {
		return r.observe(m)
	}
	e, ok := r.lookup(m.words)
	if !ok && !m.body {
		e, ok = r.bySurname(string(r.keyBuf))
	}
	if ok {
		e.addMention(m.span)
		return e
	}
	if _, seen := r.seen[string(r.keyBuf)]; !seen {
		r.seen[string(r.keyBuf)] = m.span.Start
	}
	return nil
}

// observeWord is observeInText for a lone untitled word at byte offset pos,
// without building a mention.
func (r *registry) observeWord(word string, pos int) *entity {
	word = trimPossessive(word)
	r.keyBuf = appendLower(r.keyBuf[:0], word)
	if !isASCII(r.keyBuf) {
		r.keyBuf = append(r.keyBuf[:0], strings.ToLower(word)...)
	}
	e, ok := r.byName[string(r.keyBuf)]
	if !ok {
		e, ok = r.bySurname(string(r.keyBuf))
	}
	if ok {
		e.addMention(model.Span{Start: pos, End: pos + len(word)})
		return e
	}
	if _, seen := r.seen[string(r.keyBuf)]; !seen {
		r.seen[string(r.keyBuf)] = pos
	}
	return nil
}

// knownBefore reports whether a name was met before byte offset pos.
func (r *registry) knownBefore(words []string, pos int) bool {
	if len(words) == 1 {
		r.lookup(words)
		if first, ok := r.seen[string(r.keyBuf)]; ok && first < pos {
			return true
		}
	}
	if e, ok := r.lookup(words); ok && e.first < pos {
		return true
	}
	if len(words) == 1 {
		if e, ok := r.byLast[strings.ToLower(words[0])]; ok && e.first < pos {
			return true
		}
	}
	return false
}

// resolveName finds or creates the entity for a name mention: a single
// word matches the last name of a known full name ("Sullivan").
func (r *registry) resolveName(m mention) *entity {
	if e, ok := r.lookup(m.words); ok {
		return e
	}
	var k, last string
	if isASCII(r.keyBuf) {
		// lookup left the key in keyBuf; the last word ends it.
		k = string(r.keyBuf)
		last = k[len(k)-len(m.words[len(m.words)-1]):]
	} else {
		k, last = key(m.words), strings.ToLower(m.words[len(m.words)-1])
	}
	if len(m.words) == 1 && !m.body {
		if e, ok := r.bySurname(last); ok && fitsTitles(e, m.titles) {
			return e
		}
		// "Mr. Obama" is not Michelle Obama: a gendered title picks among
		// the persons sharing the family name.
		for _, x := range r.sharedLast[last] {
			if x.gender != 0 && fitsTitles(x, m.titles) {
				return x
			}
		}
	}
	if len(m.words) >= 2 && !m.body {
		if e, ok := r.byName[last]; ok && len(e.name) == 1 && !e.body {
			// "Sullivan" was met before "Jake Sullivan": upgrade it.
			e.addAlias(e.displayName())
			e.setName(m.words)
			if e.gender == 0 {
				e.gender = genderOfName(m.words, m.titles)
			}
			r.byName[k] = e
			r.byLast[last] = e
			return e
		}
	}
	e := newEntity(m.words, m.span.Start)
	e.body = m.body
	if len(m.words) == 1 {
		// A lone word seen earlier in the narration was its first mention.
		if pos, ok := r.seen[strings.ToLower(m.words[0])]; ok && pos < e.first {
			e.first = pos
		}
	}
	e.gender = genderOfName(m.words, m.titles)
	r.all = append(r.all, e)
	r.byName[k] = e
	if !m.body {
		r.addSurname(last, e)
		if len(m.words) == 2 && !isGivenName(m.words[0]) && len(m.titles) > 0 {
			// Family name first ("Vice-President Wang Qishan" … "Wang said");
			// only a titled name is surely a person.
			if _, taken := r.byFirst[strings.ToLower(m.words[0])]; !taken {
				r.byFirst[strings.ToLower(m.words[0])] = e
			}
		}
	}
	return e
}

// resolveSpeaker returns the entity a speaker mention refers to: a name is
// resolved as above, a pronoun to the most recent compatible speaker, a role
// ("the president") to the person last named with that title.
func (r *registry) resolveSpeaker(m mention) *entity {
	var e *entity
	switch m.kind {
	case mentionName:
		e = r.observe(m)
		if e != nil && len(m.words) < len(e.name) {
			e.addAlias(strings.Join(m.words, " "))
		}
	case mentionPronoun:
		r.ambiguous = false
		switch {
		case m.words[0] == "it":
			// "it said" speaks for a body: the last one quoted or named.
			if e = r.lastBody; e == nil {
				e = r.lastBodySeen
			}
			if e == nil {
				return nil
			}
		case m.words[0] == "they" && r.lastBody != nil:
			e = r.lastBody
		default:
			e = r.pronounReferent(m.words[0], m.span.Start)
		}
		if e == nil && r.lastSeen != nil && fitsPronoun(r.lastSeen, m.words[0]) {
			e = r.lastSeen
		}
		if e == nil {
			return nil
		}
		e.addAlias(r.text[m.span.Start:m.span.End])
	case mentionRole:
		if issuerNouns.has(m.words[0]) {
			return r.issuer(m)
		}
		if t := r.byTitle[m.words[0]]; t != nil {
			e = t
		} else if partyWords.has(m.words[0]) {
			return nil // "Republican" names no one unless a person bears it
		} else if bodyRoleNouns.has(m.words[0]) && r.lastBodySeen != nil {
			e = r.lastBodySeen
		} else {
			name := r.text[m.span.Start:m.span.End]
			name = stripDeterminer(name)
			k := strings.ToLower(name)
			if x, ok := r.byName[k]; ok {
				e = x
			} else {
				e = newEntity(strings.Fields(name), m.span.Start)
				e.role = true
				r.all = append(r.all, e)
				r.byName[k] = e
			}
		}
		e.addAlias(r.text[m.span.Start:m.span.End])
	}
	if e != nil {
		e.addMention(m.span)
		if e.first > m.span.Start {
			e.first = m.span.Start
		}
	}
	return e
}

// credit records that e said a quote, attributed at mention pos.
func (r *registry) credit(e *entity, pos int) {
	e.quotes++
	if e.body {
		r.lastBody = e
	} else if !e.role {
		r.notePerson(e, pos)
	}
}

// stripDeterminer drops a leading article or possessive from a phrase.
func stripDeterminer(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 && determiners.has(strings.ToLower(s[:i])) {
		return s[i+1:]
	}
	return s
}

// addSurname files person e under its family name key last; a second person
// with the same family name makes the name shared.
func (r *registry) addSurname(last string, e *entity) {
	prev, ok := r.byLast[last]
	r.byLast[last] = e
	if !ok || prev == e {
		return
	}
	if len(r.sharedLast[last]) == 0 {
		r.sharedLast[last] = []*entity{prev}
	}
	r.sharedLast[last] = append(r.sharedLast[last], e)
}

// bySurname returns the person a bare family name refers to. When several
// persons share it, it is the one the article is about: someone already
// quoted before anyone who is not, then the one mentioned most recently
// ("Trump" is Donald Trump, quoted, not Melania Trump, named once).
func (r *registry) bySurname(last string) (*entity, bool) {
	e, ok := r.byLast[last]
	if !ok {
		e, ok = r.byFirst[last]
		return e, ok
	}
	alts := r.sharedLast[last]
	if len(alts) == 0 {
		return e, ok
	}
	best := alts[0]
	for _, x := range alts[1:] {
		if (x.quotes > 0) != (best.quotes > 0) {
			if x.quotes > 0 {
				best = x
			}
			continue
		}
		if x.last > best.last {
			best = x
		}
	}
	return best, true
}

// partyWords are party titles that name no one, unless the article gave
// one to a person ("Republican Lindsey Graham" … "the Republican said").
var partyWords = loadWordSet("party-words")

// bodyRoleNouns stand for the body named most recently ("the company").
var bodyRoleNouns = loadWordSet("body-role-nouns")

// issuerNouns are documents that speak for whoever issued them.
var issuerNouns = loadWordSet("issuer-nouns")

// issuer resolves a document mention ("her statement", "the RCMP
// statement", "its report") to whoever issued it: the owner the possessive
// points to, or the name inside the phrase; nil when the phrase names nobody
// ("a statement said"), so that the quote gets no speaker rather than
// "statement".
func (r *registry) issuer(m mention) *entity {
	phrase := r.text[m.span.Start:m.span.End]
	words := strings.Fields(phrase)
	pronoun := ""
	switch strings.ToLower(words[0]) {
	case "his":
		pronoun = "he"
	case "her":
		pronoun = "she"
	case "their":
		pronoun = "they"
	case "its":
		pronoun = "it"
	}
	if pronoun != "" {
		return r.resolveSpeaker(mention{kind: mentionPronoun, span: model.Span{Start: m.span.Start, End: m.span.Start + len(words[0])}, words: []string{pronoun}})
	}
	off := m.span.Start
	for _, w := range words {
		at := strings.Index(r.text[off:m.span.End], w) + off
		off = at + len(w)
		if !isCapitalized(w) || notNameWords.hasWord(w) {
			continue
		}
		name := []string{trimPossessive(w)}
		end := at + len(name[0])
		// "the Trump campaign's website": the campaign, not Trump, issued it.
		if rest := strings.Fields(r.text[off:m.span.End]); name[0] == w && len(rest) > 1 && bodyWords.hasWord(rest[0]) {
			name = append(name, trimPossessive(rest[0]))
			end = strings.Index(r.text[off:], rest[0]) + off + len(name[1])
		}
		return r.resolveSpeaker(mention{kind: mentionName, span: model.Span{Start: at, End: end},
			words: name, body: isBodyName(name)})
	}
	if n, ok := r.issuedBy(m.span.End); ok {
		return r.resolveSpeaker(n)
	}
	// "The Pentagon released a statement. The statement said …": the body
	// named just before issued it.
	if b := r.lastBodySeen; b != nil && b.last < m.span.Start && m.span.Start-b.last <= maxIssuerGap {
		return b
	}
	return nil
}

// maxIssuerGap is how many bytes before a document mention the body that
// issued it may be named.
const maxIssuerGap = 300

// issuedBy reads the issuer named right after a document phrase ending at
// byte end: "a statement from the Gatsby Foundation", "a memo by Jane Doe".
func (r *registry) issuedBy(end int) (mention, bool) {
	rest := r.text[end:min(len(r.text), end+120)]
	var lead string
	for _, p := range []string{" from the ", " by the ", " from ", " issued by ", " by "} {
		if strings.HasPrefix(rest, p) {
			lead = p
			break
		}
	}
	if lead == "" {
		return mention{}, false
	}
	start := end + len(lead)
	var words []string
	pos := start
	for w := range strings.FieldsSeq(r.text[start:min(len(r.text), start+100)]) {
		clean := strings.TrimRight(w, ",.;:!?\"”’)")
		if !isCapitalized(clean) && !(len(words) > 0 && nameParticles.has(clean)) || notNameWords.hasWord(clean) {
			break
		}
		words = append(words, trimPossessive(clean))
		pos = strings.Index(r.text[pos:], clean) + pos + len(clean)
		if clean != w {
			break
		}
	}
	if len(words) == 0 {
		return mention{}, false
	}
	return mention{kind: mentionName, span: model.Span{Start: start, End: pos}, words: words, body: isBodyName(words) || lead != " by " && lead != " issued by "}, true
}

// fitsTitles reports whether person e can bear the titles of a mention: a
// title that implies a gender ("Mr", "Mrs") must not contradict e's.
func fitsTitles(e *entity, titles []string) bool {
	g := genderOfName(nil, titles)
	return g == 0 || e.gender == 0 || e.gender == g
}
