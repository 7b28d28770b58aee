package annotate

import "strings"

// femaleNames and maleNames are given names that point to a gender (see
// lexicon/README.md for their source and licence).
var (
	femaleNames = loadWordSet("first-names-female")
	maleNames   = loadWordSet("first-names-male")
	// givenNames adds the names both sexes bear ("Jordan").
	givenNames = unionWordSets(femaleNames, maleNames, loadWordSet("first-names-unisex"))
)

// isGivenName reports whether a capitalized word is a known given name.
func isGivenName(w string) bool { return givenNames.hasWord(strings.TrimSuffix(w, ".")) }

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
	case femaleNames.hasWord(first):
		return 'f'
	case maleNames.hasWord(first):
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
