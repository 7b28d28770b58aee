// Package corpus is a set of articles worked through as one: a folder walked
// recursively, files named one by one, or a list file. It lists documents
// from directory entries alone (so 10,000 files open at once), fills their
// counts later (Fill, suited to a background command), keeps each document's
// status and reading position, moves through them as a queue, and saves that
// state in the corpus folder (.annotty/corpus.json), merged with what another
// annotty saved meanwhile. It holds no document text: the caller holds the
// one open document.
package corpus

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Options configures Open.
type Options struct {
	// Kinds decides which files are documents and how they are read; nil means DefaultKinds.
	Kinds Kinds
	// MaxBytes is the largest document opened; 0 means DefaultMaxBytes.
	MaxBytes int64
	// StatePath overrides where the corpus state is kept ("" picks StateLocationFor).
	StatePath string
	// Now is the clock for "updated" times; nil means time.Now.
	Now func() time.Time
	// Annotator, when set, counts that annotator's tags
	// (ARTICLE.annotty.NAME.json, as the reader's --author keeps them)
	// instead of the plain sidecar's, and keeps their own queue
	// (StateLocationFor).
	Annotator string
}

// Corpus is an open corpus: its entries, the user's place in them and the
// saved state.
type Corpus struct {
	root      string
	dir       bool
	kinds     Kinds
	maxBytes  int64
	now       func() time.Time
	annotator string

	entries []*Entry // in source order: by path for a folder, as given otherwise
	byPath  map[string]*Entry
	byHash  map[string]*Entry // missing entries by text hash, to recognise renames

	view    View
	visible []*Entry
	current string

	state stateStore
}

// Open lists the corpus named by args (a folder, files, or a list; see
// IsCorpus) and applies its saved state. Listing reads directory entries
// only; counts, sizes and problems of individual files come with Fill. A
// corrupt state file is not an error: the corpus opens, StateError says why,
// and Save refuses to overwrite it.
func Open(args []string, opts Options) (*Corpus, error) {
	if opts.Kinds == nil {
		opts.Kinds = DefaultKinds()
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	src, err := resolveSource(args, opts.Kinds)
	if err != nil {
		return nil, err
	}
	c := &Corpus{
		root: src.root, dir: src.dir, kinds: opts.Kinds, maxBytes: opts.MaxBytes, now: opts.Now, annotator: opts.Annotator,
		byPath: make(map[string]*Entry, len(src.members)), byHash: map[string]*Entry{},
	}
	for _, m := range src.members {
		kind, _ := c.kinds.Of(m.abs)
		if kind.Split != nil && m.problem == "" {
			c.addParts(m.abs, kind)
			continue
		}
		c.add(&Entry{Path: c.relPath(m.abs), Abs: m.abs, Kind: kind, Problem: m.problem})
	}
	c.state, err = openStateStore(c.root, opts.StatePath, opts.Annotator)
	if err != nil {
		return nil, err
	}
	c.applyState(c.state.loaded)
	c.refreshView()
	return c, nil
}

// maxContainerBytes bounds a container file (a JSON Lines dump) read to list its records.
const maxContainerBytes = 1 << 30

// add lists one entry (a new document unless the saved state says otherwise).
func (c *Corpus) add(e *Entry) {
	e.Status = StatusNew
	if e.Problem != "" {
		e.Filled = true
	}
	if _, dup := c.byPath[e.Path]; dup {
		return
	}
	c.entries = append(c.entries, e)
	c.byPath[e.Path] = e
}

// addParts lists one entry per record of a container file, or the file
// itself with its problem when it cannot be read or split.
func (c *Corpus) addParts(abs string, kind Kind) {
	rel := c.relPath(abs)
	data, err := readCapped(abs, maxContainerBytes)
	var parts []Part
	if err == nil {
		parts, err = kind.Split(data)
	}
	if err != nil {
		c.add(&Entry{Path: rel, Abs: abs, Kind: kind, Problem: problemText(err)})
		return
	}
	seen := make(map[string]bool, len(parts))
	for _, p := range parts {
		e := &Entry{Path: rel + "#" + p.Name, Abs: abs, Kind: kind, Problem: p.Problem, part: &p}
		if seen[p.Name] {
			e.Path = fmt.Sprintf("%s#%s (record %d)", rel, p.Name, len(seen)+1)
			e.Problem = "another record of the file has the same name"
		}
		seen[p.Name] = true
		c.add(e)
	}
}

// relPath names a file relative to the root (slash-separated), absolute outside it.
func (c *Corpus) relPath(abs string) string {
	prefix := strings.TrimSuffix(c.root, string(filepath.Separator)) + string(filepath.Separator)
	if rest, ok := strings.CutPrefix(abs, prefix); ok && rest != "" && !strings.Contains(rest, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(rest) // the listing's paths are clean: no Rel needed
	}
	if within(c.root, abs) {
		if rel, err := filepath.Rel(c.root, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return abs
}

// absPath is the inverse of relPath.
func (c *Corpus) absPath(rel string) string {
	if filepath.IsAbs(rel) {
		return rel
	}
	return filepath.Join(c.root, filepath.FromSlash(rel))
}

// Root returns the corpus folder.
func (c *Corpus) Root() string { return c.root }

// IsFolder reports whether the corpus is a folder walked recursively.
func (c *Corpus) IsFolder() bool { return c.dir }

// Len returns the number of entries, missing ones included.
func (c *Corpus) Len() int { return len(c.entries) }

// Entries returns every entry in source order (by path for a folder). The
// slice is the corpus's own: do not modify it.
func (c *Corpus) Entries() []*Entry { return c.entries }

// Entry returns the entry with the given corpus path.
func (c *Corpus) Entry(path string) (*Entry, bool) {
	e, ok := c.byPath[path]
	return e, ok
}

// EntryFor returns the entry of a file path as a document names it (absolute
// or relative to the working folder).
func (c *Corpus) EntryFor(file string) (*Entry, bool) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, false
	}
	if e, ok := c.Entry(c.relPath(abs)); ok {
		return e, true
	}
	real, err := filepath.EvalSymlinks(abs) // named through a symlinked folder
	if err != nil {
		return nil, false
	}
	return c.Entry(c.relPath(real))
}

// Outlet returns the sub-folder an entry belongs to (its first path
// component), or "" for a document at the corpus root or outside it.
func (e *Entry) Outlet() string {
	if filepath.IsAbs(e.Path) {
		return ""
	}
	if i := strings.IndexByte(e.Path, '/'); i > 0 {
		return e.Path[:i]
	}
	return ""
}

// Progress summarises the corpus for the status line ("done 12 / 340 · 3%").
type Progress struct {
	// Total counts the documents that can be opened (missing and bad ones aside).
	Total int
	// By counts usable documents per status.
	By map[Status]int
	// Problems counts unreadable, binary, too large or empty files.
	Problems int
	// Missing counts documents whose file is gone.
	Missing int
	// Filled counts entries whose counts are known.
	Filled int
}

// Percent is the share of usable documents done, 0..100, rounded down.
func (p Progress) Percent() int {
	if p.Total == 0 {
		return 0
	}
	return p.By[StatusDone] * 100 / p.Total
}

// String reads "done 12 / 340 · 3%", with skipped, unreadable and missing
// documents when there are any: the status line's and the CLI's progress.
func (p Progress) String() string {
	s := fmt.Sprintf("done %d / %d · %d%%", p.By[StatusDone], p.Total, p.Percent())
	if n := p.By[StatusSkipped]; n > 0 {
		s += fmt.Sprintf(" · %d skipped", n)
	}
	if p.Problems > 0 {
		s += fmt.Sprintf(" · %d unreadable", p.Problems)
	}
	if p.Missing > 0 {
		s += fmt.Sprintf(" · %d missing", p.Missing)
	}
	return s
}

// Progress counts the corpus's entries by status.
func (c *Corpus) Progress() Progress {
	p := Progress{By: map[Status]int{}}
	for _, e := range c.entries {
		if e.Filled {
			p.Filled++
		}
		switch {
		case e.Missing:
			p.Missing++
		case e.Problem != "":
			p.Problems++
		default:
			p.Total++
			p.By[e.Status]++
		}
	}
	return p
}
