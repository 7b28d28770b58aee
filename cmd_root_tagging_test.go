package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// taggingDoc writes an article to a temporary folder and loads it.
func taggingDoc(t *testing.T) *model.Document {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.txt")
	text := "Officials met on Monday. Nobody cheered.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument(path, []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestBadLabelsFileIsAOneLineError(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "labels.json")
	if err := os.WriteFile(bad, []byte(`{"labels":[{"name":"x","key":1,"color":"red"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{bad, filepath.Join(dir, "missing.json")} {
		_, store, err := openTagging(&taggingOptions{labels: path}, taggingDoc(t))
		if err == nil || store != nil {
			t.Fatalf("%s: no error", path)
		}
		if msg := err.Error(); !strings.Contains(msg, path) || strings.Contains(msg, "\n") {
			t.Errorf("%s: error %q", path, msg)
		}
	}
}

func TestTaggingFlags(t *testing.T) {
	dir := t.TempDir()
	labels := filepath.Join(dir, "labels.json")
	if err := os.WriteFile(labels, []byte(`{"labels":[{"name":"who","key":1,"color":"#112233"},{"name":"what","color":"#AA5500"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	sidecar := filepath.Join(dir, "elsewhere", "notes.json")
	set, store, err := openTagging(&taggingOptions{labels: labels, annotations: sidecar, author: "alice"}, taggingDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if l, ok := set.ByKey(2); !ok || l.Name != "what" {
		t.Fatalf("labels %+v", set.Labels)
	}
	if store.Path() != sidecar {
		t.Fatalf("sidecar at %s, want %s", store.Path(), sidecar)
	}
	a, err := store.Set().Add(model.Annotation{Label: "who", Span: model.Span{Start: 0, End: 9}})
	if err != nil || a.Author != "alice" {
		t.Fatalf("author %q, %v", a.Author, err)
	}
}

func TestReaderFlagsRegistered(t *testing.T) {
	cmd := newRootCmd()
	for _, name := range []string{"labels", "annotations", "author"} {
		if cmd.Flags().Lookup(name) == nil {
			t.Errorf("no --%s flag", name)
		}
	}
}
