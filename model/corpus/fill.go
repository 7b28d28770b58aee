package corpus

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/annotty/annotty/model"
)

// AnalyzeFunc runs the detectors on a document (annotate.Analyze). The corpus
// takes it as a function because model packages do not import annotate.
type AnalyzeFunc func(*model.Document) *model.Analysis

// FillJob is the work of filling one entry. Run touches only the file system,
// never the corpus, so it may run in a background goroutine (a tea.Cmd);
// hand its Facts back to Apply on the UI's goroutine.
type FillJob struct {
	// Path is the entry's corpus path.
	Path      string
	ref       docRef
	max       int64
	annotator string
}

// fillJob is the job that fills e, counting the corpus's annotator's tags.
func (c *Corpus) fillJob(e *Entry) FillJob {
	return FillJob{Path: e.Path, ref: e.ref(), max: c.maxBytes, annotator: c.annotator}
}

// Facts are what filling found about one document.
type Facts struct {
	// Path is the entry's corpus path.
	Path string
	// Size is the file's size in bytes.
	Size int64
	// SHA256 is the text's hash ("" when the file could not be read).
	SHA256 string
	// Counts are the tag, quote and review figures.
	Counts Counts
	// Problem is why the file cannot be opened, or "".
	Problem string
}

// FillJobs lists the entries not yet filled, visible ones first in view
// order, so the pane's first screen fills first.
func (c *Corpus) FillJobs() []FillJob {
	jobs := make([]FillJob, 0, len(c.entries))
	queued := make(map[string]bool, len(c.entries))
	add := func(e *Entry) {
		if !e.Filled && !queued[e.Path] {
			queued[e.Path] = true
			jobs = append(jobs, c.fillJob(e))
		}
	}
	for _, e := range c.visible {
		add(e)
	}
	for _, e := range c.entries {
		add(e)
	}
	return jobs
}

// Run reads the file, checks it, hashes it and counts its tags from the
// sidecar; with analyze it also counts quotes and reviewed detections. The
// document is dropped before Run returns.
func (j FillJob) Run(analyze AnalyzeFunc) Facts {
	f := Facts{Path: j.Path}
	if j.ref.part != nil {
		f.Size = j.ref.part.End - j.ref.part.Start
	} else if info, err := os.Stat(j.ref.abs); err == nil {
		f.Size = info.Size()
	}
	doc, err := j.ref.load(j.max)
	if err != nil {
		f.Problem = problemText(err)
		return f
	}
	f.SHA256 = doc.SHA256()
	f.Counts = countDocument(doc, analyze, j.annotator)
	return f
}

// countDocument counts annotator's tags on a document ("" for the plain
// sidecar's) and, with analyze, its quotes and how many detections that
// annotator reviewed. A corrupt sidecar counts no tags.
func countDocument(doc *model.Document, analyze AnalyzeFunc, annotator string) Counts {
	var counts Counts
	if analyze == nil {
		counts.Tags = countTags(doc, annotator)
		return counts
	}
	set, _, _, err := model.ReadAnnotations(doc, model.StoreOptions{Annotator: annotator})
	if err != nil {
		set = model.NewAnnotationSet(doc, model.SetOptions{})
	}
	counts.Tags = set.Len()
	a := analyze(doc)
	counts.Analysed = true
	counts.Quotes = len(a.Quotes)
	for _, d := range model.DetectionsOf(a) {
		counts.Detections++
		if set.Reviewed(d) {
			counts.Reviewed++
		}
	}
	return counts
}

// countTags counts the annotations annotator saved for doc without
// re-anchoring them, from the first file the store would read
// (model.SavedSidecarPaths).
func countTags(doc *model.Document, annotator string) int {
	for _, p := range model.SavedSidecarPaths(doc, annotator) {
		data, err := readCapped(p, maxStateBytes)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return 0
		}
		f, err := model.DecodeAnnotationFile(data)
		if err != nil {
			return 0
		}
		return len(f.Annotations)
	}
	return 0
}

// Apply records the facts of one entry (from FillJob.Run). A new document
// whose text hash matches a missing one is recognised as that document
// renamed: it takes over its status and position, the missing entry is
// dropped from the state, and the old sidecar is copied to the new name when
// the new name has none (the old one is kept).
func (c *Corpus) Apply(f Facts) {
	e, ok := c.byPath[f.Path]
	if !ok {
		return
	}
	e.Filled, e.Size, e.Problem, e.Counts = true, f.Size, f.Problem, f.Counts
	if f.SHA256 != "" && e.SHA256 != f.SHA256 {
		e.SHA256 = f.SHA256
		if e.worthSaving() {
			c.touch(e.Path) // the saved hash is how a later rename is recognised
		}
	}
	if old, ok := c.byHash[f.SHA256]; ok && f.SHA256 != "" && e.Status == StatusNew && !c.saved(e.Path) {
		c.adoptRenamed(e, old)
	}
	if e.Status == StatusNew && e.Counts.Tags > 0 {
		c.setStatus(e, StatusInProgress)
	}
}

// saved reports whether the state file knew the path.
func (c *Corpus) saved(path string) bool {
	_, ok := c.state.loaded.Documents[path]
	return ok
}

// adoptRenamed makes e the renamed successor of the missing entry old.
func (c *Corpus) adoptRenamed(e, old *Entry) {
	e.Status, e.Position, e.RenamedFrom = old.Status, old.Position, old.Path
	copied := copyAnnotatorSidecars(old.DocumentPath(), e.DocumentPath())
	if copySidecar(old.DocumentPath()+model.SidecarSuffix, e.DocumentPath()+model.SidecarSuffix) == nil {
		copied = true
	}
	if copied && e.Counts.Tags == 0 {
		if doc, err := c.load(e); err == nil {
			e.Counts.Tags = countDocument(doc, nil, c.annotator).Tags
		}
	}
	delete(c.byHash, old.SHA256)
	delete(c.byPath, old.Path)
	for i, x := range c.entries {
		if x == old {
			c.entries = append(c.entries[:i], c.entries[i+1:]...)
			break
		}
	}
	if c.current == old.Path {
		c.current = e.Path
		c.state.currentDirty = true
	}
	c.touch(old.Path)
	c.touch(e.Path)
	c.refreshView()
}

// copyAnnotatorSidecars copies each annotator's sidecar of the document at
// oldPath (oldPath.annotty.NAME.json, gold included) to newPath's name for
// the same annotator, as copySidecar does, and reports whether it copied any.
func copyAnnotatorSidecars(oldPath, newPath string) bool {
	dir := filepath.Dir(oldPath)
	names, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	copied := false
	for _, n := range names {
		article, slug, ok := model.ParseSidecarName(filepath.Join(dir, n.Name()))
		if ok && slug != "" && article == oldPath &&
			copySidecar(filepath.Join(dir, n.Name()), model.AuthorSidecarName(newPath, slug)) == nil {
			copied = true
		}
	}
	return copied
}

// copySidecar copies the sidecar file from to the sidecar file to, unless to
// exists or from does not. Nothing is moved or deleted.
func copySidecar(from, to string) error {
	if _, err := os.Lstat(to); !errors.Is(err, fs.ErrNotExist) {
		return fs.ErrExist
	}
	data, err := readCapped(from, maxStateBytes)
	if err != nil {
		return err
	}
	return model.WriteFileAtomic(to, data, 0o644)
}

// Check fills one entry now if it is not filled yet (the document about to
// be opened) and reports whether it can be opened.
func (c *Corpus) Check(e *Entry) bool {
	if !e.Filled {
		c.Apply(c.fillJob(e).Run(nil))
	}
	return e.Usable()
}

// Fill fills every entry not yet filled, in the calling goroutine, calling
// progress after each (for the CLI and tests; the TUI runs FillJobs in the
// background). It stops early when ctx is cancelled.
func (c *Corpus) Fill(ctx context.Context, analyze AnalyzeFunc, progress func(done, total int)) error {
	jobs := c.FillJobs()
	for i, j := range jobs {
		if err := ctx.Err(); err != nil {
			return err
		}
		c.Apply(j.Run(analyze))
		if progress != nil {
			progress(i+1, len(jobs))
		}
	}
	return nil
}
