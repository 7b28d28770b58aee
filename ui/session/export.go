package session

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/annotty/annotty/model"
)

// ExportSuffix names the file Export writes: ARTICLE + ExportSuffix.
const ExportSuffix = ".annotty-export.json"

// ExportPath picks where Export writes: next to the article when it is a
// file in a writable folder, else next to the sidecar (standard input, a
// bundled sample, a read-only folder).
func (s *Session) ExportPath() (string, error) {
	p := s.doc.Path
	if model.IsFilePath(p) && model.DirWritable(filepath.Dir(p)) {
		return p + ExportSuffix, nil
	}
	if s.store != nil && s.store.Path() != "" {
		return strings.TrimSuffix(s.store.Path(), ".json") + ExportSuffix, nil
	}
	return "", errors.New("nowhere to write: the article has no folder and no annotations file")
}

// Export writes the annotations in the native JSON format (as `annotty
// export --format json` does) atomically; tilde shortens the path shown.
func (s *Session) Export(tilde func(string) string) Outcome {
	path, err := s.ExportPath()
	if err != nil {
		return failed("export failed", err)
	}
	data, err := model.NewAnnotationFile(s.set, nil).MarshalIndent()
	if err == nil {
		err = model.WriteFileAtomic(path, data, 0o644)
	}
	if err != nil {
		return failed("export failed", err)
	}
	return Outcome{Message: "exported " + Count(s.set.Len(), "tag") + " to " + tilde(path)}
}
