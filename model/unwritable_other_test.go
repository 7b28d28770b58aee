//go:build !unix

package model

import "testing"

// makeUnwritable has no portable way to make a folder refuse new files here.
func makeUnwritable(t *testing.T, dir string) (undo func()) {
	t.Skip("no way to make a folder unwritable on this platform")
	return func() {}
}
