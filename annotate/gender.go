package annotate

import (
	"strings"
	"sync"
)

// firstNames are the given-name lists (see lexicon/README.md for their source
// and licence): the largest lexicons by far, so they are read on the first
// analysis rather than at start-up, where the reader's first frame would wait
// for them.
type firstNames struct {
	// female and male point to a gender; given adds the names both sexes bear ("Jordan").
	female, male, given wordSet
}

// names loads the given-name lists once, on first use (safe from any goroutine).
var names = sync.OnceValue(func() firstNames {
	f, m := loadWordSet("first-names-female"), loadWordSet("first-names-male")
	return firstNames{female: f, male: m, given: unionWordSets(f, m, loadWordSet("first-names-unisex"))}
})

// isGivenName reports whether a capitalized word is a known given name.
func isGivenName(w string) bool { return names().given.hasWord(strings.TrimSuffix(w, ".")) }

// genderOfName guesses the gender of a person's name words from its titles
// ("Mrs", "Mr") or its first given name: 'f', 'm', or 0 when the name does
// not tell.
func genderOfName(words, titles []string) byte {
	for _, t := range titles {
		if g := genderOfTitle(t); g != 0 {
			return g
		}
	}
	if len(words) < 2 {
		return 0
	}
	first := strings.TrimSuffix(words[0], ".")
	switch {
	case names().female.hasWord(first):
		return 'f'
	case names().male.hasWord(first):
		return 'm'
	}
	return 0
}

// genderOfTitle returns the gender a title word implies ("mrs" → 'f'), or 0.
func genderOfTitle(t string) byte {
	switch t {
	case "mr", "sir", "king", "prince", "lord", "congressman", "councilman", "assemblyman",
		"chairman", "spokesman", "businessman":
		return 'm'
	case "mrs", "ms", "miss", "lady", "queen", "princess", "dame", "congresswoman",
		"councilwoman", "assemblywoman", "chairwoman", "spokeswoman", "businesswoman":
		return 'f'
	}
	return 0
}

// pronounGender returns the gender a pronoun refers to, or 0 ("they", "it").
func pronounGender(p string) byte {
	switch p {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}
