package corpus

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeTree writes relative path -> content under a new temp dir and returns it.
func writeTree(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// openDir opens dir as a corpus with a fixed clock, failing the test on error.
func openDir(t testing.TB, dir string) *Corpus {
	t.Helper()
	c, err := Open([]string{dir}, Options{Now: func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// paths lists entries' corpus paths.
func paths(entries []*Entry) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.Path
	}
	return out
}

// fiveArticles is a small corpus: a.txt … e.txt.
var fiveArticles = map[string]string{
	"a.txt": "Alpha story.\n",
	"b.txt": "Bravo story.\n",
	"c.md":  "# Charlie\n\nStory.\n",
	"d.txt": "Delta story.\n",
	"e.txt": "Echo story.\n",
}
