//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Attack 7: an article that is an endless device, a FIFO with no writer or
// a sparse file above the cap is refused at once, without reading it.
func TestAttackArticleIsSpecialOrHuge(t *testing.T) {
	dir := t.TempDir()
	sparse := filepath.Join(dir, "sparse.txt")
	if f, err := os.Create(sparse); err == nil {
		f.Truncate(2 << 30)
		f.Close()
	}
	zeroLink := filepath.Join(dir, "zero.txt")
	os.Symlink("/dev/zero", zeroLink)
	for _, c := range []struct{ arg, reason string }{
		{"/dev/zero", "is a device, not a regular file"},
		{"/dev/urandom", "is a device, not a regular file"},
		{zeroLink, "is a device, not a regular file"},
		{sparse, "larger than 1024 MB"},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err := openArticle(c.arg, strings.NewReader(""))
		runtime.ReadMemStats(&after)
		if err == nil || err.Error() != c.arg+": "+c.reason {
			t.Errorf("%s: %v, want %q", c.arg, err, c.reason)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
			t.Errorf("%s: allocated %d MB before refusing", c.arg, grew>>20)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s: took %v to refuse", c.arg, d)
		}
	}
}

// A named pipe is still an article source (annotty <(curl …)), capped like stdin.
func TestArticleFromNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "story.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			w.Write([]byte("Piped article.\n"))
			w.Close()
		}
	}()
	time.Sleep(50 * time.Millisecond)
	doc, err := openArticle(fifo, nil)
	if err != nil || doc.Text != "Piped article.\n" {
		t.Fatalf("fifo: %v %+v", err, doc)
	}
}

// Attack 8: a file name with escape sequences or newlines reaches the
// terminal sanitized in `analyze --format text` and in error messages.
func TestAttackHostileFileNameIsSanitized(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "evil\x1b]0;pwned\x07\n== forged.txt: 99 quotes")
	if err := os.WriteFile(name, []byte("The mayor said \"we will win\" on Monday.\n"), 0o644); err != nil {
		t.Skip("file system refuses the name:", err)
	}
	var out, errOut bytes.Buffer
	if err := runAnalyze(nil, &out, &errOut, "text", []string{name}); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); strings.ContainsAny(s, "\x1b\x07") || strings.Contains(s, "\n== forged") {
		t.Errorf("analyze text: %q", s)
	}
	out.Reset()
	missing := name + "\x1b[2J"
	_ = runAnalyze(nil, &out, &errOut, "text", []string{missing})
	if s := errOut.String(); strings.ContainsAny(s, "\x1b\x07") || strings.Count(s, "\n") != 1 {
		t.Errorf("analyze error: %q", s)
	}
	if s := errorLine(fmt.Errorf("%s: %w", missing, os.ErrNotExist)); strings.ContainsAny(s, "\x1b\x07") || strings.Count(s, "\n") != 1 {
		t.Errorf("main's error line: %q", s)
	}
}
