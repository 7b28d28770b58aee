package model

import (
	"errors"
	"io/fs"
	"os"
)

// ErrNotRegular is returned by OpenRegular for a folder, pipe, socket or device.
var ErrNotRegular = errors.New("not a regular file")

// OpenRegular opens path for reading only if it is a regular file (links
// followed), checked before opening: opening a named pipe would block until
// a writer comes. It returns the open file and its info (from the open file,
// so a file swapped in between is caught too). Errors of the file system are
// returned as they are (*fs.PathError).
func OpenRegular(path string) (*os.File, fs.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, nil, ErrNotRegular
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	info, err = f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = ErrNotRegular
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}
