package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFileSafely(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(path, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(path, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	for _, p := range []string{path, link} {
		if data, err := ReadFileSafely(p, ReadOptions{Limit: 5}); err != nil || string(data) != "hello" {
			t.Errorf("%s: %q %v", p, data, err)
		}
	}
	if _, err := ReadFileSafely(path, ReadOptions{Limit: 4}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("above the cap: %v", err)
	}
	if _, err := ReadFileSafely(dir, ReadOptions{Limit: 4}); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("directory: %v", err)
	}
	if _, err := ReadFileSafely(filepath.Join(dir, "missing"), ReadOptions{Limit: 4}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
	if data, err := ReadFileSafely(filepath.Join(dir, "empty"), ReadOptions{Limit: 4}); err == nil {
		t.Errorf("missing file read as %q", data)
	}
}
