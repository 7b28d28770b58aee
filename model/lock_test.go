package model

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestLockLifecycle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.lock")
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AcquireLock(path); !errors.Is(err, ErrLocked) {
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
}

func TestLockReleaseLeavesOthersLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.lock")
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	other := `{"pid":1,"host":"elsewhere","since":"2026-01-01T00:00:00Z"}`
	_ = os.WriteFile(path, []byte(other), 0o644) // our lock was broken and re-taken
	_ = l.Release()
	if data, _ := os.ReadFile(path); string(data) != other {
		t.Errorf("released someone else's lock")
	}
}

func TestUnparsableLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.lock")
	_ = os.WriteFile(path, nil, 0o644) // a writer between create and write
	if _, err := AcquireLock(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("fresh empty lock must be respected: %v", err)
	}
	old := time.Now().Add(-time.Minute)
	_ = os.Chtimes(path, old, old)
	l, err := AcquireLock(path)
	if err != nil {
		t.Fatalf("old empty lock must count as stale: %v", err)
	}
	l.Release()
}
