package session

import (
	"os"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// reviewBefore, reviewAfter and reviewTags are the article before and after
// an edit and the passages tagged before it (testdata/review/README.md).
var reviewBefore, reviewAfter, reviewTags = loadReviewData("../../testdata/review/")

// loadReviewData reads the review fixture from dir.
func loadReviewData(dir string) (before, after string, tags []string) {
	read := func(name string) string {
		data, err := os.ReadFile(dir + name)
		if err != nil {
			panic(err)
		}
		return string(data)
	}
	return read("before.txt"), read("after.txt"), strings.Split(strings.TrimSpace(read("tags.txt")), "\n")
}

// reviewFixture saves tags on reviewBefore, rewrites the article as
// reviewAfter and opens a session on it through a real store.
func reviewFixture(t *testing.T) *Session {
	t.Helper()
	dir := t.TempDir()
	write := func(text string) *model.Document { return writeStory(t, dir, text) }
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
