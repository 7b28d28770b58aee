package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// SidecarSuffix is appended to an article's path to name its annotation file.
const SidecarSuffix = ".annotty.json"

// SidecarLocation is where a document's annotations live, and why there, so
// the UI can tell the user ("annotations: ~/.local/share/annotty/…json (stdin)").
type SidecarLocation struct {
	// Path is the annotation file to read and write.
	Path string
	// Reason says why Path was chosen, for the status line.
	Reason string
	// Seed is an existing sidecar next to a read-only article, read when Path does not exist yet.
	Seed string
}

// Reasons SidecarPathFor gives.
const (
	ReasonFlag     = "chosen with --annotations"
	ReasonNext     = "next to the article"
	ReasonStdin    = "the article came from standard input"
	ReasonSample   = "the article is a bundled sample"
	ReasonReadOnly = "the article's folder is not writable"
	ReasonURL      = "the article was fetched from a URL"
)

// SidecarPathFor picks the annotation file of doc: override when given
// (--annotations), else ARTICLE.annotty.json next to the article, else (standard
// input, bundled sample, read-only folder) DataDir()/<sha256 of text>.json.
// A page fetched from a URL keeps DataDir()/url-<sha256 of the URL>.json, so
// its annotations follow the page when it is edited (they re-anchor).
func SidecarPathFor(doc *Document, override string) (SidecarLocation, error) {
	if override != "" {
		return SidecarLocation{Path: override, Reason: ReasonFlag}, nil
	}
	reason := ""
	switch {
	case IsURL(doc.Path):
		dir, err := DataDir()
		if err != nil {
			return SidecarLocation{}, err
		}
		return SidecarLocation{Path: filepath.Join(dir, "url-"+TextSHA256(doc.Path)+".json"), Reason: ReasonURL}, nil
	case doc.Path == "" || doc.Path == "-":
		reason = ReasonStdin
	case !IsFilePath(doc.Path):
		reason = ReasonSample
	case !DirWritable(filepath.Dir(doc.Path)):
		reason = ReasonReadOnly
	default:
		return SidecarLocation{Path: doc.Path + SidecarSuffix, Reason: ReasonNext}, nil
	}
	path, err := dataDirSidecarPath(doc)
	if err != nil {
		return SidecarLocation{}, err
	}
	loc := SidecarLocation{Path: path, Reason: reason}
	if reason == ReasonReadOnly {
		if _, err := os.Stat(doc.Path + SidecarSuffix); err == nil {
			loc.Seed = doc.Path + SidecarSuffix
		}
	}
	return loc, nil
}

// dataDirSidecarPath is where the data dir keeps the annotations of a
// document read from standard input, a sample or a read-only folder:
// DataDir()/<sha256 of the text>.json.
func dataDirSidecarPath(doc *Document) (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, doc.SHA256()+".json"), nil
}

// IsFilePath reports whether a document path names a real file: not empty,
// not "-" (standard input), not "sample:NAME" (a bundled sample) and not a URL.
func IsFilePath(p string) bool {
	return p != "" && p != "-" && !strings.HasPrefix(p, "sample:") && !IsURL(p)
}

// DataDir returns annotty's data directory: $XDG_DATA_HOME/annotty when that
// is an absolute path, else ~/.local/share/annotty.
func DataDir() (string, error) {
	if x := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, "annotty"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", errors.New("cannot find a data folder for annotations: set $XDG_DATA_HOME or $HOME")
	}
	return filepath.Join(home, ".local", "share", "annotty"), nil
}

// DirWritable reports whether a file can be created in dir (by trying), so
// sidecars and exports go next to the article only where they can be saved.
func DirWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".annotty-probe-*")
	if err != nil {
		return false
	}
	name := f.Name()
	_ = f.Close()
	_ = os.Remove(name)
	return true
}
