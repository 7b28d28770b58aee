package conll

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/annotty/annotty/model/interchange"
)

// ErrNotCoNLL is wrapped when data is not CoNLL token lines.
var ErrNotCoNLL = errors.New("not a CoNLL file")

// Decode reads the first document of a CoNLL file (token in the first
// column, BIO tag in the last) and finds its tokens in text, in order, to
// turn tagged runs back into spans. An I- tag that does not continue a span
// of its label starts one (IOB1). Tokens must appear in text in order; the
// first one that does not is an error.
func Decode(data []byte, text string) (interchange.Graph, []string, error) {
	g := interchange.Graph{Text: text}
	var notes []string
	at, atRunes, docs, tokens := 0, 0, 0, 0 // at: byte offset searched from; atRunes: the same in code points
	open := -1                              // index of the entity the previous token continued, -1 when none
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			open = -1
			continue
		case fields[0] == "-DOCSTART-":
			docs++
			open = -1
			continue
		case len(fields) < 2:
			return g, notes, fmt.Errorf("%w: line %d has no tag column", ErrNotCoNLL, n+1)
		}
		if docs > 1 {
			notes = append(notes, "the file holds more than one document: read the first")
			break
		}
		token, tag := fields[0], fields[len(fields)-1]
		i := strings.Index(text[at:], token)
		if i < 0 {
			return g, notes, fmt.Errorf("line %d: token %q is not in the article after offset %d", n+1, token, atRunes)
		}
		start := atRunes + utf8.RuneCountInString(text[at:at+i])
		end := start + utf8.RuneCountInString(token)
		at, atRunes = at+i+len(token), end
		tokens++
		prefix, label, _ := strings.Cut(tag, "-")
		switch {
		case tag == "O":
			open = -1
		case (prefix != "B" && prefix != "I") || label == "":
			return g, notes, fmt.Errorf("%w: line %d: tag %q is not O, B-LABEL or I-LABEL", ErrNotCoNLL, n+1, tag)
		case prefix == "I" && open >= 0 && g.Entities[open].Label == label:
			g.Entities[open].End = end
		default:
			open = len(g.Entities)
			g.Entities = append(g.Entities, interchange.Entity{ID: fmt.Sprintf("token%d", tokens), Label: label,
				Start: start, End: end})
		}
	}
	if tokens == 0 {
		return g, notes, fmt.Errorf("%w: no token lines", ErrNotCoNLL)
	}
	return g, notes, nil
}
