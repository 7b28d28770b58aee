package ui

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/annotty/annotty/model"
)

// ExportSuffix names the file the export key writes: ARTICLE + ExportSuffix.
const ExportSuffix = ".annotty-export.json"

// exportPath picks where the export key writes: next to the article when it
// is a file in a writable folder, else next to the sidecar (standard input,
// a bundled sample, a read-only folder).
func (t *tagging) exportPath() (string, error) {
	p := t.doc.Path
	if model.IsFilePath(p) && model.DirWritable(filepath.Dir(p)) {
		return p + ExportSuffix, nil
	}
	if t.store != nil && t.store.Path() != "" {
		return strings.TrimSuffix(t.store.Path(), ".json") + ExportSuffix, nil
	}
	return "", errors.New("nowhere to write: the article has no folder and no annotations file")
}

// exportAnnotations writes the annotations in the native JSON format (the
// same as `annotty export --format json`) atomically and returns the path.
func (t *tagging) exportAnnotations() (string, error) {
	path, err := t.exportPath()
	if err != nil {
		return "", err
	}
	data, err := model.NewAnnotationFile(t.set, nil).MarshalIndent()
	if err != nil {
		return "", err
	}
	if err := model.WriteFileAtomic(path, data, 0o644); err != nil {
		return "", err
	}
	return path, nil
}

// export implements the export key: write the file, show its path.
func (m Model) export() Model {
	path, err := m.tags.exportAnnotations()
	if err != nil {
		m.message = "export failed: " + err.Error()
		return m
	}
	m.message = "exported " + plainCount(m.tags.set.Len(), "tag") + " to " + tildePath(path)
	return m
}
