package model

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Environment of the child process TestKillMidSave starts from its own binary.
const (
	crashModeEnv    = "ANNOTTY_CRASH_MODE" // "block" or "loop"
	crashArticleEnv = "ANNOTTY_CRASH_ARTICLE"
)

// crashChild runs in the child: it saves new annotations and either blocks
// between write and rename ("block") or saves in a tight loop ("loop").
func crashChild(t *testing.T) {
	path := os.Getenv(crashArticleEnv)
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := NewDocument(path, text, false)
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv(crashModeEnv) == "block" {
		beforeRenameHook = func(string) {
			os.Stdout.WriteString("ready\n")
			select {} // wait here for SIGKILL
		}
		tagFirst(t, st.Set(), "claim", "住宅")
		_ = st.Save()
		return
	}
	for i := 0; ; i++ {
		if i == 50 {
			os.Stdout.WriteString("ready\n")
		}
		if i%2 == 0 {
			tagFirst(t, st.Set(), "claim", "住宅")
		} else {
			st.Set().Undo()
		}
		if err := st.Save(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestKillMidSave(t *testing.T) {
	if os.Getenv(crashModeEnv) != "" {
		crashChild(t)
		return
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	for _, mode := range []string{"block", "loop"} {
		t.Run(mode, func(t *testing.T) {
			dir := t.TempDir()
			doc := writeArticle(t, dir, "a.txt", storeText)
			st, _ := OpenStore(doc, StoreOptions{})
			tagFirst(t, st.Set(), "quote", "\"naïve\"")
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(st.Path())

			child := exec.Command(os.Args[0], "-test.run=^TestKillMidSave$")
			child.Env = append(os.Environ(), crashModeEnv+"="+mode, crashArticleEnv+"="+doc.Path)
			stdout, _ := child.StdoutPipe()
			if err := child.Start(); err != nil {
				t.Fatal(err)
			}
			ready := make(chan bool, 1)
			go func() {
				line, _ := bufio.NewReader(stdout).ReadString('\n')
				ready <- strings.TrimSpace(line) == "ready"
			}()
			select {
			case ok := <-ready:
				if !ok {
					t.Fatal("child did not report ready")
				}
			case <-time.After(20 * time.Second):
				_ = child.Process.Kill()
				t.Fatal("child never got ready")
			}
			if err := child.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			_ = child.Wait()

			after, err := os.ReadFile(st.Path())
			if err != nil {
				t.Fatal(err)
			}
			f, err := DecodeAnnotationFile(after)
			if err != nil {
				t.Fatalf("sidecar does not parse after the kill: %v", err)
			}
			if mode == "block" && !bytes.Equal(after, before) {
				t.Errorf("killed between write and rename, but the sidecar changed")
			}
			if n := len(f.Annotations); n != 1 && n != 2 {
				t.Errorf("%d annotations after the kill", n)
			}
			if _, err := os.Stat(filepath.Join(dir, "a.txt.annotty.json.lock")); err != nil {
				t.Errorf("the killed process's lock should remain (and be stale): %v", err)
			}
			st2, err := OpenStore(doc, StoreOptions{})
			if err != nil {
				t.Fatalf("reopen after the crash (stale lock): %v", err)
			}
			if st2.Set().Len() != len(f.Annotations) {
				t.Errorf("reopened %d annotations", st2.Set().Len())
			}
			st2.Close()
			if temps, _ := filepath.Glob(filepath.Join(dir, ".a.txt.annotty.json.tmp-*")); len(temps) != 0 {
				t.Errorf("leftover temp files after reopen: %v", temps)
			}
		})
	}
}
