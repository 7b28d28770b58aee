package agreement

import (
	"fmt"
	"path/filepath"
	"sort"
)

// collector gathers sidecars into a dataset: documents keyed by article path
// relative to their root, annotators by name.
type collector struct {
	names    []string
	index    map[string]int
	docs     map[string]*Document
	sha      map[string]string
	warnings []string
	bad      map[string]bool
}

func newCollector() *collector {
	return &collector{index: map[string]int{}, docs: map[string]*Document{}, sha: map[string]string{}, bad: map[string]bool{}}
}

// annotator returns the index of the named annotator, adding it if new.
func (c *collector) annotator(name string) int {
	if i, ok := c.index[name]; ok {
		return i
	}
	c.index[name] = len(c.names)
	c.names = append(c.names, name)
	return c.index[name]
}

// add records one annotator's sidecar of the article at key.
func (c *collector) add(key string, coder int, path string) {
	file, err := readSidecar(path)
	if err != nil {
		c.warnings = append(c.warnings, fmt.Sprintf("%s: %v (left out)", path, err))
		return
	}
	if prev, ok := c.sha[key]; ok && prev != file.Document.SHA256 {
		if !c.bad[key] {
			c.warnings = append(c.warnings, fmt.Sprintf("%s: the annotators saw different texts (SHA-256 differs); left out", key))
		}
		c.bad[key] = true
		return
	}
	c.sha[key] = file.Document.SHA256
	doc, ok := c.docs[key]
	if !ok {
		doc = &Document{Name: key, Length: file.Document.Length, Codings: map[int]*Coding{}}
		c.docs[key] = doc
	}
	if _, dup := doc.Codings[coder]; dup {
		c.warnings = append(c.warnings, fmt.Sprintf("%s: a second annotation file of %s for %s; the first is used", path, c.names[coder], key))
		return
	}
	doc.Codings[coder] = codingOf(file)
}

// dataset returns the gathered documents, sorted by name, without those left out.
func (c *collector) dataset() (Dataset, []string, error) {
	keys := make([]string, 0, len(c.docs))
	for k := range c.docs {
		if !c.bad[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	// Annotators are those with work in a document kept: one whose every file
	// was left out (unreadable) is not an annotator of this dataset.
	index := make([]int, len(c.names))
	for i := range index {
		index[i] = -1
	}
	var d Dataset
	for i, name := range c.names {
		for _, k := range keys {
			if _, ok := c.docs[k].Codings[i]; ok {
				index[i] = len(d.Annotators)
				d.Annotators = append(d.Annotators, name)
				break
			}
		}
	}
	for _, k := range keys {
		doc := *c.docs[k]
		doc.Codings = make(map[int]*Coding, len(c.docs[k].Codings))
		for i, coding := range c.docs[k].Codings {
			doc.Codings[index[i]] = coding
		}
		d.Documents = append(d.Documents, doc)
	}
	if len(d.Annotators) < 2 {
		return d, c.warnings, fmt.Errorf("agreement needs at least two annotators; found %d", len(d.Annotators))
	}
	return d, c.warnings, nil
}

// loadFolders: each folder is one annotator's copy of the corpus.
func loadFolders(roots []string) (Dataset, []string, error) {
	c := newCollector()
	for _, root := range roots {
		paths, err := findSidecars(root)
		if err != nil {
			return Dataset{}, nil, err
		}
		name := folderAnnotator(root, paths)
		coder := c.annotator(name)
		for _, p := range paths {
			rel, _ := filepath.Rel(root, p)
			article, _, _ := parseName(rel)
			c.add(filepath.ToSlash(article), coder, p)
		}
	}
	return c.dataset()
}

// folderAnnotator names the annotator of a folder: the one author slug all its
// sidecars carry, else the author recorded in its first sidecar, else the folder's name.
func folderAnnotator(root string, paths []string) string {
	slugs := map[string]bool{}
	for _, p := range paths {
		_, slug, _ := parseName(p)
		slugs[slug] = true
	}
	if len(slugs) == 1 {
		for s := range slugs {
			if s != "" {
				return s
			}
		}
	}
	for _, p := range paths {
		if file, err := readSidecar(p); err == nil {
			return authorOf(file, "", filepath.Base(filepath.Clean(root)))
		}
	}
	return filepath.Base(filepath.Clean(root))
}

// loadSharedFolder: one folder where annotators' sidecars sit side by side,
// told apart by the author slug in their names (plain sidecars count as the
// author recorded inside them).
func loadSharedFolder(root string) (Dataset, []string, error) {
	c := newCollector()
	paths, err := findSidecars(root)
	if err != nil {
		return Dataset{}, nil, err
	}
	for _, p := range paths {
		rel, _ := filepath.Rel(root, p)
		article, slug, _ := parseName(rel)
		name := slug
		if name == "" {
			file, err := readSidecar(p)
			if err != nil {
				c.warnings = append(c.warnings, fmt.Sprintf("%s: %v (left out)", p, err))
				continue
			}
			name = authorOf(file, "", "unknown")
		}
		c.add(filepath.ToSlash(article), c.annotator(name), p)
	}
	return c.dataset()
}
