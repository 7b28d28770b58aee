package adjudicate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/annotty/annotty/model"
)

// readDoc is the article reader the tests give OpenCorpus.
func readDoc(p string) (*model.Document, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	return model.NewDocument(p, data, false)
}

// writeAnnotators writes text at path and each annotator's sidecar of it
// with the given tags.
func writeAnnotators(t *testing.T, path string, tags map[string][]tag) {
	t.Helper()
	writeFile(t, path, text)
	doc := newDoc(t)
	for author, list := range tags {
		data, err := model.NewAnnotationFile(setOf(t, doc, author, list...), nil).MarshalIndent()
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, model.AuthorSidecarName(path, author), string(data))
	}
}

// TestAgreedTagDeletedFromGoldStaysDeleted: an article the annotators agree
// on entirely has no decision to make; closing after opening must still
// record that its agreed tags went into gold, or a tag the adjudicator
// deleted from gold afterwards comes back on the next run.
func TestAgreedTagDeletedFromGoldStaysDeleted(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.txt")
	agreed := []tag{{"claim", "the man was arrested", ""}, {"claim", "Police said", ""}}
	writeAnnotators(t, path, map[string][]tag{"ann": agreed, "bob": agreed})
	doc := newDoc(t)
	c, _, err := OpenCorpus(dir, readDoc)
	if err != nil {
		t.Fatal(err)
	}
	if left, total := c.Progress(); left != 0 || total != 0 || c.Jobs[0].Gold.Set().Len() != 2 {
		t.Fatalf("progress %d/%d, %d gold tags; want nothing to decide and 2 agreed tags", left, total, c.Jobs[0].Gold.Set().Len())
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	// The adjudicator deletes one agreed tag from gold (in the reader).
	gold, err := model.OpenStore(doc, model.StoreOptions{Path: model.AuthorSidecarName(path, GoldAuthor)})
	if err != nil {
		t.Fatal(err)
	}
	if err := gold.Set().Remove(gold.Set().All()[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := gold.Close(); err != nil {
		t.Fatal(err)
	}

	c, _, err = OpenCorpus(dir, readDoc)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if n := c.Jobs[0].Gold.Set().Len(); n != 1 {
		t.Errorf("gold holds %d tags after reopening, want 1: the deleted agreed tag came back", n)
	}
}

// TestDeletedGoldFileStartsTheArticleOver: with the gold file gone, the saved
// decisions have nothing behind them; the article is adjudicated afresh
// rather than shown as settled with an empty gold.
func TestDeletedGoldFileStartsTheArticleOver(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.txt")
	writeAnnotators(t, path, map[string][]tag{
		"ann": {{"claim", "the man was arrested", ""}, {"quote", "we will act", "mayor"}},
		"bob": {{"claim", "the man was arrested", ""}, {"quote", "we will act", "the mayor"}},
	})
	c, _, err := OpenCorpus(dir, readDoc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Jobs[0].Session.Decide(ChooseOne, "bob"); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(c.Jobs[0]); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(model.AuthorSidecarName(path, GoldAuthor)); err != nil {
		t.Fatal(err)
	}
	c, _, err = OpenCorpus(dir, readDoc)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if left, total := c.Progress(); left != 1 || total != 1 || c.Jobs[0].Gold.Set().Len() != 1 {
		t.Errorf("after deleting gold: %d of %d left, %d gold tags; want the disagreement open again and the agreed tag back", left, total, c.Jobs[0].Gold.Set().Len())
	}
}

func TestDeletedGoldThenQuitStillStartsOver(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.txt")
	writeAnnotators(t, path, map[string][]tag{
		"ann": {{"claim", "Police said", ""}, {"quote", "we will act", "mayor"}},
		"bob": {{"claim", "Police said", ""}, {"quote", "we will act", "the mayor"}},
	})
	open := func() *Corpus {
		c, _, err := OpenCorpus(dir, readDoc)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c := open()
	if _, err := c.Jobs[0].Session.Decide(ChooseOne, "bob"); err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(c.Save(c.Jobs[0]))
	must(c.Close())
	must(os.Remove(model.AuthorSidecarName(path, GoldAuthor)))
	must(open().Close()) // opened and quit at once
	c = open()
	defer c.Close()
	if left, _ := c.Progress(); left != 1 {
		t.Errorf("%d left after deleting gold and reopening twice, want 1", left)
	}
}

func TestSymlinkedFolderIsAdjudicated(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(real, "x.txt")
	writeAnnotators(t, path, map[string][]tag{"ann": {{"quote", "we will act", "mayor"}}, "bob": {{"quote", "we will act", "the mayor"}}})
	link := filepath.Join(dir, "link")
	if err := os.Symlink("real", link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	c, _, err := OpenCorpus(link, readDoc)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if len(c.Jobs) != 1 || c.Jobs[0].Name != "x.txt" {
		t.Errorf("jobs %+v", c.Jobs)
	}
}
