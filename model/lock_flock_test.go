//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package model

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// Attack 10: a lock file nobody holds an OS lock on is free, whatever it says:
// left by a crash, by a zombie, naming a pid reused by an unrelated process
// (our own parent, alive), another host, or half written.
func TestAttackLockFileWithoutHolderIsFree(t *testing.T) {
	for name, content := range map[string]string{
		"live reused pid": `{"pid":` + strconv.Itoa(os.Getppid()) + `,"host":"` + hostname() + `","since":"2026-01-01T00:00:00Z"}`,
		"other host":      `{"pid":1,"host":"elsewhere","since":"2026-01-01T00:00:00Z"}`,
		"empty":           "",
		"garbage":         "\x00\x01 not json",
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.lock")
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			l, err := AcquireLock(path)
			if err != nil {
				t.Fatalf("a lock file without a holder kept the lock: %v", err)
			}
			l.Release()
		})
	}
}

// hostname is os.Hostname or "".
func hostname() string { h, _ := os.Hostname(); return h }

// TestHelperHoldLock is not a test: run as a child process, it takes the
// lock named by ANNOTTY_HOLD_LOCK, says "held" and waits to be killed.
func TestHelperHoldLock(t *testing.T) {
	path := os.Getenv("ANNOTTY_HOLD_LOCK")
	if path == "" {
		t.Skip("helper process")
	}
	if _, err := AcquireLock(path); err != nil {
		os.Stdout.WriteString("error " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("held\n")
	select {}
}

// Attack 10: a lock held by another process is respected and names it; once
// that process is killed with SIGKILL the kernel frees the lock at once.
func TestAttackKilledHolderFreesLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.lock")
	child := exec.Command(os.Args[0], "-test.run=^TestHelperHoldLock$")
	child.Env = append(os.Environ(), "ANNOTTY_HOLD_LOCK="+path)
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "held\n" {
		t.Fatalf("helper: %q", line)
	}
	var held *LockedError
	if _, err := AcquireLock(path); !errors.As(err, &held) || held.PID != child.Process.Pid {
		t.Fatalf("lock held by pid %d: %v", child.Process.Pid, err)
	}
	_ = child.Process.Kill()
	// Not reaped yet: the child is a zombie, whose pid still answers kill(pid, 0).
	deadline := time.Now().Add(3 * time.Second)
	l, err := AcquireLock(path)
	for err != nil && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		l, err = AcquireLock(path)
	}
	if err != nil {
		t.Fatalf("lock of a killed (zombie) process not freed: %v", err)
	}
	l.Release()
	_ = child.Wait()
}
