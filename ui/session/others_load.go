package session

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annotty/annotty/model"
)

// maxOthers is how many other annotators' files are read for one article.
const maxOthers = 32

// SidecarsBeside is the loader of the other annotators' tags of doc: every
// ARTICLE.annotty.NAME.json beside the article (model.AuthorSidecarName),
// the user's own file (own) left out, each read without locking or writing
// (model.ReadAnnotations). The gold file of adjudication is one of them
// ("adjudicated"). Articles not read from a file have none (nil loader).
func SidecarsBeside(doc *model.Document, own string) OthersLoader {
	if doc == nil || doc.Path == "" || doc.Path == "-" || strings.HasPrefix(doc.Path, "sample:") {
		return nil
	}
	return func() ([]Other, []string) {
		var others []Other
		var problems []string
		for _, c := range authorSidecarsOf(doc.Path, own) {
			if len(others) == maxOthers {
				problems = append(problems, "more than "+Count(maxOthers, "other annotator")+": the rest not shown")
				break
			}
			set, _, _, err := model.ReadAnnotations(doc, model.StoreOptions{Path: c.path})
			if err != nil {
				problems = append(problems, c.author+"'s tags not shown: "+firstLine(err.Error()))
				continue
			}
			others = append(others, NewOther(c.author, set))
		}
		return others, problems
	}
}

// AuthorsBeside names the other annotators with a sidecar beside doc (own
// left out) without reading them, for a hint; nil for an article not read
// from a file. It lists the folder, so callers run it off the first frame.
func AuthorsBeside(doc *model.Document, own string) func() []string {
	if SidecarsBeside(doc, own) == nil {
		return nil
	}
	return func() []string {
		var names []string
		for _, c := range authorSidecarsOf(doc.Path, own) {
			names = append(names, c.author)
		}
		return names
	}
}

// authorSidecar is one annotator's sidecar of an article.
type authorSidecar struct{ author, path string }

// authorSidecarsOf lists the regular files ARTICLE.annotty.NAME.json beside
// article, by name, leaving out own (the same file by path or identity).
func authorSidecarsOf(article, own string) []authorSidecar {
	dir, base := filepath.Split(article)
	if dir == "" {
		dir = "."
	}
	matches, _ := filepath.Glob(filepath.Join(dir, globEscape(base)+".annotty.*.json"))
	ownInfo, ownErr := os.Stat(own)
	var out []authorSidecar
	for _, p := range matches {
		art, author, ok := model.ParseSidecarName(p)
		if !ok || author == "" || filepath.Clean(art) != filepath.Clean(article) {
			continue
		}
		info, err := os.Lstat(p)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if filepath.Clean(p) == filepath.Clean(own) || (ownErr == nil && os.SameFile(info, ownInfo)) {
			continue
		}
		out = append(out, authorSidecar{author: author, path: p})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].author < out[j].author })
	return out
}

// globEscape quotes the glob metacharacters of a file name.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// firstLine is s up to its first line break.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
