package model

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// beforeRenameHook, when set by a test, runs after the temporary file is
// written and synced and before it replaces the target (crash tests).
var beforeRenameHook func(tempPath string)

// ErrNoSpace is matched (errors.Is) by an error from WriteFileAtomic when the
// disk is full; so is syscall.ENOSPC.
var ErrNoSpace = errors.New("no space left on device")

// NoSpaceError says a write failed because the disk (or quota) is full.
type NoSpaceError struct {
	// Path is the file that was being written.
	Path string
	// Unchanged is true when the file was left as it was (an atomic replace).
	Unchanged bool
}

// Error reads "no space left on device: PATH was left as it was".
func (e *NoSpaceError) Error() string {
	if e.Unchanged {
		return fmt.Sprintf("%v: %s was left as it was", ErrNoSpace, e.Path)
	}
	return fmt.Sprintf("%v while writing %s", ErrNoSpace, e.Path)
}

// Is makes errors.Is true for ErrNoSpace and syscall.ENOSPC.
func (e *NoSpaceError) Is(target error) bool { return target == ErrNoSpace || target == syscall.ENOSPC }

// WriteFileAtomic writes data to path without ever leaving a half-written
// regular file. A symlink is followed and its target written (the link
// stays). A regular file (or a new one) is replaced atomically: a temporary
// file in the same folder is written, fsynced and renamed over it, so a
// crash leaves the old or the new content. A device or pipe (/dev/stdout,
// /dev/null, a FIFO) is written directly, never replaced. A full disk is a
// *NoSpaceError.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) error {
	_, err := writeFileFunc(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	return err
}

// writeFileFunc is WriteFileAtomic for content that write produces (a large
// file need not be held in memory whole), returning the FileInfo of the file
// it put in place (nil for a device or pipe written in place); write may be
// called once, and its error is returned as is.
func writeFileFunc(path string, perm fs.FileMode, write func(io.Writer) error) (fs.FileInfo, error) {
	info, err := os.Stat(path) // the kernel follows every link, /proc/self/fd/N included
	switch {
	case err == nil && info.IsDir():
		return nil, fmt.Errorf("%s: is a directory", path)
	case err == nil && (!info.Mode().IsRegular() || isDescriptorPath(path)):
		// A device or pipe, or a file behind /dev/stdout (`-o /dev/stdout > out.json`):
		// replacing it would write to a file nobody reads.
		return nil, noSpace(writeSpecialFile(path, write), path, false)
	}
	target, err := ResolveLinks(path)
	if err != nil {
		return nil, err
	}
	info, err = replaceAtomically(target, write, perm)
	return info, noSpace(err, path, true)
}

// isDescriptorPath reports whether path is under /dev or /proc, where a name
// (/dev/stdout, /dev/fd/3) stands for an open descriptor rather than a file.
func isDescriptorPath(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && (strings.HasPrefix(abs, "/dev/") || strings.HasPrefix(abs, "/proc/"))
}

// noSpace turns an ENOSPC (or EDQUOT) failure into a *NoSpaceError.
func noSpace(err error, path string, unchanged bool) error {
	if err != nil && (errors.Is(err, syscall.ENOSPC) || isQuotaExceeded(err)) {
		return &NoSpaceError{Path: path, Unchanged: unchanged}
	}
	return err
}

// writeSpecialFile writes what write produces to an existing device, pipe
// or descriptor in place, appending (a file behind `>>` keeps its content).
// The open does not block (a FIFO without a reader is an error, not a hang).
func writeSpecialFile(path string, write func(io.Writer) error) error {
	f, err := openSpecialForWrite(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

// replaceAtomically writes a temporary file next to path with what write
// produces, fsyncs it, renames it over path and fsyncs the folder.
func replaceAtomically(path string, write func(io.Writer) error, perm fs.FileMode) (info fs.FileInfo, err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	fail := func(err error) (fs.FileInfo, error) {
		_ = tmp.Close()
		return nil, err
	}
	if err = write(tmp); err != nil {
		return fail(err)
	}
	if err = tmp.Chmod(perm); err != nil {
		return fail(err)
	}
	if err = tmp.Sync(); err != nil {
		return fail(err)
	}
	if info, err = tmp.Stat(); err != nil {
		return fail(err)
	}
	if err = tmp.Close(); err != nil {
		return nil, err
	}
	if beforeRenameHook != nil {
		beforeRenameHook(tmp.Name())
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return nil, err
	}
	return info, syncDir(dir)
}

// maxLinkHops bounds ResolveLinks (a loop of links is an error).
const maxLinkHops = 40

// ResolveLinks follows path's last element through symlinks, relative ones
// from the link's folder, and returns the file finally named (which may not
// exist yet: a dangling link names the file to create).
func ResolveLinks(path string) (string, error) {
	for hop := 0; hop < maxLinkHops; hop++ {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}

// syncDir fsyncs a directory so a rename in it survives a power loss. File
// systems that cannot sync directories are not an error.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !isSyncUnsupported(err) {
		return err
	}
	return nil
}

// isSyncUnsupported reports whether err means "directories cannot be synced here".
func isSyncUnsupported(err error) bool {
	return errors.Is(err, syscall.EINVAL) || errors.Is(err, errors.ErrUnsupported)
}
