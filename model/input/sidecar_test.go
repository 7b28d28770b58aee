package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// An annotation on an extracted page is saved with the page's metadata and
// extractor, and re-opens on exactly the same text.
func TestExtractedPageAnnotationsReopenExactly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.html")
	if err := os.WriteFile(path, readTestPage(t, "article.html"), 0o644); err != nil {
		t.Fatal(err)
	}
	open := func() *model.Document {
		data, err := ReadFile(path, MaxPageBytes)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := FromHTML(path, data, PageOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	doc := open()
	store, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	start := strings.Index(doc.Text, "Tomas Lind")
	if _, err := store.Set().Add(model.Annotation{Label: "person", Span: model.Span{Start: start, End: start + len("Tomas Lind")}}); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	saved, err := os.ReadFile(path + model.SidecarSuffix)
	if err != nil {
		t.Fatal(err)
	}
	file, err := model.DecodeAnnotationFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	if file.Document.Page == nil || file.Document.Page.Extractor != ExtractorName() || file.Document.SHA256 != doc.SHA256() ||
		file.Document.Title != "Harbour ferry returns after winter repairs" {
		t.Fatalf("sidecar document: %+v page %+v", file.Document, file.Document.Page)
	}
	again := open()
	set, _, report, err := model.ReadAnnotations(again, model.StoreOptions{})
	if err != nil || report.TextChanged || set.Len() != 1 || set.All()[0].Text != "Tomas Lind" {
		t.Errorf("re-open: err %v, changed %v, %d annotations", err, report.TextChanged, set.Len())
	}
}
