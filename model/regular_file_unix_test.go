//go:build unix

package model

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestOpenRegularRefusesPipesAndFolders(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(pipe, link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{pipe, link, dir} {
		if f, _, err := OpenRegular(p); !errors.Is(err, ErrNotRegular) {
			if f != nil {
				f.Close()
			}
			t.Errorf("%s: %v, want ErrNotRegular", p, err)
		}
	}
	file := filepath.Join(dir, "a.json")
	if err := os.WriteFile(file, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, info, err := OpenRegular(file)
	if err != nil || info.Size() != 2 {
		t.Fatalf("regular file: %v %v", info, err)
	}
	f.Close()
	if _, _, err := OpenRegular(filepath.Join(dir, "none")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestReadAnnotationsRefusesAPipeNamedLikeASidecar(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	doc, err := NewDocument(path, []byte("A story.\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path+SidecarSuffix, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	done := make(chan error, 1)
	go func() {
		_, _, _, err := ReadAnnotations(doc, StoreOptions{})
		done <- err
	}()
	select {
	case err := <-done:
		var corrupt *CorruptSidecarError
		if !errors.As(err, &corrupt) || !errors.Is(err, ErrNotRegular) {
			t.Errorf("ReadAnnotations: %v, want a CorruptSidecarError saying not a regular file", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading a sidecar that is a named pipe hangs")
	}
}
