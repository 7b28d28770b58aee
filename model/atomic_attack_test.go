//go:build unix

package model

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annotty/annotty/model/internal/hostile"
)

// isSymlink reports whether path is (still) a symbolic link.
func isSymlink(t *testing.T, path string) bool {
	t.Helper()
	info, err := os.Lstat(path)
	return err == nil && info.Mode()&fs.ModeSymlink != 0
}

// Attacks 2 and 5: writing through a symlink updates its target and keeps
// the link; a dangling link creates its target.
func TestAttackWriteThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	synced := filepath.Join(dir, "synced")
	if err := os.Mkdir(synced, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(synced, "a.json")
	os.WriteFile(target, []byte("old"), 0o644)
	link := filepath.Join(dir, "a.json")
	if err := os.Symlink("synced/a.json", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !isSymlink(t, link) {
		t.Fatal("the symlink was replaced by a regular file")
	}
	if data, _ := os.ReadFile(target); string(data) != "new" {
		t.Errorf("target holds %q", data)
	}
	dangling := filepath.Join(dir, "b.json")
	os.Symlink(filepath.Join(synced, "b.json"), dangling)
	if err := WriteFileAtomic(dangling, []byte("created"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(synced, "b.json")); !isSymlink(t, dangling) || string(data) != "created" {
		t.Errorf("dangling link: target %q", data)
	}
	if entries, _ := os.ReadDir(synced); len(entries) != 2 {
		t.Errorf("temporary files left: %v", entries)
	}
}

// Attack 2: a device reached through a link is written in place, never
// replaced by a regular file; /dev/full reports a full disk in words.
func TestAttackWriteToDevice(t *testing.T) {
	dir := t.TempDir()
	null, full := filepath.Join(dir, "null"), filepath.Join(dir, "full")
	os.Symlink("/dev/null", null)
	os.Symlink("/dev/full", full)
	if err := WriteFileAtomic(null, []byte("x"), 0o644); err != nil {
		t.Fatalf("/dev/null: %v", err)
	}
	if !isSymlink(t, null) {
		t.Error("the link to /dev/null was replaced")
	}
	if info, err := os.Stat("/dev/null"); err != nil || info.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a device: %v", info.Mode())
	}
	err := WriteFileAtomic(full, []byte("x"), 0o644)
	if !errors.Is(err, ErrNoSpace) || !errors.Is(err, syscall.ENOSPC) || !strings.HasPrefix(err.Error(), "no space left on device") {
		t.Errorf("/dev/full: %v", err)
	}
	if !isSymlink(t, full) {
		t.Error("the link to /dev/full was replaced")
	}
}

// Attack 2: a pipe is written in place (the reader gets the data); a FIFO
// with no reader is an error at once, not a hang.
func TestAttackWriteToPipe(t *testing.T) {
	fifo := hostile.FIFO(t, "fifo")
	got := make(chan string, 1)
	go func() {
		r, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		data, _ := io.ReadAll(r)
		r.Close()
		got <- string(data)
	}()
	time.Sleep(50 * time.Millisecond) // the reader opens first, as `annotty export -o >(jq .)` does
	if err := WriteFileAtomic(fifo, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "hello" {
			t.Errorf("reader got %q", s)
		}
	case <-time.After(3 * time.Second):
		os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0) // free the reader
		t.Fatal("the FIFO's reader got nothing: it was replaced, not written")
	}
	if info, _ := os.Lstat(fifo); info.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced by %v", info.Mode())
	}
	done := make(chan error, 1)
	go func() { done <- WriteFileAtomic(fifo, []byte("x"), 0o644) }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("writing a FIFO without a reader succeeded")
		}
	case <-time.After(3 * time.Second):
		t.Fatal("writing a FIFO without a reader hangs")
	}
}

// Attack 2: -o /dev/stdout reaches whatever standard output is (a pipe, or a
// file the shell opened with > or >>) in place.
func TestAttackWriteToDevStdout(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd")
	}
	out := filepath.Join(t.TempDir(), "out.json")
	os.WriteFile(out, []byte("kept\n"), 0o644)
	f, err := os.OpenFile(out, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fdPath := "/proc/self/fd/" + strconv.Itoa(int(f.Fd())) // what /dev/stdout links to
	if err := WriteFileAtomic(fdPath, []byte("added\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(out); string(data) != "kept\nadded\n" {
		t.Errorf("file behind the descriptor holds %q", data)
	}
	r, w, _ := os.Pipe()
	defer r.Close()
	if err := WriteFileAtomic("/proc/self/fd/"+strconv.Itoa(int(w.Fd())), []byte("piped"), 0o644); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if data, _ := io.ReadAll(r); string(data) != "piped" {
		t.Errorf("pipe got %q", data)
	}
}
