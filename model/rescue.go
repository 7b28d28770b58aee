package model

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// RescueDir is the folder under DataDir where rescue copies go.
const RescueDir = "rescue"

// WriteRescueCopy writes the current annotations to a new file under
// DataDir()/rescue (else the system's temporary folder, when the data
// folder cannot be written either) and returns its path. It is what quit
// offers when the sidecar cannot be saved: nothing else is touched, and the
// copy is a normal annotation file (open it with --annotations). Call it on
// the set's goroutine.
func (s *Store) WriteRescueCopy() (string, error) {
	data, err := NewAnnotationFile(s.set, nil).MarshalIndent()
	if err != nil {
		return "", err
	}
	name := rescueName(s.loc.Path, s.set.Document(), time.Now())
	var firstErr error
	for _, dir := range rescueDirs() {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			firstErr = bothErrors(firstErr, err)
			continue
		}
		path := filepath.Join(dir, name)
		if err := WriteFileAtomic(path, data, 0o600); err != nil {
			firstErr = bothErrors(firstErr, err)
			continue
		}
		return path, nil
	}
	return "", fmt.Errorf("could not write a rescue copy: %w", firstErr)
}

// rescueDirs lists where a rescue copy may go, best first.
func rescueDirs() []string {
	var dirs []string
	if d, err := DataDir(); err == nil {
		dirs = append(dirs, filepath.Join(d, RescueDir))
	}
	return append(dirs, filepath.Join(os.TempDir(), "annotty-"+RescueDir))
}

// rescueName is "<sidecar name>.<UTC time>.json", from the article's name
// when there is no sidecar path (a name is never reused within a second).
func rescueName(sidecar string, doc *Document, now time.Time) string {
	base := filepath.Base(sidecar)
	if sidecar == "" {
		base = doc.SHA256()[:16]
	}
	base = strings.TrimSuffix(base, ".json")
	return base + "." + now.UTC().Format("20060102T150405Z") + ".json"
}
