//go:build unix

package model

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/annotty/annotty/model/internal/hostile"
)

// hostileFiles makes, in a fresh folder, one path per kind of file annotty
// must refuse to read: symlinks to endless devices, a FIFO with no writer,
// a directory.
func hostileFiles(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	paths := map[string]string{}
	for name, target := range map[string]string{"zero": "/dev/zero", "urandom": "/dev/urandom"} {
		p := filepath.Join(dir, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
	}
	paths["fifo"] = hostile.FIFO(t, "fifo")
	paths["dir"] = t.TempDir()
	return paths
}

// Attack 6: a sidecar that is a device or a FIFO makes the store read-only at
// once, as unreadable (not corrupt: there is nothing to move aside).
func TestAttackSidecarIsSpecialFile(t *testing.T) {
	for name, path := range hostileFiles(t) {
		t.Run(name, func(t *testing.T) {
			doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
			var err error
			var st *Store
			hostile.Within(t, "OpenStore", func() { st, err = OpenStore(doc, StoreOptions{Path: path}) })
			defer st.Close()
			if !errors.Is(err, ErrSidecarUnreadable) || errors.Is(err, ErrCorruptSidecar) {
				t.Fatalf("open: %v", err)
			}
			if _, err := st.MoveCorruptAside(); err == nil {
				t.Error("offered to move a special file aside")
			}
			hostile.Within(t, "ReadAnnotations", func() { _, _, _, err = ReadAnnotations(doc, StoreOptions{Path: path}) })
			if !errors.Is(err, ErrNotRegular) {
				t.Errorf("read: %v", err)
			}
		})
	}
}

// Attack 6: a lock file that is a device or a FIFO is not read, and keeps the
// store read-only rather than hanging or filling memory.
func TestAttackLockIsSpecialFile(t *testing.T) {
	for name, path := range hostileFiles(t) {
		if name == "dir" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			doc := writeArticle(t, dir, "a.txt", storeText)
			if err := os.Symlink(path, doc.Path+SidecarSuffix+".lock"); err != nil {
				t.Fatal(err)
			}
			var err error
			var st *Store
			hostile.Within(t, "OpenStore", func() { st, err = OpenStore(doc, StoreOptions{}) })
			defer st.Close()
			if err == nil {
				t.Fatal("a store whose lock path is a special file opened writable")
			}
		})
	}
}

// Attack 6: a --labels file that is a device or a FIFO is refused at once.
func TestAttackLabelsIsSpecialFile(t *testing.T) {
	for name, path := range hostileFiles(t) {
		t.Run(name, func(t *testing.T) {
			var err error
			hostile.Within(t, "LoadLabels", func() { _, err = LoadLabels(path) })
			if !errors.Is(err, ErrNotRegular) {
				t.Fatalf("labels: %v", err)
			}
		})
	}
}

// Attack 7: a sparse file larger than the cap is refused from its size,
// without reading it.
func TestReadFileSafelyRefusesLargeFileFromStat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sparse")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(2 << 30); err != nil {
		t.Skip("no sparse files here:", err)
	}
	f.Close()
	start := time.Now()
	_, err = ReadFileSafely(path, ReadOptions{Limit: MaxArticleBytes, AllowPipe: true})
	if !errors.Is(err, ErrTooLarge) || err.Error() != "larger than 1024 MB" {
		t.Fatalf("2 GB sparse file: %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing took %v: it was read", d)
	}
}

// A pipe the caller allows is read to its end, up to the cap.
func TestReadFileSafelyReadsAllowedPipe(t *testing.T) {
	fifo := hostile.FIFO(t, "fifo")
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		w.Write([]byte("twelve bytes"))
		w.Close()
	}()
	time.Sleep(50 * time.Millisecond) // the writer opens first, as a shell's <(…) does
	data, err := ReadFileSafely(fifo, ReadOptions{Limit: 10, AllowPipe: true})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("pipe above the cap: %q %v", data, err)
	}
}

// Attack 6 mid-session: a sidecar replaced by a link to /dev/zero (or a FIFO)
// while annotty has it open makes the next save refuse, at once, as
// unreadable; nothing is written over the device.
func TestAttackSidecarSwappedForSpecialFileBeforeSave(t *testing.T) {
	for _, name := range []string{"zero", "fifo"} {
		t.Run(name, func(t *testing.T) {
			doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
			st, err := OpenStore(doc, StoreOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			tagFirst(t, st.Set(), "quote", "住宅")
			if err := st.Save(); err != nil {
				t.Fatal(err)
			}
			os.Remove(st.Path())
			if name == "zero" {
				os.Symlink("/dev/zero", st.Path())
			} else {
				syscall.Mkfifo(st.Path(), 0o644)
			}
			tagFirst(t, st.Set(), "claim", "naïve")
			hostile.Within(t, "Save", func() { err = st.Save() })
			if !errors.Is(err, ErrSidecarUnreadable) || st.ReadOnly() == nil {
				t.Fatalf("save over a %s: %v", name, err)
			}
		})
	}
}
