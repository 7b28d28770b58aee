package model

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestAuthorSidecarNames(t *testing.T) {
	tests := []struct {
		path, article, author string
		ok                    bool
	}{
		{"a/story.txt.annotty.json", "a/story.txt", "", true},
		{"a/story.txt.annotty.ann.json", "a/story.txt", "ann", true},
		{"story.md.annotty.jean-luc-2.json", "story.md", "jean-luc-2", true},
		{"story.txt.annotty.Ann.json", "", "", false}, // not a slug we write
		{"story.txt", "", "", false},
		{".annotty.json", "", "", false},
		{"story.txt.annotty..json", "", "", false},
	}
	for _, tc := range tests {
		article, author, ok := ParseSidecarName(tc.path)
		if article != tc.article || author != tc.author || ok != tc.ok {
			t.Errorf("ParseSidecarName(%q) = %q %q %v, want %q %q %v", tc.path, article, author, ok, tc.article, tc.author, tc.ok)
		}
	}
	for author, want := range map[string]string{"Ann": "ann", "Jean Luc/../x": "jean-luc-x", "李 明": "李-明", "  ": ""} {
		if got := AuthorSlug(author); got != want {
			t.Errorf("AuthorSlug(%q) = %q, want %q", author, got, want)
		}
	}
	name := AuthorSidecarName("d/story.txt", "Mary Jo")
	if a, au, ok := ParseSidecarName(name); !ok || a != "d/story.txt" || au != "mary-jo" {
		t.Errorf("round trip of %q: %q %q %v", name, a, au, ok)
	}
}

func TestProposedByRoundTrips(t *testing.T) {
	doc, err := NewDocument("a.txt", []byte("Gold text here."), false)
	if err != nil {
		t.Fatal(err)
	}
	set := NewAnnotationSet(doc, SetOptions{Author: "adjudicated"})
	if _, err := set.Add(Annotation{Label: "claim", Span: Span{Start: 0, End: 4}, ProposedBy: "ann,bob"}); err != nil {
		t.Fatal(err)
	}
	data, err := NewAnnotationFile(set, nil).MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	f, err := DecodeAnnotationFile(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Annotations[0].ProposedBy; len(got) != 2 || got[0] != "ann" || got[1] != "bob" {
		t.Fatalf("proposed_by = %v", got)
	}
	back, _ := f.Restore(doc, SetOptions{})
	if back.All()[0].ProposedBy != "ann,bob" {
		t.Fatalf("restored ProposedBy = %q", back.All()[0].ProposedBy)
	}
	f.Annotations[0].ProposedBy = []string{"Not A Slug"}
	if err := f.check(); err == nil {
		t.Fatal("a bad proposed_by entry was accepted")
	}
}

func TestAnnotatorSelectsOwnSidecar(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte("Text to tag."), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := NewDocument(path, []byte("Text to tag."), false)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ annotator, path, want string }{
		{"Mary Jo", "", path + ".annotty.mary-jo.json"},
		{"", "", path + SidecarSuffix},
		{"ann", filepath.Join(dir, "x.json"), filepath.Join(dir, "x.json")}, // --annotations wins
	} {
		st, _ := OpenStore(doc, StoreOptions{Annotator: tc.annotator, Path: tc.path})
		if st.Path() != tc.want {
			t.Errorf("annotator %q: sidecar %s, want %s", tc.annotator, st.Path(), tc.want)
		}
		st.Close()
	}
	stdin, _ := NewDocument("-", []byte("From a pipe."), false)
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	loc, err := sidecarLocation(stdin, StoreOptions{Annotator: "ann"})
	if err != nil || !strings.HasSuffix(loc.Path, stdin.SHA256()+".annotty.ann.json") {
		t.Errorf("stdin: %s %v", loc.Path, err)
	}
}

func TestFindSidecarsSkipsHiddenFoldersAndOtherFiles(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.txt", "a.txt.annotty.json", "sub/b.md.annotty.ann.json", ".annotty/c.txt.annotty.json", "notes.json"} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := FindSidecars(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.txt.annotty.json"), filepath.Join(dir, "sub", "b.md.annotty.ann.json")}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("FindSidecars = %v, want %v", got, want)
	}
}

// In a read-only folder the store saves to the data dir and reads that copy
// before the file beside the article (its seed): the saved paths come in the
// same order, so a count of saved tags reads the newer work.
func TestSavedSidecarPathsOfAReadOnlyFolderPutTheDataDirFirst(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	doc, err := NewDocument(path, []byte("Text to tag."), false)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	probedFolders.Store(dir, false) // as if the folder were read-only (root writes any folder)
	t.Cleanup(func() { probedFolders.Delete(dir) })
	data, err := dataDirSidecarPath(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := SavedSidecarPaths(doc, "ann")
	want := []string{authorPath(data, "ann"), path + ".annotty.ann.json"}
	if !slices.Equal(got, want) {
		t.Fatalf("saved paths %q, want %q", got, want)
	}
}
