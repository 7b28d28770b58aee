package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// Attack 1: -o onto the article, its sidecar (in any format), the sidecar's
// lock, or another article's sidecar is refused, and the file is unchanged.
func TestAttackExportRefusesToOverwriteArticleOrSidecar(t *testing.T) {
	article := annotatedArticle(t)
	dir := filepath.Dir(article)
	other := filepath.Join(dir, "other.txt"+model.SidecarSuffix)
	os.WriteFile(other, []byte(`{"not":"ours"}`), 0o644)
	teamMember := model.AuthorSidecarName(article, "ann")
	os.WriteFile(teamMember, []byte(`{"not":"ours"}`), 0o644)
	link := filepath.Join(dir, "link-to-article")
	os.Symlink(article, link)
	hard := filepath.Join(dir, "hard-link")
	os.Link(article, hard)
	cwd, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(cwd)
	for _, c := range []struct{ out, format string }{
		{article, "json"},
		{"story.txt", "jsonl"},
		{"./story.txt", "w3c"},
		{link, "json"},
		{hard, "json"},
		{article + model.SidecarSuffix, "jsonl"},
		{article + model.SidecarSuffix, "json"},
		{article + model.SidecarSuffix + ".lock", "json"},
		{other, "json"},
		{teamMember, "jsonl"},
	} {
		before, _ := os.ReadFile(c.out)
		_, _, err := runExportCmd(t, "--format", c.format, "-o", c.out, article)
		if !errors.Is(err, model.ErrProtectedPath) || !strings.HasPrefix(err.Error(), "-o: refusing to overwrite "+c.out+": it is ") {
			t.Errorf("-o %s --format %s: %v", c.out, c.format, err)
		}
		if after, _ := os.ReadFile(c.out); string(after) != string(before) {
			t.Errorf("-o %s: the file was changed", c.out)
		}
	}
	if _, err := model.DecodeAnnotationFile(must(os.ReadFile(article + model.SidecarSuffix))); err != nil {
		t.Errorf("the sidecar no longer decodes: %v", err)
	}
}

// must returns data, failing nothing: a missing file reads as empty.
func must(data []byte, _ error) []byte { return data }

// -o - writes to standard output.
func TestExportOutputDashIsStdout(t *testing.T) {
	article := annotatedArticle(t)
	out, _, err := runExportCmd(t, "-o", "-", article)
	if err != nil || !strings.Contains(out, `"annotations"`) {
		t.Fatalf("-o -: %v %q", err, out)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(article), "-")); err == nil {
		t.Error("-o - created a file named -")
	}
}

// Attack 1 for a corpus: the export's -o cannot land on one of its documents
// or on a sidecar; -o - is standard output.
func TestAttackCorpusExportRefusesToOverwriteDocuments(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	doc := filepath.Join(dir, "herald", "budget.txt")
	before, _ := os.ReadFile(doc)
	for _, out := range []string{doc, filepath.Join(dir, "herald", "x"+model.SidecarSuffix)} {
		os.WriteFile(filepath.Join(dir, "herald", "x"+model.SidecarSuffix), []byte("{}"), 0o644)
		if _, _, err := runCmd(t, newExportCmd, "--format", "jsonl", "-o", out, dir); !errors.Is(err, model.ErrProtectedPath) {
			t.Errorf("-o %s: %v", out, err)
		}
	}
	if after, _ := os.ReadFile(doc); string(after) != string(before) {
		t.Error("a corpus document was overwritten")
	}
	if out, _, err := runCmd(t, newExportCmd, "--format", "jsonl", "-o", "-", dir); err != nil || !strings.Contains(out, "budget.txt") {
		t.Errorf("-o -: %v %q", err, out)
	}
}
