package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/annotty/annotty/model"
)

// writeExport writes a format's output: the main file to -o (atomically) or
// standard output; companion files beside -o. Without -o, companion files are
// not written and a note says so. A companion file never replaces a
// different existing file (such as the article itself).
func writeExport(out exportOutput, output string, stdout, stderr io.Writer) error {
	if output == "" {
		if len(out.extra) > 0 {
			fmt.Fprintf(stderr, "annotty: only the main file was printed; give -o NAME to write %s beside it\n", companionNames(out.extra))
		}
		_, err := stdout.Write(out.main)
		return err
	}
	if err := model.WriteFileAtomic(output, out.main, 0o644); err != nil {
		return err
	}
	for _, c := range out.extra {
		path := companionPath(output, c)
		old, err := model.ReadFileSafely(path, model.ReadOptions{Limit: int64(len(c.data))}) // a device or FIFO there is refused, not read
		if errors.Is(err, model.ErrTooLarge) {
			old, err = nil, nil // exists, and larger than what export would write
		}
		switch {
		case err == nil && bytes.Equal(old, c.data):
			continue // already there (the article itself, or an earlier export)
		case err == nil && c.keepExisting:
			fmt.Fprintf(stderr, "annotty: %s exists: left as it is (check it declares the labels used)\n", path)
			continue
		case err == nil:
			return fmt.Errorf("%s exists and differs from what export would write: not overwritten", path)
		case !errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := model.WriteFileAtomic(path, c.data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// companionPath is where companion c of main file output goes.
func companionPath(output string, c companionFile) string {
	if c.name != "" {
		return filepath.Join(filepath.Dir(output), c.name)
	}
	return strings.TrimSuffix(output, filepath.Ext(output)) + c.suffix
}

// companionNames lists what the companion files would be called.
func companionNames(extra []companionFile) string {
	var names []string
	for _, c := range extra {
		if c.name != "" {
			names = append(names, c.name)
		} else {
			names = append(names, "NAME"+c.suffix)
		}
	}
	return strings.Join(names, " and ")
}
