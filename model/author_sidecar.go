package model

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// GoldAuthor is the author of adjudicated annotations and the slug of the gold
// sidecar ("story.txt.annotty.adjudicated.json"): it is not an annotator.
const GoldAuthor = "adjudicated"

// AuthorSidecarName is the sidecar file name of one annotator's work on an
// article, for team annotation: "story.txt" by "ann" is
// "story.txt.annotty.ann.json", beside the plain "story.txt.annotty.json".
// The author is reduced to a file-name-safe slug (AuthorSlug).
func AuthorSidecarName(articlePath, author string) string {
	return articlePath + ".annotty." + AuthorSlug(author) + ".json"
}

// sidecarLocation is where opts puts doc's annotations: SidecarPathFor, or,
// with opts.Annotator set and no explicit path, that annotator's own file
// (AuthorSidecarName next to the article; <sha256>.annotty.SLUG.json in the
// data dir for standard input, samples and read-only folders).
func sidecarLocation(doc *Document, opts StoreOptions) (SidecarLocation, error) {
	loc, err := SidecarPathFor(doc, opts.Path)
	slug := AuthorSlug(opts.Annotator)
	if err != nil || opts.Path != "" || slug == "" {
		return loc, err
	}
	loc.Path = authorPath(loc.Path, slug)
	loc.Seed = authorPath(loc.Seed, slug)
	if loc.Seed != "" {
		if _, err := os.Stat(loc.Seed); err != nil {
			loc.Seed = ""
		}
	}
	return loc, nil
}

// authorPath turns the plain sidecar path plain into the one of the
// annotator with slug: "a.txt.annotty.json" → "a.txt.annotty.SLUG.json",
// "<dir>/<sha256>.json" → "<dir>/<sha256>.annotty.SLUG.json"; "" stays "".
func authorPath(plain, slug string) string {
	switch {
	case plain == "" || slug == "":
		return plain
	case strings.HasSuffix(plain, SidecarSuffix):
		return AuthorSidecarName(strings.TrimSuffix(plain, SidecarSuffix), slug)
	default:
		return strings.TrimSuffix(plain, ".json") + ".annotty." + slug + ".json"
	}
}

// SavedSidecarPaths lists where the annotations of annotator ("" for the
// plain sidecar) on the file-backed document doc are saved, in the order the
// store reads them: beside the article; or, when its folder is read-only, the
// data dir's copy (where the store saves), then the file beside the article
// (the seed it started from). Each folder is probed once per process (a
// corpus scan reads thousands of documents in a few folders).
func SavedSidecarPaths(doc *Document, annotator string) []string {
	slug := AuthorSlug(annotator)
	beside := authorPath(doc.Path+SidecarSuffix, slug)
	if folderWritableOnce(filepath.Dir(doc.Path)) {
		return []string{beside}
	}
	if path, err := dataDirSidecarPath(doc); err == nil {
		return []string{authorPath(path, slug), beside}
	}
	return []string{beside}
}

// probedFolders caches folderWritableOnce's answers.
var probedFolders sync.Map

// folderWritableOnce is DirWritable, asked once per folder.
func folderWritableOnce(dir string) bool {
	if v, ok := probedFolders.Load(dir); ok {
		return v.(bool)
	}
	w := DirWritable(dir)
	probedFolders.Store(dir, w)
	return w
}

// AuthorSlug turns an author's name into the part of a sidecar name that
// carries it: letters and digits kept (lower-cased), any other run of
// characters becomes one "-"; "" when nothing is left.
func AuthorSlug(author string) string {
	var b strings.Builder
	dash := false
	for _, r := range author {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		dash = true
	}
	return b.String()
}

// ParseSidecarName splits a sidecar's file name (or path) into the article's
// path and the annotator's slug: "a/story.txt.annotty.ann.json" gives
// ("a/story.txt", "ann", true), the plain "a/story.txt.annotty.json" gives
// ("a/story.txt", "", true), and any other name gives ok false.
func ParseSidecarName(path string) (article, author string, ok bool) {
	dir, name := filepath.Split(path)
	if strings.HasSuffix(name, SidecarSuffix) && len(name) > len(SidecarSuffix) {
		return dir + strings.TrimSuffix(name, SidecarSuffix), "", true
	}
	const mid = ".annotty."
	if !strings.HasSuffix(name, ".json") {
		return "", "", false
	}
	base := strings.TrimSuffix(name, ".json")
	i := strings.LastIndex(base, mid)
	if i <= 0 {
		return "", "", false
	}
	slug := base[i+len(mid):]
	if slug == "" || AuthorSlug(slug) != slug {
		return "", "", false
	}
	return dir + base[:i], slug, true
}

// FindSidecars lists, sorted, the annotation files below root (plain and
// per-annotator, see ParseSidecarName), skipping hidden folders and anything
// that is not a regular file. A symlinked root is followed.
func FindSidecars(root string) ([]string, error) {
	var out []string
	// A trailing separator makes WalkDir follow a symlinked root; paths still start with root.
	root = strings.TrimSuffix(root, string(filepath.Separator)) + string(filepath.Separator)
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && p != root && strings.HasPrefix(e.Name(), ".") {
			return filepath.SkipDir
		}
		if e.Type().IsRegular() {
			if _, _, ok := ParseSidecarName(p); ok {
				out = append(out, p)
			}
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}
