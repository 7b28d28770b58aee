//go:build unix

// Package hostile makes the special files attack tests throw at annotty's
// readers (FIFOs without a writer) and checks that a reader refuses them at
// once instead of blocking. It is imported by tests only.
package hostile

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// FIFO creates a named pipe called name in a fresh temporary folder.
func FIFO(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Within fails the test if f does not return within 3 s (a FIFO would hang
// it; an endless device would fill memory long before).
func Within(t testing.TB, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
		t.Fatalf("%s did not return within 3 s", what)
	}
}

// RefusesFIFO checks that read, given a FIFO with no writer, returns an
// error at once.
func RefusesFIFO(t testing.TB, read func(path string) error) {
	t.Helper()
	fifo := FIFO(t, "x.annotty.json")
	var err error
	Within(t, "reading a FIFO", func() { err = read(fifo) })
	if err == nil {
		t.Fatal("a FIFO was read as a file")
	}
}
