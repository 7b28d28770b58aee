//go:build unix

package corpus

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Attack 6: a FIFO where a file is expected is refused at once, not waited on.
func TestAttackFIFOIsRefusedWithoutBlocking(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "x.annotty.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := readCapped(fifo, 1<<20); done <- err }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("a FIFO was read as a file")
		}
	case <-time.After(3 * time.Second):
		t.Fatal("reading a FIFO hangs")
	}
}
