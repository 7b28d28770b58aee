package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// ErrLocked is matched (errors.Is) by a *LockedError.
var ErrLocked = errors.New("annotations are open in another annotty")

// LockedError says another annotty process holds a sidecar's lock.
type LockedError struct {
	// LockPath is the lock file.
	LockPath string
	// PID, Host and Since describe the holder, as it wrote them (zero when unknown).
	PID   int
	Host  string
	Since time.Time
}

// Error reads "annotations are open in another annotty (pid 42 on host, since 10:04); read-only until it closes (lock PATH)".
func (e *LockedError) Error() string {
	who := ""
	if e.PID > 0 {
		who = fmt.Sprintf(" (pid %d on %s, since %s)", e.PID, e.Host, e.Since.Local().Format("15:04"))
	}
	return fmt.Sprintf("%v%s; read-only until it closes (lock %s)", ErrLocked, who, e.LockPath)
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// lockInfo is the content of a lock file: who holds it, for messages only.
// The lock itself is the operating system's lock on the open file.
type lockInfo struct {
	PID   int       `json:"pid"`
	Host  string    `json:"host"`
	Since time.Time `json:"since"`
}

// Lock is an exclusive lock on a lock file, held by the operating system
// (flock) for as long as this process keeps the file open: a crash, kill -9
// or a zombie parent releases it, and a reused pid cannot hold it.
type Lock struct {
	path string
	file *os.File
}

// AcquireLock takes the lock at lockPath, creating the file. When another
// process holds it, it returns a *LockedError naming the holder. The lock
// file must be a regular file (not a link, device or FIFO).
func AcquireLock(lockPath string) (*Lock, error) {
	for attempt := 0; attempt < 5; attempt++ {
		f, locked, err := lockOpen(lockPath)
		if err != nil {
			return nil, lockFileError(lockPath, err)
		}
		if !locked {
			held := describeHolder(f, lockPath)
			_ = f.Close()
			return nil, held
		}
		if !stillAtPath(f, lockPath) { // its owner released and removed it as we locked it
			_ = f.Close()
			continue
		}
		if err := writeLockInfo(f); err != nil {
			_ = f.Close()
			return nil, fmt.Errorf("cannot write lock file %s: %w", lockPath, err)
		}
		return &Lock{path: lockPath, file: f}, nil
	}
	return nil, &LockedError{LockPath: lockPath}
}

// lockFileError names the lock file in an error opening it.
func lockFileError(lockPath string, err error) error {
	var nr *NotRegularError
	if errors.As(err, &nr) {
		return fmt.Errorf("lock file %s %w; read-only", lockPath, err)
	}
	return fmt.Errorf("cannot open lock file: %w; read-only", err)
}

// writeLockInfo replaces the lock file's content with this process's pid,
// host and start time. It is not fsynced: the lock is the flock (or, where
// there is none, the file's creation), never the content, which only names
// the holder to another process, and that process reads it through the same
// page cache at once. A machine crash ends the holder anyway.
func writeLockInfo(f *os.File) error {
	host, _ := os.Hostname()
	data, _ := json.Marshal(lockInfo{PID: os.Getpid(), Host: host, Since: time.Now().UTC().Truncate(time.Second)})
	if err := f.Truncate(0); err != nil {
		return err
	}
	_, err := f.WriteAt(append(data, '\n'), 0)
	return err
}

// describeHolder reads what the holder wrote into the lock file (at most
// maxLockBytes); a holder between creating and writing it is left unnamed.
func describeHolder(f *os.File, lockPath string) *LockedError {
	held := &LockedError{LockPath: lockPath}
	data, err := io.ReadAll(io.LimitReader(io.NewSectionReader(f, 0, maxLockBytes), maxLockBytes))
	var info lockInfo
	if err == nil && json.Unmarshal(data, &info) == nil && info.PID > 0 {
		held.PID, held.Host, held.Since = info.PID, info.Host, info.Since
	}
	return held
}

// stillAtPath reports whether the open file f is the file now at path.
func stillAtPath(f *os.File, path string) bool {
	open, err := f.Stat()
	if err != nil {
		return false
	}
	now, err := os.Lstat(path)
	return err == nil && os.SameFile(open, now)
}

// Path returns the lock file's path.
func (l *Lock) Path() string { return l.path }

// Release removes the lock file and drops the lock. Releasing twice is a no-op.
func (l *Lock) Release() error {
	if l == nil || l.file == nil {
		return nil
	}
	defer func() { l.file = nil }()
	if !lockHeldByOS { // the file's existence is the lock: close, then remove
		ours := stillAtPath(l.file, l.path)
		err := l.file.Close()
		if ours {
			err = os.Remove(l.path)
		}
		return err
	}
	var err error
	if stillAtPath(l.file, l.path) {
		err = os.Remove(l.path) // while still locked: a newcomer then creates a fresh file
	}
	if cerr := l.file.Close(); err == nil {
		err = cerr
	}
	return err
}
