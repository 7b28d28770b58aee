package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// Before and after an edit: the tagged claim about the man is reworded
// (re-anchored, text changed), the mayor's paragraph gets new text around
// it (re-anchored, context changed), the spokesman's sentence is gone (an
// orphan), the first sentence stays.
const (
	reviewBefore = "Officials met on Monday to discuss the budget for next year.\n\n" +
		"Police said the man was arrested on Main Street after a short chase.\n\n" +
		"At the end, the mayor thanked everyone who came to the meeting tonight.\n\n" +
		"A spokesman declined to comment on the arrest.\n"
	reviewAfter = "Officials met on Monday to discuss the budget for next year.\n\n" +
		"Police said the woman was arrested on Elm Street after a short chase.\n\n" +
		"Later, and to some applause, the mayor thanked everyone who came to the meeting tonight.\n"
)

// reviewTags are the passages tagged before the edit.
var reviewTags = []string{"Officials met on Monday", "the man was arrested on Main Street", "the mayor thanked everyone who came to the meeting", "declined to comment on the arrest"}

// reviewFixture saves tags on reviewBefore, rewrites the article as
// reviewAfter and opens a session on it through a real store.
func reviewFixture(t *testing.T) *Session {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.txt")
	write := func(text string) *model.Document {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := model.NewDocument(path, []byte(text), false)
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	doc := write(reviewBefore)
	first, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range reviewTags {
		i := strings.Index(reviewBefore, p)
		if _, err := first.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: i, End: i + len(p)}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	doc = write(reviewAfter)
	store, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	return New(doc, Options{Store: store, Set: store.Set()})
}
