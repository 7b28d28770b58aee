//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestAnalyzeFolderSkipsANamedPipe(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": "\"Fine,\" she said.\n"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	type result struct {
		out, errOut string
		err         error
	}
	done := make(chan result, 1)
	go func() {
		out, errOut, err := runAnalyzeCmd(t, "", dir)
		done <- result{out, errOut, err}
	}()
	select {
	case r := <-done:
		if r.err == nil || !strings.Contains(r.errOut, "pipe.txt: ") || strings.Count(r.out, "\n") != 1 {
			t.Errorf("analyze: %v\nstdout %q\nstderr %q", r.err, r.out, r.errOut)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("analyze of a folder holding a named pipe hangs")
	}
}
