package adjudicate

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/annotty/annotty/model"
)

// ArticleReader opens an article by path (the reader's loader: size cap,
// regular files only).
type ArticleReader func(path string) (*model.Document, error)

// Job is one article to adjudicate: its annotators' sets, the gold store and
// the session deciding into it.
type Job struct {
	// Name is the article's path inside the corpus folder.
	Name string
	// Doc is the article.
	Doc *model.Document
	// Gold holds the gold sidecar (story.txt.annotty.adjudicated.json), locked while open.
	Gold *model.Store
	// Session is the adjudication of this article.
	Session *Session
}

// Corpus is a folder being adjudicated: the articles with two or more
// annotators, and the saved progress.
type Corpus struct {
	// Dir is the corpus folder.
	Dir string
	// Jobs are the articles, by name.
	Jobs  []*Job
	state *State
}

// OpenCorpus finds, below dir, every article with sidecars of two or more
// annotators (story.txt.annotty.NAME.json), opens its gold sidecar and resumes
// its adjudication. Articles that cannot be read are named in warnings and
// skipped; a gold sidecar held by another annotty or unreadable stops with an
// error (never overwritten).
func OpenCorpus(dir string, read ArticleReader) (*Corpus, []string, error) {
	state, err := LoadState(StatePath(dir))
	if err != nil {
		return nil, nil, err
	}
	byArticle, err := authorSidecars(dir)
	if err != nil {
		return nil, nil, err
	}
	c := &Corpus{Dir: dir, state: state}
	var warnings []string
	for _, article := range sortedArticles(byArticle) {
		cars := byArticle[article]
		if len(cars) < 2 {
			continue
		}
		job, warn, err := openJob(dir, article, cars, read, state)
		if err != nil {
			c.Close()
			return nil, warnings, err
		}
		if warn != "" {
			warnings = append(warnings, warn)
			continue
		}
		c.Jobs = append(c.Jobs, job)
	}
	if len(c.Jobs) == 0 {
		return nil, warnings, fmt.Errorf("%s: no article has annotation files of two or more annotators (story.txt.annotty.NAME.json)", dir)
	}
	return c, warnings, nil
}

// authorSidecars maps each article (path relative to dir) to its annotators'
// sidecar paths by slug, the gold one left out.
func authorSidecars(dir string) (map[string]map[string]string, error) {
	paths, err := model.FindSidecars(dir)
	out := map[string]map[string]string{}
	for _, p := range paths {
		article, slug, _ := model.ParseSidecarName(p)
		if slug == "" || slug == GoldAuthor {
			continue
		}
		rel, _ := filepath.Rel(dir, article)
		if out[rel] == nil {
			out[rel] = map[string]string{}
		}
		out[rel][slug] = p
	}
	return out, err
}

// sortedArticles lists the map's articles in order.
func sortedArticles(m map[string]map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// openJob reads one article and its annotators' sidecars and resumes its session.
// A problem with the article or an annotator's file is a warning (skip it);
// a problem with the gold file is an error.
func openJob(dir, name string, cars map[string]string, read ArticleReader, state *State) (*Job, string, error) {
	doc, err := read(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Sprintf("%s: %v (skipped)", name, err), nil
	}
	authors := make([]string, 0, len(cars))
	for a := range cars {
		authors = append(authors, a)
	}
	sort.Strings(authors)
	sets := make([]*model.AnnotationSet, len(authors))
	for i, a := range authors {
		set, _, _, err := model.ReadAnnotations(doc, model.StoreOptions{Path: cars[a]})
		if err != nil {
			return nil, fmt.Sprintf("%s: %v (skipped)", cars[a], err), nil
		}
		sets[i] = set
	}
	goldPath := model.AuthorSidecarName(filepath.Join(dir, name), GoldAuthor)
	saved := state.Documents[filepath.ToSlash(name)]
	if _, err := os.Lstat(goldPath); errors.Is(err, fs.ErrNotExist) {
		// Gold deleted: its decisions have nothing behind them; start over
		// (Close records the fresh state).
		saved = DocumentState{}
		delete(state.Documents, filepath.ToSlash(name))
	}
	gold, err := model.OpenStore(doc, model.StoreOptions{Path: goldPath, Set: model.SetOptions{Author: GoldAuthor}})
	if err != nil {
		_ = gold.Close()
		return nil, "", fmt.Errorf("%s: %w", goldPath, err)
	}
	s, err := NewSession(NewPlan(authors, sets), gold.Set(), saved)
	if err != nil {
		_ = gold.Close()
		return nil, "", err
	}
	return &Job{Name: filepath.ToSlash(name), Doc: doc, Gold: gold, Session: s}, "", nil
}

// Save writes job's gold sidecar and the corpus's progress, both atomically.
func (c *Corpus) Save(job *Job) error {
	if err := job.Gold.Save(); err != nil {
		return err
	}
	c.state.Documents[job.Name] = job.Session.State()
	return SaveState(StatePath(c.Dir), c.state)
}

// Progress sums disagreements left and in all over the corpus.
func (c *Corpus) Progress() (left, total int) {
	for _, j := range c.Jobs {
		l, t := j.Session.Progress()
		left += l
		total += t
	}
	return left, total
}

// Close saves every gold sidecar, releases its lock and records the progress
// of each article whose gold was saved, so agreed tags are known to be in gold
// even where no decision was made (one deleted from gold later stays deleted).
func (c *Corpus) Close() error {
	var first error
	recorded := false
	for _, j := range c.Jobs {
		if err := j.Gold.Close(); err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		if !c.state.Documents[j.Name].AgreedAdded {
			c.state.Documents[j.Name] = j.Session.State()
			recorded = true
		}
	}
	if recorded {
		if err := SaveState(StatePath(c.Dir), c.state); err != nil && first == nil {
			first = err
		}
	}
	return first
}
