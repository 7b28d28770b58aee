package model

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Size caps for the files annotty reads. A file above its cap is refused from
// its size alone, before a byte is read.
const (
	// MaxArticleBytes bounds an article (a file, a pipe or standard input).
	MaxArticleBytes = 1 << 30
	// MaxSidecarBytes bounds an annotation file (about 300,000 tags).
	MaxSidecarBytes = 512 << 20
	// MaxLabelsBytes bounds a labels config file.
	MaxLabelsBytes = 1 << 20
	// maxLockBytes bounds a lock file (it holds one short JSON line).
	maxLockBytes = 4 << 10
)

// ErrNotRegular is matched (errors.Is) by a *NotRegularError.
var ErrNotRegular = errors.New("not a regular file")

// NotRegularError says a path names something annotty will not read as a
// file: a directory, a device, a pipe or a socket.
type NotRegularError struct {
	// Kind is "a directory", "a device", "a pipe" or "a socket".
	Kind string
}

// Error reads "is a directory" or "is a device, not a regular file" (the
// caller prefixes the path).
func (e *NotRegularError) Error() string {
	if e.Kind == "a directory" {
		return "is a directory"
	}
	return "is " + e.Kind + ", not a regular file"
}

// Is makes errors.Is(err, ErrNotRegular) true.
func (e *NotRegularError) Is(target error) bool { return target == ErrNotRegular }

// ErrTooLarge is matched (errors.Is) by a *TooLargeError.
var ErrTooLarge = errors.New("file is too large")

// TooLargeError says a file is above the cap for its kind.
type TooLargeError struct {
	// Limit is the cap in bytes.
	Limit int64
}

// Error reads "larger than 1024 MB".
func (e *TooLargeError) Error() string {
	if e.Limit >= 1<<20 {
		return fmt.Sprintf("larger than %d MB", e.Limit>>20)
	}
	return fmt.Sprintf("larger than %d KB", e.Limit>>10)
}

// Is makes errors.Is(err, ErrTooLarge) true.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// ReadOptions says what ReadFileSafely accepts besides regular files.
type ReadOptions struct {
	// Limit is the largest size read, in bytes (required).
	Limit int64
	// AllowPipe accepts a named pipe (as from "annotty <(curl …)"), read up to Limit.
	AllowPipe bool
	// Alloc, when set, gives the buffer a regular file is read into, of
	// exactly its size (the reader keeps a big article outside the Go heap).
	Alloc func(size int) []byte
}

// ReadFileSafely reads the file at path, following symlinks, and refuses at
// once anything that is not a regular file (a pipe too, unless
// opts.AllowPipe) or is larger than opts.Limit. The file is opened without
// blocking (a FIFO with no writer cannot hang it) and checked on the opened
// descriptor, so a file swapped after a check cannot slip through. Errors
// are *fs.PathError for open failures, else *NotRegularError or *TooLargeError.
func ReadFileSafely(path string, opts ReadOptions) ([]byte, error) {
	data, _, err := readFileInfo(path, opts)
	return data, err
}

// readFileInfo is ReadFileSafely that also returns the opened file's
// FileInfo (to notice later whether the file changed).
func readFileInfo(path string, opts ReadOptions) ([]byte, fs.FileInfo, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	mode := info.Mode()
	switch {
	case mode.IsRegular():
		if info.Size() > opts.Limit {
			return nil, nil, &TooLargeError{Limit: opts.Limit}
		}
		if opts.Alloc != nil {
			data := opts.Alloc(int(info.Size()))
			if _, err := io.ReadFull(f, data); err != nil {
				return nil, nil, err
			}
			return data, info, nil
		}
		data, err := readUpTo(f, info.Size(), opts.Limit)
		return data, info, err
	case mode&fs.ModeNamedPipe != 0 && opts.AllowPipe:
		if err := setBlocking(f); err != nil {
			return nil, nil, err
		}
		data, err := readUpTo(f, 0, opts.Limit)
		return data, info, err
	}
	return nil, nil, &NotRegularError{Kind: fileKind(mode)}
}

// readUpTo reads f to its end, at most limit bytes (more is a
// *TooLargeError); sizeHint sizes the buffer for a regular file in one allocation.
func readUpTo(f *os.File, sizeHint, limit int64) ([]byte, error) {
	buf := make([]byte, 0, min(sizeHint, limit)+1)
	for {
		if int64(len(buf)) > limit {
			return nil, &TooLargeError{Limit: limit}
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			if int64(len(buf)) > limit {
				return nil, &TooLargeError{Limit: limit}
			}
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// fileKind names a non-regular file type for messages.
func fileKind(mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return "a directory"
	case mode&fs.ModeNamedPipe != 0:
		return "a pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0, mode&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// OpenRegularFile opens path for reading without blocking (a FIFO with no
// writer cannot hang it) and returns it, with its FileInfo taken from the
// opened descriptor, only when it is a regular file; otherwise a
// *NotRegularError. For readers that need the file itself (ReadAt, a
// streaming decoder); they must still cap what they read.
func OpenRegularFile(path string) (*os.File, fs.FileInfo, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = &NotRegularError{Kind: fileKind(info.Mode())}
	}
	if err != nil {
		_ = f.Close()
		return nil, nil, err
	}
	return f, info, nil
}
