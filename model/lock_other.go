//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package model

import (
	"errors"
	"io/fs"
	"os"
)

// lockHeldByOS says whether the operating system holds the lock (and drops
// it when the process dies), rather than the lock file's existence.
const lockHeldByOS = false

// lockOpen creates the lock file exclusively: this platform has no flock, so
// the file's existence is the lock (a crash leaves it; delete it by hand).
func lockOpen(path string) (f *os.File, locked bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err == nil {
		return f, true, nil
	}
	if !errors.Is(err, fs.ErrExist) {
		return nil, false, err
	}
	f, err = os.Open(path)
	if err != nil {
		return nil, false, err
	}
	return f, false, nil
}
