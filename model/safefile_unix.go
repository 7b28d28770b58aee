//go:build unix

package model

import (
	"errors"
	"os"
	"syscall"
)

// openNonBlocking opens path for reading with O_NONBLOCK, so opening a FIFO
// that has no writer returns at once instead of waiting for one.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// setBlocking clears O_NONBLOCK on a pipe the caller chose to read, so reads
// wait for the writer instead of failing with EAGAIN.
func setBlocking(f *os.File) error {
	raw, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := raw.Control(func(fd uintptr) { serr = syscall.SetNonblock(int(fd), false) }); err != nil {
		return err
	}
	return serr
}

// openSpecialForWrite opens an existing device or pipe for writing without
// creating, truncating (it appends) or blocking (a FIFO with no reader fails with ENXIO).
func openSpecialForWrite(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	if err := setBlocking(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	return f, nil
}

// isQuotaExceeded reports whether err is EDQUOT (a full quota reads like a full disk).
func isQuotaExceeded(err error) bool { return errors.Is(err, syscall.EDQUOT) }
