package agreement

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/annotty/annotty/model"
)

// sidecar is one decoded annotation file and who made it.
type sidecar struct {
	path, article, author string
	file                  *model.AnnotationFile
}

// Load builds a dataset from annotators' work, in one of three shapes:
//   - several annotation files of one article, one per annotator;
//   - several folders, each one annotator's copy of the corpus (documents are
//     matched by the article's path inside the folder);
//   - one folder where every annotator's sidecars sit side by side
//     (story.txt.annotty.NAME.json, see model.AuthorSidecarName).
//
// Warnings name what was left out (unreadable files, documents whose
// annotators saw different texts).
func Load(paths []string) (Dataset, []string, error) {
	if len(paths) == 0 {
		return Dataset{}, nil, fmt.Errorf("no annotators given")
	}
	dirs := 0
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return Dataset{}, nil, fmt.Errorf("%s: %w", p, cleanErr(err))
		}
		if st.IsDir() {
			dirs++
		} else if !st.Mode().IsRegular() {
			return Dataset{}, nil, fmt.Errorf("%s: not a regular file", p)
		}
	}
	switch {
	case dirs == 0:
		return loadFiles(paths)
	case dirs == len(paths) && len(paths) == 1:
		return loadSharedFolder(paths[0])
	case dirs == len(paths):
		return loadFolders(paths)
	}
	return Dataset{}, nil, fmt.Errorf("give either annotation files or folders, not both")
}

// cleanErr drops the path an *fs.PathError repeats.
func cleanErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// readSidecar reads and decodes one annotation file (a regular file, size-capped).
func readSidecar(path string) (*model.AnnotationFile, error) {
	data, err := model.ReadFileSafely(path, model.ReadOptions{Limit: model.MaxSidecarBytes}) // a FIFO or device is refused without blocking
	if err != nil {
		return nil, cleanErr(err)
	}
	return model.DecodeAnnotationFile(data)
}

// authorOf names a sidecar's annotator: the slug in its file name, else the
// author most of its annotations carry, else fallback.
func authorOf(file *model.AnnotationFile, slug, fallback string) string {
	if slug != "" {
		return slug
	}
	count := map[string]int{}
	best := ""
	for _, a := range file.Annotations {
		count[a.Author]++
		if a.Author != "" && (best == "" || count[a.Author] > count[best] || count[a.Author] == count[best] && a.Author < best) {
			best = a.Author
		}
	}
	if best != "" {
		return best
	}
	return fallback
}

// loadFiles: every path is one annotator's annotation file of the same article.
func loadFiles(paths []string) (Dataset, []string, error) {
	if len(paths) < 2 {
		return Dataset{}, nil, fmt.Errorf("agreement needs at least two annotators; give two annotation files or more, or a folder")
	}
	var cars []sidecar
	for _, p := range paths {
		file, err := readSidecar(p)
		if err != nil {
			return Dataset{}, nil, fmt.Errorf("%s: %w", p, err)
		}
		_, slug, _ := model.ParseSidecarName(p)
		cars = append(cars, sidecar{path: p, article: file.Document.Path, author: authorOf(file, slug, filepath.Base(p)), file: file})
	}
	for _, c := range cars[1:] {
		if c.file.Document.SHA256 != cars[0].file.Document.SHA256 {
			return Dataset{}, nil, fmt.Errorf("%s and %s annotate different texts (SHA-256 differs)", cars[0].path, c.path)
		}
	}
	d := Dataset{Annotators: uniqueNames(cars)}
	doc := Document{Name: cars[0].article, Length: cars[0].file.Document.Length, Codings: map[int]*Coding{}}
	for i, c := range cars {
		doc.Codings[i] = codingOf(c.file)
	}
	d.Documents = []Document{doc}
	return d, nil, nil
}

// uniqueNames gives each sidecar's author, with "#2", "#3"… added to repeats.
func uniqueNames(cars []sidecar) []string {
	seen := map[string]int{}
	out := make([]string, len(cars))
	for i, c := range cars {
		seen[c.author]++
		out[i] = c.author
		if n := seen[c.author]; n > 1 {
			out[i] = fmt.Sprintf("%s#%d", c.author, n)
		}
	}
	return out
}

// findSidecars lists the annotators' files below root: every sidecar but gold.
func findSidecars(root string) ([]string, error) {
	all, err := model.FindSidecars(root)
	out := all[:0]
	for _, p := range all {
		if _, slug, _ := model.ParseSidecarName(p); slug != model.GoldAuthor {
			out = append(out, p)
		}
	}
	return out, err
}
