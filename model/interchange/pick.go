package interchange

import (
	"errors"
	"fmt"
	"sort"
)

// ErrNoDocumentForText is returned by PickDocument when a file holds several
// documents and none has the article's text.
var ErrNoDocumentForText = errors.New("none of the documents is about this article's text")

// PickDocument chooses, among the documents of a file (Label Studio tasks,
// doccano examples), the one whose text is text; when none is, the only
// document (its passages are then found by their text). noun names the
// documents in notes ("task", "example").
func PickDocument[T any](docs []T, text string, textOf func(T) string, noun string) (T, []string, error) {
	for _, d := range docs {
		if textOf(d) == text {
			var notes []string
			if len(docs) > 1 {
				notes = append(notes, fmt.Sprintf("%d other %ss skipped (they are about other texts)", len(docs)-1, noun))
			}
			return d, notes, nil
		}
	}
	var zero T
	switch {
	case len(docs) == 1 && textOf(docs[0]) != "":
		return docs[0], []string{fmt.Sprintf("the %s's text differs from the article: passages are found by their text", noun)}, nil
	case len(docs) == 1:
		return zero, nil, fmt.Errorf("the %s has no text", noun)
	}
	return zero, nil, fmt.Errorf("%w (%d %ss)", ErrNoDocumentForText, len(docs), noun)
}

// EntityTypes lists labels plus the two link entity types, sorted and without
// repeats: the entity types a tool's configuration must declare.
func EntityTypes(labels []string) []string {
	set := map[string]bool{SpeakerMentionLabel: true, CueLabel: true}
	for _, l := range labels {
		set[l] = true
	}
	names := make([]string, 0, len(set))
	for l := range set {
		names = append(names, l)
	}
	sort.Strings(names)
	return names
}
