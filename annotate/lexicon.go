package annotate

import (
	"strings"
	"unicode/utf8"
)

// wordSet is a set of lower-case words. Besides the words it keeps their
// shapes (first byte and length), so that most lookups of words not in the
// set, the common case, are answered without hashing; and it keeps them in
// a compact open-addressing table whose hash folds ASCII case as it goes,
// so that hasWord neither copies nor lower-cases a word to look it up. The
// shapes and the table are small, so that the many sets stay in cache.
type wordSet struct{ t *wordTable }

// wordTable is a wordSet's storage.
type wordTable struct {
	words map[string]struct{}
	// shapes[c&31] has bit n set when a word of n bytes (n < 63; bit 63
	// for longer ones) starts with byte c (a and A share a bucket).
	shapes [32]uint64
	// list holds the words; slots holds, at hashWord(w)&mask (probing
	// forward on a collision), slotTag(hash)<<slotTagShift | (index in list
	// + 1), 0 for an empty slot. It is rebuilt when half full.
	list  []string
	slots []uint32
	mask  uint64
}

// A slot's index part has slotTagShift bits, its tag the rest: a probe
// compares a word only when the tag (top hash bits) matches.
const (
	slotTagShift = 24
	slotIndex    = 1<<slotTagShift - 1
)

// slotTag returns the tag of hash h.
func slotTag(h uint64) uint32 { return uint32(h >> (64 - (32 - slotTagShift))) }

// shapeBit returns the bit of a word length in wordTable.shapes.
func shapeBit(n int) uint64 { return 1 << min(n, 63) }

// emptyWordSet returns a set with no words.
func emptyWordSet() wordSet {
	return wordSet{&wordTable{words: map[string]struct{}{}, slots: make([]uint32, 8), mask: 7}}
}

// FNV-1a, 64 bits: the hash of the slots table.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashWord returns the hash of w as stored (no case folding).
func hashWord(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// add puts w in the set.
func (s wordSet) add(w string) {
	t := s.t
	if _, ok := t.words[w]; ok || w == "" {
		return
	}
	if len(t.list) >= slotIndex {
		panic("annotate: word set too large")
	}
	t.words[w] = struct{}{}
	t.shapes[w[0]&31] |= shapeBit(len(w))
	t.list = append(t.list, w)
	if 2*len(t.list) > len(t.slots) {
		t.slots = make([]uint32, 4*len(t.slots))
		t.mask = uint64(len(t.slots) - 1)
		for k := range t.list {
			t.insert(k)
		}
		return
	}
	t.insert(len(t.list) - 1)
}

// insert files list[k] in a free slot.
func (t *wordTable) insert(k int) {
	h := hashWord(t.list[k])
	i := h & t.mask
	for t.slots[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = slotTag(h)<<slotTagShift | uint32(k+1)
}

// all returns the words of the set (for tests and unions; do not modify).
func (s wordSet) all() map[string]struct{} { return s.t.words }

// newWordSet builds a wordSet from space-separated lists.
func newWordSet(lists ...string) wordSet {
	s := emptyWordSet()
	for _, list := range lists {
		start := -1
		for i := 0; i <= len(list); i++ {
			if i == len(list) || list[i] == ' ' || list[i] == '\n' || list[i] == '\t' {
				if start >= 0 {
					s.add(list[start:i])
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
	}
	return s
}

// unionWordSets returns a set holding the words of all the sets.
func unionWordSets(sets ...wordSet) wordSet {
	u := emptyWordSet()
	for _, s := range sets {
		for w := range s.t.words {
			u.add(w)
		}
	}
	return u
}

// has reports whether w is in the set.
func (s wordSet) has(w string) bool {
	if w == "" || s.t.shapes[w[0]&31]&shapeBit(len(w)) == 0 {
		return false
	}
	h := hashWord(w)
	tag := slotTag(h)
	for i := h & s.t.mask; ; i = (i + 1) & s.t.mask {
		v := s.t.slots[i]
		if v == 0 {
			return false
		}
		if v>>slotTagShift == tag && s.t.list[v&slotIndex-1] == w {
			return true
		}
	}
}

// hasWord reports whether word w, lower-cased and without a possessive
// ending, is in the set. It does not allocate for ASCII words.
func (s wordSet) hasWord(w string) bool { return s.hasLower(trimPossessive(w)) }

// hasLower reports whether w, lower-cased, is in the set (has of
// strings.ToLower(w)). It does not allocate for ASCII words.
func (s wordSet) hasLower(w string) bool {
	_, ok := s.lookupLower(w)
	return ok
}

// lookupLower returns the word of the set that is w lower-cased, if any,
// without allocating for ASCII words.
func (s wordSet) lookupLower(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	c0 := w[0]
	if c0 >= 'A' && c0 <= 'Z' {
		c0 += 'a' - 'A'
	}
	if c0 < utf8.RuneSelf && s.t.shapes[c0&31]&shapeBit(len(w)) == 0 {
		return "", false // the lower-cased word has the same first byte and length
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			lw := strings.ToLower(w)
			return lw, s.has(lw)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	tag := slotTag(h)
	for i := h & s.t.mask; ; i = (i + 1) & s.t.mask {
		v := s.t.slots[i]
		if v == 0 {
			return "", false
		}
		if v>>slotTagShift != tag {
			continue
		}
		if x := s.t.list[v&slotIndex-1]; len(x) == len(w) && equalLowerASCII(x, w) {
			return x, true
		}
	}
}

// equalLowerASCII reports whether ASCII word w, lower-cased, is lower.
func equalLowerASCII(lower, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// speechVerbs are the verbs (all forms) that attribute words to a speaker.
var speechVerbs = loadWordSet("speech-verbs")

// objectVerbs take the listener or target as object, so the name after them
// is not the speaker ("told Sullivan", "called Biden").
var objectVerbs = loadWordSet("object-verbs")

// inversionVerbs may come before their subject after a quote ("…," said Sullivan).
var inversionVerbs = loadWordSet("inversion-verbs")

// subjectSkips are adverbs and auxiliaries between a subject and its verb.
var subjectSkips = loadWordSet("subject-skips")

// pronouns that can stand for a speaker.
var speakerPronouns = loadWordSet("speaker-pronouns")

// functionWords are capitalized at a sentence start but never part of a name.
var functionWords = loadWordSet("function-words")

// titleWords precede a person's name ("National Security Adviser Jake Sullivan")
// and are stripped from the canonical name.
var titleWords = loadWordSet("title-words")

// roleNouns head a noun phrase that can be a speaker ("the president",
// "a campaign spokeswoman", "officials", "the White House").
var roleNouns = loadWordSet("role-nouns")

// introWords open an introductory phrase before a sentence's subject
// ("In a statement, …", "On Tuesday, …").
var introWords = loadWordSet("intro-words")

// titleContexts come before a quoted title (of a show, book or song), which
// is not speech: on "Fox News Sunday", of "Morning Joe", titled "Arrogant".
var titleContexts = loadWordSet("title-contexts")

// bodyWords mark a capitalized name as an organization rather than a person.
var bodyWords = loadWordSet("body-words")

// nameParticles join the parts of a name ("Charles de Gaulle", "Secretary of State").
var nameParticles = loadWordSet("name-particles")

// subordinators open a clause that is not a quote's attribution.
var subordinators = loadWordSet("subordinators")

// determiners start a role noun phrase.
var determiners = loadWordSet("determiners")
