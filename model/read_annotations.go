package model

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNoSidecar is wrapped when an explicitly chosen annotation file does not exist.
var ErrNoSidecar = errors.New("annotation file not found")

// ReadAnnotations loads doc's annotations without locking or writing anything
// (for export and other read-only uses). A missing default sidecar gives an
// empty set; a missing file chosen with opts.Path wraps ErrNoSidecar; an
// unreadable or unparsable one is a *CorruptSidecarError.
func ReadAnnotations(doc *Document, opts StoreOptions) (*AnnotationSet, SidecarLocation, ReanchorReport, error) {
	loc, err := SidecarPathFor(doc, opts.Path)
	if err != nil {
		return nil, loc, ReanchorReport{}, err
	}
	path := loc.Path
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && loc.Seed != "" {
		path = loc.Seed
		data, err = os.ReadFile(path)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist) && opts.Path != "":
		return nil, loc, ReanchorReport{}, fmt.Errorf("%s: %w", opts.Path, ErrNoSidecar)
	case errors.Is(err, fs.ErrNotExist):
		return NewAnnotationSet(doc, opts.Set), loc, ReanchorReport{}, nil
	case err != nil:
		return nil, loc, ReanchorReport{}, &CorruptSidecarError{Path: path, Err: err}
	}
	f, err := DecodeAnnotationFile(data)
	if err != nil {
		return nil, loc, ReanchorReport{}, &CorruptSidecarError{Path: path, Err: err}
	}
	set, report := f.Restore(doc, opts.Set)
	return set, loc, report, nil
}
