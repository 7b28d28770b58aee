package annotate

import (
	"strings"
	"unicode/utf8"
)

// furnitureLines and furniturePrefixes are the caption and player lines of
// page furniture (lexicon/furniture-*.txt).
var (
	furnitureLines    = loadPhrases("furniture-lines")
	furniturePrefixes = loadPhrases("furniture-prefixes")
	// furnitureStarts are the first bytes of furniturePrefixes.
	furnitureStarts = firstBytesOf(furniturePrefixes)
)

// isFurniture reports whether a trimmed line (core, and lowerCore its lower
// case) is page furniture: a player or caption line, a photo credit on a line
// of its own ("(Andrew Vaughan/Canadian Press)"), or the byline of an
// embedded tweet ("— Jane Doe (@jdoe) May 3, 2019").
func isFurniture(core string, lowerCore []byte) bool {
	if len(lowerCore) <= maxFurnitureLine {
		bare := trimMarkerEnd(lowerCore)
		for _, l := range furnitureLines {
			if string(bare) == l {
				return true
			}
		}
	}
	for _, p := range furnitureStarts.candidates(lowerCore, furniturePrefixes) {
		if hasPrefix(lowerCore, p) {
			return true
		}
	}
	if len(core) > maxFurnitureLine {
		return false
	}
	return strings.IndexByte(core, '/') > 0 && isCreditLine(core) || isTweetByline(core)
}

// maxFurnitureLine bounds the bytes of a whole-line furniture marker, a
// credit or a tweet byline.
const maxFurnitureLine = 100

// isCreditLine reports whether line is only a photo credit: two short
// capitalized names around a slash ("Andrew Vaughan/Canadian Press",
// "(AP Photo/Evan Vucci)").
func isCreditLine(line string) bool {
	line = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "("), ")"))
	who, agency, ok := strings.Cut(line, "/")
	if !ok || strings.Contains(agency, "/") || utf8.RuneCountInString(line) > 60 {
		return false
	}
	return isShortName(who) && isShortName(agency)
}

// isShortName reports whether s is one to five capitalized words with no
// sentence punctuation.
func isShortName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(s, ".!?,;:\"“”") && !strings.HasSuffix(words[0], ".") {
		return false
	}
	for _, w := range words {
		if !isCapitalized(w) {
			return false
		}
	}
	return true
}

// isTweetByline reports whether line is the byline of an embedded tweet on
// a line of its own: a dash, a name and an @handle in parentheses.
func isTweetByline(line string) bool {
	rest, ok := strings.CutPrefix(line, "—")
	if !ok {
		rest, ok = strings.CutPrefix(line, "- ")
	}
	return ok && strings.Contains(rest, "(@") && utf8.RuneCountInString(rest) <= 80
}
