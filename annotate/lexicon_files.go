package annotate

import (
	"embed"
	"strings"
)

// lexiconFiles holds the detection lexicons as data a person can edit: one
// file per list, words separated by white space (phrase lists: one phrase a
// line), "#" starting a comment line. See lexicon/README.md.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// lexiconText returns the content lines of lexicon/name.txt without comment
// and blank lines. A missing file is a build mistake, so it panics at start-up
// (a test loads every list).
func lexiconText(name string) []string {
	data, err := lexiconFiles.ReadFile("lexicon/" + name + ".txt")
	if err != nil {
		panic("annotate: missing lexicon " + name + ": " + err.Error())
	}
	var lines []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
	}
	return lines
}

// loadWordSet reads the word list lexicon/name.txt into a set.
func loadWordSet(name string) wordSet {
	return newWordSet(lexiconText(name)...)
}

// loadPhrases reads the phrase list lexicon/name.txt, one lower-case phrase
// a line, keeping a trailing space written as "␠" ("related␠").
func loadPhrases(name string) []string {
	lines := lexiconText(name)
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(strings.ToLower(l), "␠", " ")
	}
	return lines
}

// firstBytes flags the first bytes of phrases: a line whose first byte is
// not flagged starts with none of them.
type firstBytes [256]bool

// firstBytesOf returns the first bytes of phrases.
func firstBytesOf(phrases []string) *firstBytes {
	var f firstBytes
	for _, p := range phrases {
		if p != "" {
			f[p[0]] = true
		}
	}
	return &f
}

// candidates returns phrases, the list f was built from, when b may start
// with one of them, and nil when its first byte rules them all out.
func (f *firstBytes) candidates(b []byte, phrases []string) []string {
	if len(b) == 0 || !f[b[0]] {
		return nil
	}
	return phrases
}

// firstWordsOf returns the set of the first words of phrases (up to a space
// or a colon), the cheap pre-test of the promo rules.
func firstWordsOf(lists ...[]string) wordSet {
	s := emptyWordSet()
	for _, list := range lists {
		for _, p := range list {
			if i := strings.IndexAny(p, " :"); i > 0 {
				p = p[:i]
			}
			s.add(p)
		}
	}
	return s
}

// phraseSet returns a set of whole phrases (with their spaces).
func phraseSet(phrases []string) wordSet {
	s := emptyWordSet()
	for _, p := range phrases {
		s.add(p)
	}
	return s
}

// loadPairs reads lexicon/name.txt as "key value" pairs, one a line.
func loadPairs(name string) map[string]string {
	out := map[string]string{}
	for _, line := range lexiconText(name) {
		if k, v, ok := strings.Cut(line, " "); ok {
			out[strings.ToLower(k)] = strings.TrimSpace(v)
		}
	}
	return out
}
