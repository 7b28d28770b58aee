package agreement

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

const article = "Police said the man was arrested. 🚓 The mayor said “we will act”. 市长 spoke."

// writeSidecar saves an annotation file of text at path with the given
// (label, passage) tags by author; passages are found by their first occurrence.
func writeSidecar(t *testing.T, path, text, author string, tags ...[2]string) {
	t.Helper()
	doc, err := model.NewDocument(strings.TrimSuffix(path, filepath.Ext(path)), []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	set := model.NewAnnotationSet(doc, model.SetOptions{Author: author})
	for _, tag := range tags {
		i := strings.Index(text, tag[1])
		if i < 0 {
			t.Fatalf("%q not in text", tag[1])
		}
		if _, err := set.Add(model.Annotation{Label: tag[0], Span: model.Span{Start: i, End: i + len(tag[1])}, Source: model.SourceManual}); err != nil {
			t.Fatal(err)
		}
	}
	data, err := model.NewAnnotationFile(set, nil).MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadThreeShapesAgree(t *testing.T) {
	dir := t.TempDir()
	claim := [2]string{"claim", "the man was arrested"}
	quote := [2]string{"quote", "we will act"}
	other := [2]string{"claim", "市长 spoke"}

	// Shape 1: two files of one article.
	a, b := filepath.Join(dir, "files", "x.txt.annotty.ann.json"), filepath.Join(dir, "files", "x.txt.annotty.bob.json")
	writeSidecar(t, a, article, "ann", claim, quote)
	writeSidecar(t, b, article, "bob", claim, other)
	// Shape 2: each annotator's own copy of the corpus (plain sidecars; author inside).
	writeSidecar(t, filepath.Join(dir, "copyA", "news", "x.txt.annotty.json"), article, "ann", claim, quote)
	writeSidecar(t, filepath.Join(dir, "copyB", "news", "x.txt.annotty.json"), article, "bob", claim, other)
	// Shape 3: one shared folder, sidecars side by side.
	writeSidecar(t, filepath.Join(dir, "shared", "news", "x.txt.annotty.ann.json"), article, "ann", claim, quote)
	writeSidecar(t, filepath.Join(dir, "shared", "news", "x.txt.annotty.bob.json"), article, "bob", claim, other)

	var reports []Report
	for _, args := range [][]string{{a, b}, {filepath.Join(dir, "copyA"), filepath.Join(dir, "copyB")}, {filepath.Join(dir, "shared")}} {
		d, warnings, err := Load(args)
		if err != nil || len(warnings) != 0 {
			t.Fatalf("Load(%v): %v %v", args, err, warnings)
		}
		if strings.Join(d.Annotators, ",") != "ann,bob" || len(d.Documents) != 1 {
			t.Fatalf("Load(%v): annotators %v, %d documents", args, d.Annotators, len(d.Documents))
		}
		reports = append(reports, Compute(d, false))
	}
	for i, r := range reports {
		p := r.Pairs[0].Overall.Exact
		if p.Matched != 1 || p.Reference != 2 || p.Predicted != 2 {
			t.Errorf("shape %d: exact = %+v, want 1 of 2 matched", i+1, p)
		}
		if r.Alpha != reports[0].Alpha {
			t.Errorf("shape %d: alpha %v differs from %v", i+1, r.Alpha, reports[0].Alpha)
		}
	}
}

func TestLoadRefusesDifferentTextsAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt.annotty.ann.json"), filepath.Join(dir, "a.txt.annotty.bob.json")
	writeSidecar(t, a, article, "ann")
	writeSidecar(t, b, article+" Edited.", "bob")
	if _, _, err := Load([]string{a, b}); err == nil || !strings.Contains(err.Error(), "different texts") {
		t.Fatalf("different texts: err = %v", err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{not json"), 0o644)
	if _, _, err := Load([]string{a, bad}); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Fatalf("corrupt file: err = %v", err)
	}
	if _, _, err := Load([]string{a, filepath.Join(dir, "missing.json")}); err == nil {
		t.Fatal("missing file: no error")
	}
	if _, _, err := Load([]string{dir, a}); err == nil {
		t.Fatal("files and folders mixed: no error")
	}
}

func TestLoadCorpusMissingDocumentIsMissingData(t *testing.T) {
	dir := t.TempDir()
	claim := [2]string{"claim", "the man was arrested"}
	writeSidecar(t, filepath.Join(dir, "A", "one.txt.annotty.json"), article, "ann", claim)
	writeSidecar(t, filepath.Join(dir, "B", "one.txt.annotty.json"), article, "bob", claim)
	writeSidecar(t, filepath.Join(dir, "A", "two.txt.annotty.json"), article, "ann", claim)
	d, _, err := Load([]string{filepath.Join(dir, "A"), filepath.Join(dir, "B")})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Documents) != 2 {
		t.Fatalf("%d documents, want 2", len(d.Documents))
	}
	r := Compute(d, true)
	if r.Pairs[0].Documents != 1 || r.Alpha != 1 {
		t.Fatalf("shared %d, alpha %v: the document only ann has must be missing data", r.Pairs[0].Documents, r.Alpha)
	}
}

func TestSharedFolderLeavesTheGoldFileOut(t *testing.T) {
	dir := t.TempDir()
	claim := [2]string{"claim", "the man was arrested"}
	quote := [2]string{"quote", "we will act"}
	writeSidecar(t, filepath.Join(dir, "x.txt.annotty.ann.json"), article, "ann", claim, quote)
	writeSidecar(t, filepath.Join(dir, "x.txt.annotty.bob.json"), article, "bob", claim)
	before, _, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	// Adjudication writes gold beside them; it is not a third annotator.
	writeSidecar(t, filepath.Join(dir, "x.txt.annotty."+model.GoldAuthor+".json"), article, model.GoldAuthor, claim)
	after, _, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(after.Annotators, ",") != "ann,bob" {
		t.Errorf("annotators after adjudication %v, want ann,bob", after.Annotators)
	}
	if a, b := Compute(before, false).Alpha, Compute(after, false).Alpha; a != b {
		t.Errorf("alpha %v before adjudication, %v after", a, b)
	}
}

func TestOneAnnotationFileIsNotEnough(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.txt.annotty.ann.json")
	writeSidecar(t, path, article, "ann", [2]string{"claim", "the man was arrested"})
	if _, _, err := Load([]string{path}); err == nil || !strings.Contains(err.Error(), "at least two annotators") {
		t.Errorf("one file: %v, want an error asking for two annotators", err)
	}
}

func TestAnnotatorWhoseFilesWereLeftOutIsNotCounted(t *testing.T) {
	dir := t.TempDir()
	claim := [2]string{"claim", "the man was arrested"}
	writeSidecar(t, filepath.Join(dir, "x.txt.annotty.ann.json"), article, "ann", claim)
	writeSidecar(t, filepath.Join(dir, "x.txt.annotty.bob.json"), article, "bob", claim)
	if err := os.WriteFile(filepath.Join(dir, "x.txt.annotty.aaron.json"), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, warnings, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(d.Annotators, ",") != "ann,bob" || len(warnings) != 1 {
		t.Errorf("annotators %v (warnings %v), want ann,bob and one warning", d.Annotators, warnings)
	}
	if doc := d.Documents[0]; doc.Codings[0] == nil || doc.Codings[1] == nil || len(doc.Codings) != 2 {
		t.Errorf("codings not indexed by the remaining annotators: %v", doc.Codings)
	}
	if err := os.Remove(filepath.Join(dir, "x.txt.annotty.bob.json")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load([]string{dir}); err == nil || !strings.Contains(err.Error(), "at least two annotators") {
		t.Errorf("ann and an unreadable file: %v, want too few annotators", err)
	}
}

func TestSymlinkedFolderIsRead(t *testing.T) {
	dir := t.TempDir()
	claim := [2]string{"claim", "the man was arrested"}
	writeSidecar(t, filepath.Join(dir, "real", "x.txt.annotty.ann.json"), article, "ann", claim)
	writeSidecar(t, filepath.Join(dir, "real", "x.txt.annotty.bob.json"), article, "bob", claim)
	link := filepath.Join(dir, "link")
	if err := os.Symlink("real", link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	d, _, err := Load([]string{link})
	if err != nil || len(d.Documents) != 1 || d.Documents[0].Name != "x.txt" {
		t.Errorf("symlinked folder: %+v %v", d, err)
	}
}
