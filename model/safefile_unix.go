//go:build unix

package model

import (
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
