package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// exportArticle has a detectable quote, emoji, CJK and a combining mark.
const exportArticle = "Mayor backs 👩‍👩‍👧 plan\n\n\"We will open the new library in May,\" Mayor Jane Smith said on Tuesday.\n北京市民说：“很好”。Cafe\u0301 owners agreed.\n"

// annotatedArticle writes exportArticle and a sidecar with two annotations.
func annotatedArticle(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte(exportArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument(path, []byte(exportArticle), false)
	if err != nil {
		t.Fatal(err)
	}
	st, err := model.OpenStore(doc, model.StoreOptions{Set: model.SetOptions{Author: "ed"}})
	if err != nil {
		t.Fatal(err)
	}
	for label, sub := range map[string]string{"claim": "“很好”", "source": "Cafe\u0301 owners"} {
		i := strings.Index(exportArticle, sub)
		if _, err := st.Set().Add(model.Annotation{Label: label, Span: model.Span{Start: i, End: i + len(sub)}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// runExportCmd runs `annotty export ARGS` and returns stdout, stderr and the error.
func runExportCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	return runCommand(newExportCmd(), "", args...)
}

func TestExportJSON(t *testing.T) {
	path := annotatedArticle(t)
	out, _, err := runExportCmd(t, path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := model.DecodeAnnotationFile([]byte(out))
	if err != nil {
		t.Fatalf("export does not decode: %v", err)
	}
	runes := []rune(exportArticle)
	if len(f.Annotations) != 2 || f.Document.Path != path || f.Document.Title != "Mayor backs 👩‍👩‍👧 plan" {
		t.Fatalf("export: %+v", f)
	}
	for _, a := range f.Annotations {
		if string(runes[a.Start:a.End]) != a.Text || a.Author != "ed" {
			t.Errorf("%s: runes[%d:%d] != %q (author %q)", a.Label, a.Start, a.End, a.Text, a.Author)
		}
	}
	if f.Detections != nil {
		t.Errorf("detections without --include-detections")
	}
}

func TestExportFormatsAndOutputFile(t *testing.T) {
	path := annotatedArticle(t)
	out, _, err := runExportCmd(t, "--format", "jsonl", path)
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 {
		t.Errorf("jsonl: %d lines", len(lines))
	}
	out, _, err = runExportCmd(t, "--format", "w3c", path)
	if err != nil {
		t.Fatal(err)
	}
	var page model.W3CPage
	if err := json.Unmarshal([]byte(out), &page); err != nil || page.Context != model.W3CContext || len(page.Items) != 2 {
		t.Errorf("w3c: %v %+v", err, page)
	}
	target := filepath.Join(t.TempDir(), "out.json")
	out, _, err = runExportCmd(t, "-o", target, path)
	if err != nil || out != "" {
		t.Fatalf("-o: %v, stdout %q", err, out)
	}
	data, _ := os.ReadFile(target)
	if _, err := model.DecodeAnnotationFile(data); err != nil {
		t.Errorf("-o file: %v", err)
	}
}

func TestExportIncludeDetections(t *testing.T) {
	path := annotatedArticle(t)
	out, _, err := runExportCmd(t, "--include-detections", path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := model.DecodeAnnotationFile([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Detections) == 0 {
		t.Fatalf("the article's quote was not exported as a detection")
	}
	runes := []rune(exportArticle)
	for _, d := range f.Detections {
		if d.Reviewed || string(runes[d.Start:d.End]) != d.Text {
			t.Errorf("detection %+v", d)
		}
	}
}

func TestExportErrors(t *testing.T) {
	path := annotatedArticle(t)
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(corrupt, []byte("{oops"), 0o644)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing article", []string{filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"bad format", []string{"--format", "xml", path}, `unknown --format "xml"`},
		{"corrupt sidecar", []string{"--annotations", corrupt, path}, "corrupt"},
		{"missing annotations file", []string{"--annotations", filepath.Join(dir, "none.json"), path}, "not found"},
		{"no article", []string{}, "arg"},
	}
	for _, tt := range tests {
		_, _, err := runExportCmd(t, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line containing %q", tt.name, err, tt.want)
		}
	}
}

func TestExportWithoutSidecarIsEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fresh.txt")
	_ = os.WriteFile(path, []byte(exportArticle), 0o644)
	out, errOut, err := runExportCmd(t, path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := model.DecodeAnnotationFile([]byte(out))
	if err != nil || len(f.Annotations) != 0 || !strings.Contains(errOut, "no annotations saved") {
		t.Errorf("empty export: %v %+v %q", err, f, errOut)
	}
	if _, err := os.Stat(path + model.SidecarSuffix); !os.IsNotExist(err) {
		t.Errorf("export must not create a sidecar")
	}
}

func TestExportAuthorFillsMissingAuthors(t *testing.T) {
	path := annotatedArticle(t)
	side := path + model.SidecarSuffix
	data, _ := os.ReadFile(side)
	if err := os.WriteFile(side, bytes.ReplaceAll(data, []byte(`"author": "ed"`), []byte(`"author": ""`)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runExportCmd(t, "--author", "night desk", path)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := model.DecodeAnnotationFile([]byte(out))
	for _, a := range f.Annotations {
		if a.Author != "night desk" {
			t.Errorf("author = %q", a.Author)
		}
	}
}

func TestExportWithoutSidecarSanitizesTheName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "evil\x1b[2J.txt")
	if err := os.WriteFile(path, []byte("Plain text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, err := runExportCmd(t, path)
	if err != nil || !strings.Contains(errOut, "no annotations saved") || strings.Contains(errOut, "\x1b") {
		t.Errorf("export: %v, stderr %q", err, errOut)
	}
}
