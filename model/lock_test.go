package model

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestLockLifecycle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.lock")
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	var held *LockedError
	if _, err := AcquireLock(path); !errors.As(err, &held) || held.PID != os.Getpid() {
		t.Fatalf("second acquire: %v", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if err := l.Release(); err != nil {
		t.Errorf("double release: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("lock file left after release")
	}
	again, err := AcquireLock(path)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	again.Release()
}

// A lock file replaced behind the holder's back (deleted by hand and taken
// by another annotty) is left alone when the first holder releases.
func TestLockReleaseLeavesOthersLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.lock")
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	other, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Release()
	_ = l.Release()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("released someone else's lock: %v", err)
	}
	if _, err := AcquireLock(path); !errors.Is(err, ErrLocked) {
		t.Errorf("the second holder lost its lock: %v", err)
	}
}
