//go:build !unix

package main

// articleBuffer returns a zeroed buffer of size bytes for the reader's
// article (on the heap on this platform; see text_buffer_unix.go).
func articleBuffer(size int) []byte { return make([]byte, size) }
