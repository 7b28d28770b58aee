package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/ui"
)

// badInputs are files the reader must refuse with a one-line reason.
func badInputs(t *testing.T) (dir string, cases []struct{ arg, reason string }) {
	t.Helper()
	dir = t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases = []struct{ arg, reason string }{
		{filepath.Join(dir, "missing.txt"), "no such file or directory"},
		{dir, "is a directory"},
		{write("image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), "file looks binary"},
		{write("empty.txt", nil), "file is empty"},
		{write("blank.txt", []byte(" \n\t\r\n")), "file is empty"},
	}
	return dir, cases
}

func TestOpenArticleRefusesBadInput(t *testing.T) {
	_, cases := badInputs(t)
	for _, c := range cases {
		doc, err := openArticle(c.arg, strings.NewReader(""))
		if err == nil || doc != nil {
			t.Errorf("%s: no error", c.arg)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, c.arg+": ") || !strings.Contains(msg, c.reason) || strings.Contains(msg, "\n") {
			t.Errorf("%s: error %q, want %q: ...%s...", c.arg, msg, c.arg, c.reason)
		}
	}
}

func TestOpenArticleSources(t *testing.T) {
	doc, err := openArticle("", nil)
	if err != nil || doc.Path != "sample:fox-rafah.txt" || len(doc.Paragraphs) == 0 {
		t.Fatalf("bundled sample: %v %+v", err, doc)
	}
	doc, err = openArticle("-", strings.NewReader("From stdin.\r\nSecond line.\r\n"))
	if err != nil || doc.Path != "-" || len(doc.Paragraphs) != 2 || doc.ParagraphText(0) != "From stdin." {
		t.Fatalf("stdin: %v %+v", err, doc)
	}
	if _, err = openArticle("-", strings.NewReader("")); err == nil || err.Error() != "-: file is empty" {
		t.Fatalf("empty stdin: %v", err)
	}
	p := filepath.Join(t.TempDir(), "latin1.md")
	if err := os.WriteFile(p, []byte("# Caf\xe9\n\nna\xefve text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err = openArticle(p, nil)
	if err != nil || doc.InvalidUTF8 != 2 || !doc.Markdown || !strings.Contains(doc.Text, "Caf\uFFFD") {
		t.Fatalf("invalid UTF-8: %v %+v", err, doc)
	}
}

func TestRootFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--theme", "sepia"}, `--theme "sepia": want dark, light or auto`},
		{[]string{"--width", "5"}, "--width 5: want at least 20 columns"},
	} {
		cmd := newRootCmd()
		cmd.SetArgs(tt.args)
		cmd.SetOut(new(bytes.Buffer))
		cmd.SetErr(new(bytes.Buffer))
		if err := cmd.Execute(); err == nil || err.Error() != tt.want {
			t.Errorf("%v: error %v, want %q", tt.args, err, tt.want)
		}
	}
	var out bytes.Buffer
	cmd := newRootCmd()
	cmd.SetArgs([]string{"--help"})
	cmd.SetOut(&out)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"annotty [FILE|URL|-]", "--width", "--theme", "--version"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("--help lacks %q", want)
		}
	}
}

// TestBinaryBadInput builds annotty and checks what a user sees: one line on
// stderr, exit status 1, no panic.
func TestBinaryBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "annotty")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir, cases := badInputs(t)
	for _, c := range cases {
		if c.arg == dir { // a folder opens a corpus; this one holds only empty files
			c.reason = "none of the 2 documents can be opened (blank.txt: empty)"
		}
		var stderr bytes.Buffer
		cmd := exec.Command(bin, c.arg)
		cmd.Stderr = &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("%s: exit %v, want status 1", c.arg, err)
		}
		got := stderr.String()
		if !strings.HasPrefix(got, "annotty: "+c.arg+": ") || !strings.Contains(got, c.reason) || strings.Count(got, "\n") != 1 {
			t.Errorf("%s: stderr %q", c.arg, got)
		}
	}
	var stdout bytes.Buffer
	cmd := exec.Command(bin, "--version")
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil || !strings.Contains(stdout.String(), "annotty version") {
		t.Errorf("--version: %v %q", err, stdout.String())
	}
	// Empty standard input is refused the same way.
	var stderr bytes.Buffer
	cmd = exec.Command(bin, "-")
	cmd.Stdin = strings.NewReader("")
	cmd.Stderr = &stderr
	if err := cmd.Run(); err == nil || stderr.String() != "annotty: -: file is empty\n" {
		t.Errorf("empty stdin: %v %q", err, stderr.String())
	}
}

var updateReadme = flag.Bool("update-readme", false, "rewrite the key list in README.md from the key map")

// TestReadmeKeys keeps README.md's key list equal to the key map, so the
// keys are never written by hand twice.
func TestReadmeKeys(t *testing.T) {
	const begin, end = "<!-- keys:begin -->\n", "<!-- keys:end -->"
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatal("README.md lacks the keys markers")
	}
	keys := ui.HelpMarkdown(ui.DefaultKeyMap())
	keys = strings.Replace(keys, "# annotty keys\n\n", "", 1) // README has its own heading
	keys = strings.ReplaceAll(keys, "\n## ", "\n### ")
	keys = strings.Replace(keys, "## ", "### ", 1)
	want := readme[:i+len(begin)] + keys + readme[j:]
	if *updateReadme {
		if err := os.WriteFile("README.md", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if readme != want {
		t.Fatal("README.md's key list is out of date: go test -run TestReadmeKeys . -update-readme")
	}
}

func TestReaderArticleOutsideTheHeapReadsLikeTheHeapOne(t *testing.T) {
	text := strings.Repeat("A paragraph of the article, “quoted” 記者 e\u0301.\n", offHeapMinBytes/40)
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	heap, err := openArticle(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	mapped, err := openArticleInto(p, nil, articleBuffer)
	if err != nil {
		t.Fatal(err)
	}
	if len(text) < offHeapMinBytes || mapped.Text != text || heap.Text != text || len(mapped.Paragraphs) != len(heap.Paragraphs) {
		t.Errorf("the reader's buffer changed the article: %d bytes, %d paragraphs; want %d, %d",
			len(mapped.Text), len(mapped.Paragraphs), len(text), len(heap.Paragraphs))
	}
}
