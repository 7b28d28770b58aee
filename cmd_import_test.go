package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange/conll"
)

// runImportCmd runs `annotty import ARGS` and returns stderr and the error.
func runImportCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	_, stderr, err := runCommand(newImportCmd(), "", args...)
	return stderr, err
}

// sidecarOf reads an article's native annotations.
func sidecarOf(t *testing.T, article string) *model.AnnotationFile {
	t.Helper()
	data, err := os.ReadFile(article + ".annotty.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := model.DecodeAnnotationFile(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestExportThenImportEveryFormatIntoAFreshArticle(t *testing.T) {
	src := annotatedArticle(t)
	// Add a quote with a note, a speaker and a speaker mention (a link) as well.
	doc, _ := openArticle(src, nil)
	st, _ := model.OpenStore(doc, model.StoreOptions{})
	quote := "\"We will open the new library in May,\""
	i := strings.Index(exportArticle, quote)
	mention := strings.Index(exportArticle, "Mayor Jane Smith")
	if _, err := st.Set().Add(model.Annotation{Label: "quote", Span: model.Span{Start: i, End: i + len(quote)}, Speaker: "Jane Smith", Note: "a\nb",
		SpeakerMention: model.LinkedSpan{Span: model.Span{Start: mention, End: mention + len("Mayor Jane Smith")}}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, format := range []string{"brat", "label-studio", "doccano", "conll", "json", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "export.out")
			if _, _, err := runExportCmd(t, "--format", format, "-o", out, src); err != nil {
				t.Fatal(err)
			}
			fresh := filepath.Join(dir, "fresh.txt")
			os.WriteFile(fresh, []byte(exportArticle), 0o644)
			stderr, err := runImportCmd(t, "--format", format, out, fresh)
			if err != nil {
				t.Fatal(err)
			}
			want := 3 // claim, source, quote (its speaker mention is a link)
			if format == "conll" {
				want = 4 // CoNLL has no links: the mention comes back as a speaker-mention span
			}
			if !strings.Contains(stderr, fmt.Sprintf("imported %d annotations", want)) {
				t.Errorf("stderr %q", stderr)
			}
			f := sidecarOf(t, fresh)
			var q *model.AnnotationRecord
			for i := range f.Annotations {
				if f.Annotations[i].Label == "quote" {
					q = &f.Annotations[i]
				}
			}
			if q == nil || q.Text != quote {
				t.Fatalf("quote not imported: %+v", f.Annotations)
			}
			if format != "conll" && (q.Speaker != "Jane Smith" || q.Note != "a\nb" || q.SpeakerMention == nil || q.SpeakerMention.Text != "Mayor Jane Smith") {
				t.Errorf("quote lost its speaker, note or link: %+v", q)
			}
			// Importing again adds nothing.
			stderr, err = runImportCmd(t, "--format", format, out, fresh)
			if err != nil || !strings.Contains(stderr, "imported 0 annotations") || !strings.Contains(stderr, fmt.Sprintf("%d already there", want)) {
				t.Errorf("second import: %v %q", err, stderr)
			}
		})
	}
}

func TestBratExportWritesTxtAndConfButNeverOverwrites(t *testing.T) {
	src := annotatedArticle(t)
	dir := filepath.Dir(src)
	ann := filepath.Join(dir, "story.ann") // story.txt is the article itself: equal, so left alone
	if _, _, err := runExportCmd(t, "--format", "brat", "-o", ann, src); err != nil {
		t.Fatal(err)
	}
	conf, err := os.ReadFile(filepath.Join(dir, "annotation.conf"))
	if err != nil || !strings.Contains(string(conf), "[relations]") {
		t.Fatalf("annotation.conf: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "annotation.conf"), []byte("mine"), 0o644)
	_, stderr, err := runExportCmd(t, "--format", "brat", "-o", ann, src)
	if err != nil || !strings.Contains(stderr, "annotation.conf exists: left as it is") {
		t.Errorf("existing conf: %v %q", err, stderr)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "annotation.conf")); string(data) != "mine" {
		t.Errorf("annotation.conf overwritten")
	}
	other := filepath.Join(dir, "other.ann")
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("someone's text"), 0o644)
	if _, _, err := runExportCmd(t, "--format", "brat", "-o", other, src); err == nil || !strings.Contains(err.Error(), "not overwritten") {
		t.Errorf("a different other.txt must not be overwritten: %v", err)
	}
	stdout, stderr, err := runExportCmd(t, "--format", "brat", src)
	if err != nil || !strings.HasPrefix(stdout, "T1\t") || !strings.Contains(stderr, "give -o NAME") {
		t.Errorf("brat to stdout: %v %q %q", err, stdout, stderr)
	}
}

func TestImportErrors(t *testing.T) {
	src := annotatedArticle(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte("not json"), 0o644)
	tests := map[string][]string{
		"unknown format":   {"--format", "xml", bad, src},
		"no format":        {bad, src},
		"unparsable":       {"--format", "label-studio", bad, src},
		"missing file":     {"--format", "brat", "/nonexistent/x.ann", src},
		"missing article":  {"--format", "brat", bad, "/nonexistent/story.txt"},
		"both stdin":       {"--format", "brat", "-", "-"},
		"a directory file": {"--format", "brat", t.TempDir(), src},
	}
	for name, args := range tests {
		if _, err := runImportCmd(t, args...); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v", name, err)
		}
	}
	before, _ := os.ReadFile(src + ".annotty.json")
	runImportCmd(t, "--format", "label-studio", bad, src)
	if after, _ := os.ReadFile(src + ".annotty.json"); !bytes.Equal(before, after) {
		t.Errorf("a failed import changed the sidecar")
	}
}

func TestExportLabelStudioConfigAndConllLabels(t *testing.T) {
	src := annotatedArticle(t)
	cfg, _, err := runExportCmd(t, "--format", "label-studio-config", src)
	if err != nil || !strings.Contains(cfg, `<Label value="claim"/>`) || !strings.Contains(cfg, `<Relation value="speaker"/>`) {
		t.Errorf("config: %v %s", err, cfg)
	}
	out, _, err := runExportCmd(t, "--format", "conll", "--labels", "source", src)
	if err != nil || strings.Contains(out, "-claim") || !strings.Contains(out, "Cafe\u0301 -X- _ B-source\nowners -X- _ I-source\n") {
		t.Errorf("conll --labels source: %v\n%s", err, out)
	}
	var tasks []map[string]any
	out, _, _ = runExportCmd(t, "--format", "label-studio", src)
	if err := json.Unmarshal([]byte(out), &tasks); err != nil || len(tasks) != 1 {
		t.Errorf("label-studio: %v", err)
	}
}

func TestExportOfADumpWithSeveralRecords(t *testing.T) {
	dump := filepath.Join(t.TempDir(), "dump.jsonl")
	os.WriteFile(dump, []byte(`{"id":"a","text":"\"We go,\" Ann Lee said."}`+"\n"+`{"id":"b","text":"北京 \"好,\" 他说。"}`+"\n"), 0o644)
	for format, want := range map[string]int{"doccano": 2, "conll": 2, "jsonl": 0} {
		out, _, err := runExportCmd(t, "--format", format, dump)
		if err != nil {
			t.Errorf("%s: %v", format, err)
			continue
		}
		switch format {
		case "doccano":
			if n := strings.Count(out, "\n"); n != want {
				t.Errorf("doccano: %d lines, want one per record:\n%s", n, out)
			}
		case "conll":
			if n := strings.Count(out, conll.DocStart); n != want {
				t.Errorf("conll: %d documents, want one per record:\n%s", n, out)
			}
		}
	}
	for _, format := range []string{"brat", "label-studio", "json"} {
		if _, _, err := runExportCmd(t, "--format", format, dump); err == nil || !strings.Contains(err.Error(), "holds 2 articles") {
			t.Errorf("%s of a 2-record dump: %v", format, err)
		}
	}
}
