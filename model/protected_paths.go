package model

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrProtectedPath is matched (errors.Is) by a *ProtectedPathError.
var ErrProtectedPath = errors.New("refusing to overwrite")

// ProtectedPathError says a path chosen for writing names a file annotty must
// never replace with something else: the article, an annotation file, a lock.
type ProtectedPathError struct {
	// Path is the path as the user gave it.
	Path string
	// What names the file it lands on ("the article", "its annotation file").
	What string
}

// Error reads "refusing to overwrite PATH: it is the article".
func (e *ProtectedPathError) Error() string {
	return fmt.Sprintf("%v %s: it is %s", ErrProtectedPath, e.Path, e.What)
}

// Is makes errors.Is(err, ErrProtectedPath) true.
func (e *ProtectedPathError) Is(target error) bool { return target == ErrProtectedPath }

// ProtectedFile is a file that must not be overwritten, and what it is.
type ProtectedFile struct {
	Path string
	// What is said in the refusal ("the article").
	What string
}

// ArticleFiles lists doc's own file (none for standard input or a sample).
func ArticleFiles(doc *Document) []ProtectedFile {
	if !IsFilePath(doc.Path) {
		return nil
	}
	return []ProtectedFile{{doc.Path, "the article"}}
}

// SidecarFiles lists the annotation files and locks that belong to doc: its
// chosen location (and seed) and its default sidecar next to the article.
func SidecarFiles(doc *Document, loc SidecarLocation) []ProtectedFile {
	var files []ProtectedFile
	add := func(path string) {
		if path != "" {
			files = append(files, ProtectedFile{path, "the article's annotation file"}, ProtectedFile{path + ".lock", "the annotation file's lock"})
		}
	}
	add(loc.Path)
	add(loc.Seed)
	if IsFilePath(doc.Path) {
		add(doc.Path + SidecarSuffix)
	}
	return files
}

// CheckNotProtected returns a *ProtectedPathError when path names one of
// protected, directly, through symlinks (of the file or its folders) or as
// a hard link. With anySidecar it also refuses any existing annotty
// annotation file or lock (isSidecarName) and anything in the
// data folder, so an export cannot replace another article's annotations.
func CheckNotProtected(path string, protected []ProtectedFile, anySidecar bool) error {
	for _, p := range protected {
		if sameFile(path, p.Path) {
			return &ProtectedPathError{Path: path, What: p.What}
		}
	}
	if !anySidecar {
		return nil
	}
	real := resolvePath(path)
	if _, err := os.Stat(real); err == nil && isSidecarName(filepath.Base(real)) {
		return &ProtectedPathError{Path: path, What: "an annotty annotation file"}
	}
	if dir, err := DataDir(); err == nil {
		if rel, err := filepath.Rel(resolvePath(dir), real); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return &ProtectedPathError{Path: path, What: "in annotty's data folder " + dir}
		}
	}
	return nil
}

// isSidecarName reports whether a file name is an annotty annotation file or
// its lock: ARTICLE.annotty.json, a team member's ARTICLE.annotty.SLUG.json,
// and either with ".lock".
func isSidecarName(name string) bool {
	name = strings.TrimSuffix(name, ".lock")
	return strings.HasSuffix(name, SidecarSuffix) || (strings.Contains(name, ".annotty.") && strings.HasSuffix(name, ".json"))
}

// sameFile reports whether a and b name the same file: the same resolved
// path (the files need not exist) or, when both exist, the same inode.
func sameFile(a, b string) bool {
	if resolvePath(a) == resolvePath(b) {
		return true
	}
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

// resolvePath makes path absolute, follows symlinks in its last element and
// in its folders, and cleans it; parts that do not exist are kept as given.
func resolvePath(path string) string {
	if target, err := ResolveLinks(path); err == nil {
		path = target
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	dir, base := filepath.Split(path)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		return filepath.Join(real, base)
	}
	return filepath.Clean(path)
}
