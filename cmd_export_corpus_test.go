package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model/corpus"
)

// exportRecord is the part of a corpus export record the tests read.
type exportRecord struct {
	Path        string
	SHA256      string
	Status      string
	Missing     bool
	Problem     string
	Annotations json.RawMessage
	Detections  []json.RawMessage
}

func TestExportFolderOneRecordPerDocumentInPathOrder(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	correctSpeaker(t, filepath.Join(dir, "herald", "budget.txt"), "numbers", "Tomás Ruiz")
	if _, _, err := runCmd(t, newCorpusCmd, "mark", "done", dir, "herald/budget.txt"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "zz-binary.txt"), []byte("\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCmd(t, newExportCmd, "--format", "jsonl", dir)
	if err != nil {
		t.Fatal(err)
	}
	if errOut != "annotty: 1 of 4 documents are unreadable or missing; their records say why\n" {
		t.Errorf("stderr %q", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var got []string
	for _, line := range lines {
		var r exportRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		got = append(got, r.Path+" "+r.Status)
		switch r.Path {
		case "herald/budget.txt":
			var anns []struct{ Speaker string }
			if err := json.Unmarshal(r.Annotations, &anns); err != nil || len(anns) != 1 || anns[0].Speaker != "Tomás Ruiz" || len(r.SHA256) != 64 {
				t.Errorf("budget record: %v %s", err, line)
			}
		case "zz-binary.txt":
			if !strings.Contains(r.Problem, "binary") {
				t.Errorf("binary record: %s", line)
			}
		}
	}
	want := "gazette/park.md new|herald/budget.txt done|notes.txt new|zz-binary.txt new"
	if strings.Join(got, "|") != want {
		t.Errorf("records %q, want %q", strings.Join(got, "|"), want)
	}
	again, _, _ := runCmd(t, newExportCmd, "--format", "jsonl", dir)
	if again != out {
		t.Error("two exports of an unchanged corpus differ")
	}
}

func TestExportFolderJSONAndW3C(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	correctSpeaker(t, filepath.Join(dir, "gazette", "park.md"), "Children", "Ann Lee")
	out, _, err := runCmd(t, newExportCmd, "--format", "json", "--include-detections", dir)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema    string
		Documents []exportRecord
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.Schema != corpus.ExportSchema || len(doc.Documents) != 3 {
		t.Fatalf("json export (%v): %s", err, out)
	}
	if len(doc.Documents[1].Detections) != 2 || len(doc.Documents[0].Detections) != 0 {
		t.Errorf("unreviewed detections: park %d, budget %d", len(doc.Documents[0].Detections), len(doc.Documents[1].Detections))
	}
	out, _, err = runCmd(t, newExportCmd, "--format", "w3c", dir)
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Path        string
		Annotations struct {
			Type  string
			Items []struct{ Motivation string }
		}
	}
	first := strings.SplitN(out, "\n", 2)[0]
	if err := json.Unmarshal([]byte(first), &page); err != nil || page.Path != "gazette/park.md" || page.Annotations.Type != "AnnotationPage" || len(page.Annotations.Items) != 3 ||
		page.Annotations.Items[1].Motivation != "linking" || page.Annotations.Items[2].Motivation != "linking" { // the quote, then its speaker and cue links
		t.Errorf("w3c record (%v): %s", err, first)
	}
	if _, _, err := runCmd(t, newExportCmd, "--annotations", "x.json", dir); err == nil {
		t.Error("--annotations with a corpus was accepted")
	}
}

func TestExportKeepsAnnotationsOfMissingDocuments(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	park := filepath.Join(dir, "gazette", "park.md")
	correctSpeaker(t, park, "Children", "Ann Lee")
	if _, _, err := runCmd(t, newCorpusCmd, "mark", "done", dir, "gazette/park.md"); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(park); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, newExportCmd, "--format", "jsonl", dir)
	if err != nil {
		t.Fatal(err)
	}
	var r exportRecord
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.Path != "gazette/park.md" || !r.Missing || r.Status != "done" || !strings.Contains(string(r.Annotations), "Ann Lee") {
		t.Errorf("missing document's record: %+v %s", r, r.Annotations)
	}
}

func TestAnalyzeFolderInPathOrder(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	out, errOut, err := runAnalyzeCmd(t, "", dir)
	if err != nil || errOut != "" {
		t.Fatalf("%v %s", err, errOut)
	}
	var got []string
	for line := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
		var obj struct {
			Path   string
			Quotes []json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, obj.Path)
		got = append(got, filepath.ToSlash(rel)+":"+string(rune('0'+len(obj.Quotes))))
	}
	if strings.Join(got, " ") != "gazette/park.md:1 herald/budget.txt:2 notes.txt:0" {
		t.Errorf("analyze DIR: %v", got)
	}
	list := filepath.Join(dir, "todo.txt")
	if err := os.WriteFile(list, []byte("notes.txt\nherald/budget.txt\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err = runAnalyzeCmd(t, "", "@"+list)
	if err != nil || strings.Count(out, "\n") != 2 || !strings.Contains(strings.SplitN(out, "\n", 2)[0], "notes.txt") {
		t.Errorf("analyze @LIST (%v):\n%s", err, out)
	}
}

func TestEmptyFolder(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"photo.jpg": "\xff\xd8"})
	if _, _, err := runAnalyzeCmd(t, "", dir); err == nil || !strings.Contains(err.Error(), "no articles in") {
		t.Errorf("analyze: %v", err)
	}
	if _, _, err := runCmd(t, newRootCmd, dir); err == nil || !strings.Contains(err.Error(), "no articles here (annotty reads .txt, .md, .markdown, .html") {
		t.Errorf("reader: %v", err)
	}
	out, _, err := runCmd(t, newExportCmd, "--format", "json", dir)
	if err != nil || !strings.Contains(out, `"documents":[`) {
		t.Errorf("export: %v %s", err, out)
	}
}

func TestExportFolderToFile(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	out := filepath.Join(t.TempDir(), "news.jsonl")
	stdout, _, err := runCmd(t, newExportCmd, "--format", "jsonl", "-o", out, dir)
	if err != nil || stdout != "" {
		t.Fatalf("%v, stdout %q", err, stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil || strings.Count(string(data), "\n") != 3 {
		t.Errorf("export file: %v\n%s", err, data)
	}
}

func TestExportCountsATaggedDocumentInProgress(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	correctSpeaker(t, filepath.Join(dir, "gazette", "park.md"), "Children", "Ann Lee")
	out, _, err := runCmd(t, newExportCmd, "--format", "jsonl", dir)
	if err != nil {
		t.Fatal(err)
	}
	if first := strings.SplitN(out, "\n", 2)[0]; !strings.Contains(first, `"status":"in progress"`) {
		t.Errorf("tagged document: %s", first)
	}
}

// exportOneRecord exports a one-document corpus with args and returns its
// record and the authors of its annotations.
func exportOneRecord(t *testing.T, args ...string) (exportRecord, []string) {
	t.Helper()
	out, _, err := runCmd(t, newExportCmd, args...)
	if err != nil {
		t.Fatal(err)
	}
	var r exportRecord
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &r); err != nil {
		t.Fatal(err)
	}
	var anns []struct{ Author string }
	if err := json.Unmarshal(r.Annotations, &anns); err != nil {
		t.Fatal(err)
	}
	authors := make([]string, len(anns))
	for i, a := range anns {
		authors[i] = a.Author
	}
	return r, authors
}

func TestExportFolderWithAuthorReadsThatAnnotatorsSidecars(t *testing.T) {
	dir := teamFolder(t) // story.txt with ann's two tags and bob's one, no plain sidecar
	r, authors := exportOneRecord(t, "--format", "jsonl", "--author", "ann", dir)
	if strings.Join(authors, ",") != "ann,ann" {
		t.Errorf("--author ann exported tags by %v, want ann's two", authors)
	}
	if r.Status != "in progress" {
		t.Errorf("status %q, want in progress (ann tagged it)", r.Status)
	}
}

func TestExportMissingDocumentWithAuthorReadsThatAnnotatorsSidecar(t *testing.T) {
	dir := teamFolder(t)
	if _, _, err := runCmd(t, newCorpusCmd, "mark", "--author", "ann", "done", dir, "story.txt"); err != nil { // ann's queue knows the document
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "story.txt")); err != nil {
		t.Fatal(err)
	}
	r, authors := exportOneRecord(t, "--format", "jsonl", "--author", "ann", dir)
	if !r.Missing || strings.Join(authors, ",") != "ann,ann" {
		t.Errorf("missing document with --author ann: %+v, tags by %v, want ann's two", r, authors)
	}
}
