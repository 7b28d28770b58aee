package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestURLDocumentsKeepSidecarsByURL(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	a, _ := NewDocument("https://news.example/story", []byte("First version."), false)
	b, _ := NewDocument("https://news.example/story", []byte("Edited version."), false)
	la, err := SidecarPathFor(a, "")
	if err != nil {
		t.Fatal(err)
	}
	lb, _ := SidecarPathFor(b, "")
	if la.Path != lb.Path || la.Reason != ReasonURL || filepath.Dir(la.Path) != filepath.Join(os.Getenv("XDG_DATA_HOME"), "annotty") {
		t.Errorf("sidecars %q and %q (%s)", la.Path, lb.Path, la.Reason)
	}
	if IsFilePath("https://news.example/story") || DocumentIRI("https://x.example/a", "00") != "urn:annotty:sha256:00" {
		t.Error("a URL is taken for a file path")
	}
}

func TestExportWithPageMetaMatchesSchema(t *testing.T) {
	v := annotationSchema(t)
	doc, _ := NewDocument("https://news.example/story", []byte("Body text.\n"), false)
	doc.Page = &PageMeta{Title: "Headline", Byline: "A. Writer", Date: "2024-03-14", SiteName: "News",
		URL: "https://news.example/story", FetchedURL: "https://news.example/story?x", RecordID: "7",
		Extractor: "go-readability v2.1.1", Notice: "n"}
	data, err := NewAnnotationFile(NewAnnotationSet(doc, SetOptions{}), nil).MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	if err := v.validate(data); err != nil {
		t.Fatalf("export with page metadata does not match the schema: %v\n%s", err, data)
	}
	if !strings.Contains(string(data), `"title": "Headline"`) {
		t.Errorf("document title is not the page's headline:\n%s", data)
	}
	back, err := DecodeAnnotationFile(data)
	if err != nil || back.Document.Page == nil || *back.Document.Page != *doc.Page {
		t.Errorf("page metadata does not round-trip: %v %+v", err, back)
	}
}

// annotationSchema loads docs/annotation.schema.json into a validator.
func annotationSchema(t *testing.T) *schemaValidator {
	t.Helper()
	schema, err := os.ReadFile(filepath.Join("..", "docs", "annotation.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := newSchemaValidator(schema)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
