//go:build unix

package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNamedPipeIsListedNotOpened: opening a FIFO for reading blocks until a
// writer comes, so a pipe named like an article (or a link to one) must be
// listed with its reason, never opened.
func TestNamedPipeIsListedNotOpened(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "Alpha story.\n"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := os.Symlink("pipe.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	c := openDir(t, dir)
	done := make(chan error, 1)
	go func() { done <- c.Fill(context.Background(), nil, nil) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("filling a corpus with a named pipe in it hangs")
	}
	for _, name := range []string{"link.txt", "pipe.txt"} {
		if e, ok := c.Entry(name); !ok || !strings.Contains(e.Problem, "not a regular file") || e.Usable() {
			t.Errorf("%s: %+v, want listed as not a regular file", name, e)
		}
	}
	if e, _ := c.Entry("a.txt"); !e.Usable() {
		t.Errorf("a.txt is not usable: %+v", e)
	}
}
