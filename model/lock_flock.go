//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package model

import (
	"errors"
	"os"
	"syscall"
)

// lockHeldByOS says whether the operating system holds the lock (and drops
// it when the process dies), rather than the lock file's existence.
const lockHeldByOS = true

// lockOpen opens (creating) the lock file without following a symlink or
// blocking on a FIFO, checks it is a regular file, and tries to flock it.
// locked is false when another open file description holds the lock.
func lockOpen(path string) (f *os.File, locked bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o644)
	if errors.Is(err, syscall.ELOOP) {
		return nil, false, &NotRegularError{Kind: "a symbolic link"}
	}
	if err != nil {
		return nil, false, err
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		_ = f.Close()
		if err != nil {
			return nil, false, err
		}
		return nil, false, &NotRegularError{Kind: fileKind(info.Mode())}
	}
	err = flock(f, syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return f, false, nil
	}
	if err != nil {
		_ = f.Close()
		return nil, false, err
	}
	return f, true, nil
}

// flock applies how (LOCK_EX|LOCK_NB, …) to f's descriptor.
func flock(f *os.File, how int) error {
	raw, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := raw.Control(func(fd uintptr) {
		for {
			ferr = syscall.Flock(int(fd), how)
			if !errors.Is(ferr, syscall.EINTR) {
				return
			}
		}
	}); err != nil {
		return err
	}
	return ferr
}
