package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestFolderListsDocumentsRecursivelyWithoutSidecarsOrHiddenFiles(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"b.txt":                       "B.\n",
		"a.md":                        "# A\n",
		"outlet/one.txt":              "One.\n",
		"outlet/one.txt.annotty.json": "{}",
		"outlet/photo.jpg":            "\xff\xd8",
		".git/notes.txt":              "not an article",
		".hidden.txt":                 "not listed",
		"deep/er/story.markdown":      "Story.\n",
	})
	c := openDir(t, dir)
	want := []string{"a.md", "b.txt", "deep/er/story.markdown", "outlet/one.txt"}
	if got := paths(c.Entries()); !slices.Equal(got, want) {
		t.Errorf("entries %v, want %v", got, want)
	}
	if e, _ := c.Entry("outlet/one.txt"); e.Outlet() != "outlet" || e.Kind.Name != "text" {
		t.Errorf("outlet %q, kind %q", e.Outlet(), e.Kind.Name)
	}
	if e, _ := c.Entry("a.md"); e.Outlet() != "" || e.Kind.Name != "markdown" {
		t.Errorf("a.md outlet %q, kind %q", e.Outlet(), e.Kind.Name)
	}
}

func TestIsCorpus(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"article.txt": "Mayor opens library\n\nThe mayor said it was a fine day.\n",
		"one.txt":     "One.\n",
		"two.md":      "Two.\n",
		"list.txt":    "# papers to read\none.txt\n\ntwo.md\n",
		"half.txt":    "one.txt\nnot-a-file.txt\n",
	})
	at := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		args []string
		want bool
	}{
		{[]string{at("article.txt")}, false},
		{[]string{at("half.txt")}, false},
		{[]string{"-"}, false},
		{[]string{"sample:fox-rafah.txt"}, false},
		{[]string{at("nope.txt")}, false},
		{[]string{dir}, true},
		{[]string{at("list.txt")}, true},
		{[]string{"@" + at("article.txt")}, true},
		{[]string{at("one.txt"), at("two.md")}, true},
	}
	for _, tt := range tests {
		if got := IsCorpus(tt.args); got != tt.want {
			t.Errorf("IsCorpus(%v) = %v, want %v", tt.args, got, tt.want)
		}
	}
}

func TestListAndFilesKeepTheirOrderAndReportBadEntries(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"x/one.txt": "One.\n",
		"y/two.md":  "Two.\n",
		"page.html": "<p>not yet</p>",
		"list.txt":  "y/two.md\nx/one.txt\n",
	})
	c, err := Open([]string{filepath.Join(dir, "list.txt")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(c.Entries()); !slices.Equal(got, []string{"y/two.md", "x/one.txt"}) || c.Root() != dir || c.IsFolder() {
		t.Errorf("list: %v, root %s", got, c.Root())
	}
	c, err = Open([]string{filepath.Join(dir, "x/one.txt"), filepath.Join(dir, "page.html"), filepath.Join(dir, "gone.txt")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	html, _ := c.Entry("page.html")
	gone, _ := c.Entry("gone.txt")
	if !strings.Contains(html.Problem, "not a kind") || gone.Problem != "no such file or directory" {
		t.Errorf("problems: html %q, gone %q", html.Problem, gone.Problem)
	}
	if _, err := Open([]string{"@" + filepath.Join(dir, "nope.txt")}, Options{}); err == nil || !strings.Contains(err.Error(), "nope.txt") {
		t.Errorf("missing list: %v", err)
	}
}

func TestExtraKindsTakeOverExtensions(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.html": "<p>Hi</p>", "b.txt": "B.\n"})
	html := Kind{Name: "html", Extensions: []string{".html"}, Load: loadText(false)}
	c, err := Open([]string{dir}, Options{Kinds: DefaultKinds().With(html)})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(c.Entries()); !slices.Equal(got, []string{"a.html", "b.txt"}) {
		t.Errorf("entries %v", got)
	}
	e, _ := c.Entry("a.html")
	if doc, err := c.Load(e); err != nil || doc.Text != "<p>Hi</p>" {
		t.Errorf("load through the extra kind: %v", err)
	}
}

func TestTooLargeAndUnreadableFilesAreListedWithTheirReason(t *testing.T) {
	dir := writeTree(t, map[string]string{"big.txt": strings.Repeat("word ", 400), "secret.txt": "S.\n", "ok.txt": "OK.\n"})
	if err := os.Chmod(filepath.Join(dir, "secret.txt"), 0); err != nil {
		t.Fatal(err)
	}
	c, err := Open([]string{dir}, Options{MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Fill(t.Context(), nil, nil); err != nil {
		t.Fatal(err)
	}
	big, _ := c.Entry("big.txt")
	if big.Problem != "too large (2 KB; the limit is 1 KB)" {
		t.Errorf("big: %q", big.Problem)
	}
	if secret, _ := c.Entry("secret.txt"); os.Geteuid() != 0 && secret.Problem != "unreadable: permission denied" {
		t.Errorf("secret: %q", secret.Problem)
	}
	if ok, _ := c.Entry("ok.txt"); !ok.Usable() || ok.SHA256 == "" || ok.Size != 4 {
		t.Errorf("ok: %+v", ok)
	}
}

func TestSymlinkedFolderIsWalked(t *testing.T) {
	dir := writeTree(t, map[string]string{"real/a.txt": "A.\n", "real/sub/b.md": "B.\n"})
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	c := openDir(t, link)
	if got := paths(c.Entries()); !slices.Equal(got, []string{"a.txt", "sub/b.md"}) {
		t.Errorf("entries through a symlink: %v", got)
	}
	if _, ok := c.EntryFor(filepath.Join(link, "sub", "b.md")); !ok {
		t.Error("a document named through the symlink is not found")
	}
	got, err := Expand([]string{link}, DefaultKinds())
	if err != nil || !slices.Equal(got, []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub", "b.md")}) {
		t.Errorf("Expand through a symlink: %v %v", got, err)
	}
}

func TestKindsMatchTheLongestEnding(t *testing.T) {
	gz := Kind{Name: "dump", Extensions: []string{".jsonl.gz", ".jsonl"}}
	txt := Kind{Name: "override", Extensions: []string{".txt"}}
	kinds := DefaultKinds().With(gz, txt)
	for name, want := range map[string]string{
		"a.jsonl.gz": "dump", "A.JSONL": "dump", "b.txt": "override", "c.md": "markdown",
		"d.gz": "", "e.txt.annotty.json": "", ".txt": "", "f": "",
	} {
		k, ok := kinds.Of(filepath.Join("x", name))
		if got := k.Name; got != want || ok != (want != "") {
			t.Errorf("Of(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}
