package session

import (
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/internal/reviewfixture"
)

// review is the article before and after an edit and the passages tagged
// before it (testdata/review/README.md).
var review = reviewfixture.Load("../../testdata/review/")

// reviewBefore, reviewAfter and reviewTags are its parts.
var reviewBefore, reviewAfter, reviewTags = review.Before, review.After, review.Tags

// reviewFixture saves tags on reviewBefore, rewrites the article as
// reviewAfter and opens a session on it through a real store.
func reviewFixture(t *testing.T) *Session {
	t.Helper()
	dir := t.TempDir()
	write := func(text string) *model.Document { return writeStory(t, dir, text) }
	review.SaveTags(t, write(reviewBefore))
	doc := write(reviewAfter)
	store, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = store.Close() })
	return New(doc, Options{Store: store, Set: store.Set()})
}
