package model

import (
	"errors"
	"fmt"
	"io/fs"
)

// ErrNoSidecar is wrapped when an explicitly chosen annotation file does not exist.
var ErrNoSidecar = errors.New("annotation file not found")

// ReadAnnotations loads doc's annotations without locking or writing anything
// (for export and other read-only uses). A missing default sidecar gives an
// empty set; a missing file chosen with opts.Path wraps ErrNoSidecar; an
// unreadable one is a *SidecarUnreadableError, an unparsable one a *CorruptSidecarError.
func ReadAnnotations(doc *Document, opts StoreOptions) (*AnnotationSet, SidecarLocation, ReanchorReport, error) {
	loc, err := SidecarLocationOf(doc, opts)
	if err != nil {
		return nil, loc, ReanchorReport{}, err
	}
	rd, err := readSidecar(loc)
	switch {
	case err != nil:
		return nil, loc, ReanchorReport{}, err
	case rd.file == nil && opts.Path != "":
		return nil, loc, ReanchorReport{}, fmt.Errorf("%s: %w", opts.Path, ErrNoSidecar)
	case rd.file == nil:
		return NewAnnotationSet(doc, opts.Set), loc, ReanchorReport{}, nil
	}
	set, report := rd.file.Restore(doc, opts.Set)
	return set, loc, report, nil
}

// sidecarRead is what readSidecar found.
type sidecarRead struct {
	// path is the file read: the location's Path, or its Seed when Path does not exist.
	path string
	// data is the file's content; nil when neither file exists.
	data []byte
	// info describes the file read; nil when neither file exists.
	info fs.FileInfo
	// file is the decoded content; nil when neither file exists.
	file *AnnotationFile
}

// readSidecar reads and decodes loc.Path, falling back to loc.Seed when Path
// does not exist. Neither existing is not an error (file is nil); a file that
// cannot be read (permission, special file, too large) is a
// *SidecarUnreadableError, one that cannot be decoded a *CorruptSidecarError.
func readSidecar(loc SidecarLocation) (sidecarRead, error) {
	rd, err := readSidecarBytes(loc)
	if err != nil || rd.data == nil {
		return rd, err
	}
	return rd.decode()
}

// decode parses rd.data into rd.file; a file that cannot be decoded is a
// *CorruptSidecarError.
func (rd sidecarRead) decode() (sidecarRead, error) {
	f, err := DecodeAnnotationFile(rd.data)
	if err != nil {
		return rd, &CorruptSidecarError{Path: rd.path, Err: err}
	}
	rd.file = f
	return rd, nil
}

// readSidecarBytes is readSidecar without decoding (rd.file stays nil).
func readSidecarBytes(loc SidecarLocation) (sidecarRead, error) {
	rd := sidecarRead{path: loc.Path}
	data, info, err := readSidecarFile(rd.path)
	if errors.Is(err, fs.ErrNotExist) && loc.Seed != "" {
		rd.path = loc.Seed
		data, info, err = readSidecarFile(rd.path)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return rd, nil
	}
	if err != nil {
		return rd, sidecarReadError(rd.path, err)
	}
	rd.data, rd.info = data, info
	return rd, nil
}

// readSidecarFile reads an annotation file: a regular file up to MaxSidecarBytes.
func readSidecarFile(path string) ([]byte, fs.FileInfo, error) {
	return readFileInfo(path, ReadOptions{Limit: MaxSidecarBytes})
}
