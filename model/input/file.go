package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/annotty/annotty/model"
)

// ErrTooLarge is wrapped when an input is over its size cap.
var ErrTooLarge = errors.New("too large")

// ReadFile reads a regular file (or a named pipe, as in `annotty <(curl …)`)
// of at most maxBytes through model.ReadFileSafely: a device, directory or
// socket is refused at once and a file over the cap from its size, before
// a byte is read. It undoes gzip when the name ends in ".gz" (the cap
// applies to the uncompressed bytes too). Errors are reasons without the
// path, which the caller prefixes.
func ReadFile(path string, maxBytes int64) ([]byte, error) {
	return ReadFileInto(path, maxBytes, nil)
}

// ReadFileInto is ReadFile reading a regular, uncompressed file into a
// buffer from alloc (nil: the heap); the reader passes one outside the Go
// heap for its one article.
func ReadFileInto(path string, maxBytes int64, alloc func(size int) []byte) ([]byte, error) {
	if IsGzipName(path) {
		alloc = nil
	}
	data, err := model.ReadFileSafely(path, model.ReadOptions{Limit: maxBytes, AllowPipe: true, Alloc: alloc})
	if errors.Is(err, model.ErrTooLarge) {
		return nil, sizeError(maxBytes)
	}
	if err != nil {
		return nil, pathReason(err)
	}
	if IsGzipName(path) {
		return Gunzip(data, maxBytes)
	}
	return data, nil
}

// Gunzip undoes gzip compression, refusing output over maxBytes (a small
// file can unpack to gigabytes).
func Gunzip(data []byte, maxBytes int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a gzip file: %v", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("gzip data is damaged: %v", err)
	}
	if int64(len(out)) > maxBytes {
		return nil, fmt.Errorf("uncompressed, %w", sizeError(maxBytes))
	}
	return out, nil
}

// sizeError says an input is over maxBytes; errors.Is(err, ErrTooLarge) holds.
func sizeError(maxBytes int64) error { return tooLargeError(maxBytes) }

// tooLargeError is an input over its cap, in bytes.
type tooLargeError int64

// Error reads "larger than N MB" (or bytes, for small caps).
func (e tooLargeError) Error() string {
	if e >= 1<<20 {
		return fmt.Sprintf("larger than %d MB", e>>20)
	}
	return fmt.Sprintf("larger than %d bytes", e)
}

// Is makes errors.Is(err, ErrTooLarge) true.
func (e tooLargeError) Is(target error) bool { return target == ErrTooLarge }

// pathReason strips the path from an *fs.PathError (the caller prefixes it).
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
