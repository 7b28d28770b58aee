//go:build !unix

package model

import "os"

// openNonBlocking opens path for reading (this platform has no O_NONBLOCK
// open; its named pipes are not files on a path).
func openNonBlocking(path string) (*os.File, error) { return os.Open(path) }

// setBlocking has nothing to do here.
func setBlocking(*os.File) error { return nil }

// openSpecialForWrite opens an existing device for writing, in place.
func openSpecialForWrite(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
}

// isQuotaExceeded has no quota error to recognise here.
func isQuotaExceeded(error) bool { return false }
