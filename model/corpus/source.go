package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ListPrefix marks an argument as a list file explicitly: "@papers.txt".
const ListPrefix = "@"

// maxListBytes bounds a file read as a list of paths.
const maxListBytes = 1 << 20

// member is one path a corpus was asked for, before it is an Entry.
type member struct {
	abs string
	// problem is set when the path was named explicitly but cannot be a document.
	problem string
}

// source is what a corpus was opened from.
type source struct {
	// root is the absolute folder the corpus lives in: DIR itself, or the
	// deepest folder holding every file given or listed.
	root string
	// dir is true when the corpus is a folder walked recursively (files
	// missing since the last session are then listed as missing).
	dir     bool
	members []member
}

// IsCorpus reports whether args open a corpus rather than one article: more
// than one argument, a folder, "@LIST", or one file that reads as a list of
// paths (see IsList). One article file, "-" and "sample:NAME" are not.
func IsCorpus(args []string) bool {
	if len(args) != 1 {
		return len(args) > 1
	}
	arg := args[0]
	if strings.HasPrefix(arg, ListPrefix) {
		return true
	}
	info, err := os.Stat(arg)
	if err != nil {
		return false
	}
	return info.IsDir() || IsList(arg)
}

// IsList reports whether the file at path is a list of documents rather than
// an article: a regular file of at most 1 MiB whose every non-empty line
// (lines starting with # are comments) names an existing file or folder,
// relative to the list's own folder unless absolute, and which has at least
// one such line. An article almost never passes; "@path" forces a list.
func IsList(path string) bool {
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() > maxListBytes {
		return false
	}
	paths, err := readList(path)
	if err != nil || len(paths) == 0 {
		return false
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return false
		}
	}
	return true
}

// readList reads a list file: one path per line, # comments, blank lines
// ignored, relative paths taken from the list's folder.
func readList(path string) ([]string, error) {
	data, err := readCapped(path, maxListBytes)
	if err != nil {
		return nil, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errors.New("list looks binary")
	}
	base := filepath.Dir(path)
	var paths []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxListBytes)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !filepath.IsAbs(line) {
			line = filepath.Join(base, line)
		}
		paths = append(paths, line)
	}
	return paths, sc.Err()
}

// resolveSource turns command-line arguments into the corpus's members.
func resolveSource(args []string, kinds Kinds) (source, error) {
	if len(args) == 0 {
		return source{}, errors.New("no documents given")
	}
	if len(args) == 1 {
		arg := args[0]
		if list, ok := strings.CutPrefix(arg, ListPrefix); ok {
			return listSource(list, kinds)
		}
		info, err := os.Stat(arg)
		if err == nil && info.IsDir() {
			return dirSource(arg, kinds)
		}
		if err == nil && IsList(arg) {
			return listSource(arg, kinds)
		}
	}
	return pathsSource(args, kinds)
}

// dirSource walks a folder.
func dirSource(dir string, kinds Kinds) (source, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return source{}, err
	}
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real // a symlinked folder: walk (and name documents from) what it points to
	}
	members, err := walk(root, kinds)
	if err != nil {
		return source{}, err
	}
	return source{root: root, dir: true, members: members}, nil
}

// listSource reads a list file and resolves its paths.
func listSource(list string, kinds Kinds) (source, error) {
	paths, err := readList(list)
	if err != nil {
		return source{}, fmt.Errorf("%s: %w", list, pathReason(err))
	}
	if len(paths) == 0 {
		return source{}, fmt.Errorf("%s: the list names no documents", list)
	}
	return pathsSource(paths, kinds)
}

// pathsSource takes files (and folders, walked) named one by one.
func pathsSource(paths []string, kinds Kinds) (source, error) {
	var members []member
	seen := map[string]bool{}
	add := func(m member) {
		if !seen[m.abs] {
			seen[m.abs] = true
			members = append(members, m)
		}
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return source{}, err
		}
		info, err := os.Stat(abs)
		switch {
		case err != nil:
			add(member{abs: abs, problem: pathReason(err).Error()})
		case info.IsDir():
			walked, err := walk(abs, kinds)
			if err != nil {
				return source{}, err
			}
			for _, m := range walked {
				add(m)
			}
		default:
			m := member{abs: abs}
			if _, ok := kinds.Of(abs); !ok {
				m.problem = fmt.Sprintf("not a kind annotty reads (it reads %s)", kinds.Names())
			}
			add(m)
		}
	}
	return source{root: commonDir(members), members: members}, nil
}

// walk lists the documents under root from directory entries alone (no
// stat, no read), sorted by path. Hidden files and folders (".annotty",
// ".git") are left out.
func walk(root string, kinds Kinds) ([]member, error) {
	var members []member
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			members = append(members, member{abs: path, problem: "unreadable: " + pathReason(err).Error()})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			if _, ok := kinds.Of(path); ok {
				members = append(members, member{abs: path})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", root, pathReason(err))
	}
	return members, nil // WalkDir visits in lexical order
}

// commonDir returns the deepest folder holding every member.
func commonDir(members []member) string {
	if len(members) == 0 {
		return string(filepath.Separator)
	}
	dir := filepath.Dir(members[0].abs)
	for _, m := range members[1:] {
		for !within(dir, m.abs) {
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return dir
}

// within reports whether path lies inside dir.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// pathReason strips the path from an *fs.PathError (the caller names the path).
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Expand turns command-line arguments into document paths for commands that
// take one file at a time (analyze): a folder becomes its documents, by path;
// "@LIST" or a list file its listed paths; anything else stays as given
// ("-", "sample:NAME", a file, which the caller reads and reports on). Paths
// found in a folder keep the folder as it was spelled ("news/a.txt").
func Expand(args []string, kinds Kinds) ([]string, error) {
	var out []string
	for _, arg := range args {
		list, explicit := strings.CutPrefix(arg, ListPrefix)
		info, err := os.Stat(arg)
		switch {
		case explicit || (err == nil && info.Mode().IsRegular() && IsList(arg)):
			paths, err := readList(list)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", list, pathReason(err))
			}
			out = append(out, paths...)
		case err == nil && info.IsDir():
			root, err := filepath.Abs(arg)
			if err != nil {
				return nil, err
			}
			if real, err := filepath.EvalSymlinks(root); err == nil {
				root = real
			}
			members, err := walk(root, kinds)
			if err != nil {
				return nil, err
			}
			for _, m := range members {
				rel, _ := filepath.Rel(root, m.abs)
				out = append(out, filepath.Join(arg, rel))
			}
		default:
			out = append(out, arg)
		}
	}
	return out, nil
}
