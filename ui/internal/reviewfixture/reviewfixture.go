// Package reviewfixture is the review tests' fixture, shared by the reader's
// and the session's tests: an article before and after an edit, and the
// passages tagged before it (testdata/review/README.md).
package reviewfixture

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// Fixture is the article before and after the edit and the passages tagged
// on the first.
type Fixture struct {
	Before, After string
	Tags          []string
}

// Load reads the fixture from the folder dir (testdata/review); it panics
// when the files cannot be read, as a package-level test variable may.
func Load(dir string) Fixture {
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			panic(err)
		}
		return string(data)
	}
	return Fixture{read("before.txt"), read("after.txt"), strings.Split(strings.TrimSpace(read("tags.txt")), "\n")}
}

// SaveTags saves each of the fixture's passages as a claim on doc (whose text
// is Before) through a real store, and closes it.
func (f Fixture) SaveTags(tb testing.TB, doc *model.Document) {
	tb.Helper()
	store, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, p := range f.Tags {
		i := strings.Index(f.Before, p)
		if _, err := store.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: i, End: i + len(p)}}); err != nil {
			tb.Fatal(err)
		}
	}
	if err := store.Close(); err != nil {
		tb.Fatal(err)
	}
}
