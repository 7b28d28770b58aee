package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// ErrLocked is matched (errors.Is) by a *LockedError.
var ErrLocked = errors.New("annotations are open in another annotty")

// LockedError says another live annotty process holds a sidecar's lock file.
type LockedError struct {
	// LockPath is the lock file; deleting it by hand releases a lock left by a crash.
	LockPath string
	PID      int
	Host     string
	Since    time.Time
}

// Error reads "annotations are open in another annotty (pid 42 on host, since 10:04); read-only".
func (e *LockedError) Error() string {
	return fmt.Sprintf("%v (pid %d on %s, since %s); read-only until it closes (lock %s)",
		ErrLocked, e.PID, e.Host, e.Since.Local().Format("15:04"), e.LockPath)
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// lockInfo is the content of a lock file.
type lockInfo struct {
	PID   int       `json:"pid"`
	Host  string    `json:"host"`
	Since time.Time `json:"since"`
}

// unparsableLockGrace is how long a lock file that cannot be parsed (its
// writer may be between create and write) is respected before it counts as stale.
const unparsableLockGrace = 10 * time.Second

// Lock is an exclusive lock file (created with O_EXCL) holding the owner's pid.
type Lock struct {
	path string
	info lockInfo
}

// AcquireLock creates lockPath exclusively. If it exists and its owner is a
// dead process on this host (or it is unparsable and old), the stale lock is
// removed and taken over; if its owner is alive it returns a *LockedError.
// Two processes breaking the same stale lock at the same instant could both
// remove it; the window is a few microseconds after a crash and is accepted.
func AcquireLock(lockPath string) (*Lock, error) {
	host, _ := os.Hostname()
	info := lockInfo{PID: os.Getpid(), Host: host, Since: time.Now().UTC().Truncate(time.Second)}
	for attempt := 0; ; attempt++ {
		f, err := os.OpenFile(lockPath, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			data, _ := json.Marshal(info)
			_, werr := f.Write(append(data, '\n'))
			serr := f.Sync()
			if cerr := f.Close(); werr == nil && serr == nil && cerr == nil {
				return &Lock{path: lockPath, info: info}, nil
			}
			_ = os.Remove(lockPath)
			return nil, fmt.Errorf("cannot write lock file %s", lockPath)
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
		held, stale := readLock(lockPath, host)
		if !stale || attempt > 0 {
			return nil, held
		}
		if err := os.Remove(lockPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
}

// readLock inspects an existing lock file: it returns the holder as a
// *LockedError, or stale=true when the holder is gone.
func readLock(lockPath, host string) (*LockedError, bool) {
	held := &LockedError{LockPath: lockPath}
	data, err := os.ReadFile(lockPath)
	if errors.Is(err, fs.ErrNotExist) {
		return held, true
	}
	var info lockInfo
	if err != nil || json.Unmarshal(data, &info) != nil || info.PID <= 0 {
		st, serr := os.Stat(lockPath)
		return held, serr == nil && time.Since(st.ModTime()) > unparsableLockGrace
	}
	held.PID, held.Host, held.Since = info.PID, info.Host, info.Since
	return held, info.Host == host && !processAlive(info.PID)
}

// Path returns the lock file's path.
func (l *Lock) Path() string { return l.path }

// Release removes the lock file if it is still ours (a lock broken and
// re-taken by another process is left alone). Releasing twice is a no-op.
func (l *Lock) Release() error {
	if l == nil || l.path == "" {
		return nil
	}
	defer func() { l.path = "" }()
	data, err := os.ReadFile(l.path)
	if err != nil {
		return nil
	}
	var info lockInfo
	if json.Unmarshal(data, &info) != nil || info.PID != l.info.PID || info.Host != l.info.Host {
		return nil
	}
	return os.Remove(l.path)
}
