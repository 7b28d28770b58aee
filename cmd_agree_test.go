package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// teamFolder writes exportArticle with two annotators' sidecars side by side
// (one annotator's name carrying an escape sequence) and returns the folder.
func teamFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte(exportArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument(path, []byte(exportArticle), false)
	if err != nil {
		t.Fatal(err)
	}
	for author, subs := range map[string][]string{"ann": {"“很好”", "Cafe\u0301 owners"}, "bob\x1b]0;pwned\a": {"“很好”"}} {
		st, _ := model.OpenStore(doc, model.StoreOptions{Annotator: author, Set: model.SetOptions{Author: author}})
		for _, sub := range subs {
			i := strings.Index(exportArticle, sub)
			if _, err := st.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: i, End: i + len(sub)}}); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestAgreeFormats(t *testing.T) {
	dir := teamFolder(t)
	run := func(args ...string) (string, string, error) {
		var out, errOut bytes.Buffer
		cmd := newAgreeCmd()
		cmd.SetArgs(args)
		cmd.SetOut(&out)
		cmd.SetErr(&errOut)
		err := cmd.Execute()
		return out.String(), errOut.String(), err
	}
	text, _, err := run(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "2 annotators (ann, bob-0-pwned)") || strings.ContainsRune(text, '\x1b') {
		t.Fatalf("text output:\n%q", text)
	}
	js, _, err := run("--format", "json", dir)
	var rep struct {
		Annotators []string `json:"annotators"`
		Pairs      []struct {
			Overall struct {
				Exact struct{ Matched, Reference, Predicted int }
			}
		}
	}
	if err != nil || json.Unmarshal([]byte(js), &rep) != nil || rep.Pairs[0].Overall.Exact.Matched != 1 || rep.Pairs[0].Overall.Exact.Reference != 2 {
		t.Fatalf("json output (%v):\n%s", err, js)
	}
	cs, _, err := run("--format", "csv", "--by", "document", dir)
	rows, cerr := csv.NewReader(strings.NewReader(cs)).ReadAll()
	if err != nil || cerr != nil || len(rows) != 3 || rows[2][0] != "story.txt" {
		t.Fatalf("csv output (%v %v):\n%s", err, cerr, cs)
	}
	for _, bad := range [][]string{{"--format", "xml", dir}, {"--by", "speaker", dir}, {filepath.Join(dir, "nope")}} {
		if _, _, err := run(bad...); err == nil {
			t.Errorf("agree %v: no error", bad)
		}
	}
}

func TestAdjudicateRefusesBadFolders(t *testing.T) {
	if err := runAdjudicate(filepath.Join(t.TempDir(), "missing"), ""); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("missing folder: %v", err)
	}
	empty := t.TempDir()
	if err := runAdjudicate(empty, ""); err == nil || !strings.Contains(err.Error(), "two or more annotators") {
		t.Errorf("folder without annotators: %v", err)
	}
}

func TestAgreeCSVIsSanitized(t *testing.T) {
	dir := teamFolder(t)
	names, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names { // the article and both sidecars
		if err := os.Rename(filepath.Join(dir, n.Name()), filepath.Join(dir, "evil\x1b[2J"+n.Name())); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	if err := runAgree(&out, &errOut, "csv", "document", []string{dir}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "\x1b") || !strings.Contains(out.String(), "story.txt") {
		t.Errorf("csv not sanitized:\n%q", out.String())
	}
}
