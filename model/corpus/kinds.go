package corpus

import (
	"path/filepath"
	"strings"

	"github.com/annotty/annotty/model"
)

// Loader turns the bytes of one input file into a Document. path is the
// file's path as the corpus names it.
type Loader func(path string, data []byte) (*model.Document, error)

// Kind is one kind of input file a corpus takes, recognised by its extensions.
type Kind struct {
	// Name names the kind in messages ("text", "markdown").
	Name string
	// Extensions are the lower-case file-name endings, with the dot (".txt").
	Extensions []string
	// Load reads the file's bytes into a Document.
	Load Loader
	// Split, when set, makes each file of this kind a container of several
	// documents (a JSON Lines dump, one article per line): it says where each
	// record lies in the file. The corpus lists one entry per record, named
	// "FILE#NAME", and Load then receives the record's bytes only, with path
	// "FILE#NAME" (which should become the Document's Path, so each record
	// has its own sidecar). Containers are read and split when listed.
	Split func(data []byte) ([]Part, error)
	// LoadRecord, when set, reads a container's records whose byte range is
	// not known (Part.End == 0, as in a gzip-compressed dump): it gets the
	// whole file and the record's name, and returns that record's Document.
	LoadRecord func(path string, data []byte, name string) (*model.Document, error)
}

// Part is one record of a container file.
type Part struct {
	// Name identifies the record inside the file (its id, or its line number);
	// it must be unique in the file and stable across sessions.
	Name string
	// Start and End are the record's byte range in the file as stored; End
	// 0 means unknown (the kind's LoadRecord then finds the record by name).
	Start, End int64
	// Problem says why the record cannot be a document (a line that is not
	// JSON); "" when it can.
	Problem string
}

// Kinds is the one table that decides which files belong to a corpus and how
// each is read. Loaders for more formats (HTML, JSON Lines) are added by
// appending their Kind (see DefaultKinds and Options.Kinds).
type Kinds []Kind

// DefaultKinds returns the kinds annotty reads without extra loaders: plain
// text (.txt) and Markdown (.md, .markdown).
func DefaultKinds() Kinds {
	return Kinds{
		{Name: "text", Extensions: []string{".txt"}, Load: loadText(false)},
		{Name: "markdown", Extensions: []string{".md", ".markdown"}, Load: loadText(true)},
	}
}

// loadText is the Loader of plain text and Markdown files.
func loadText(markdown bool) Loader {
	return func(path string, data []byte) (*model.Document, error) {
		return model.NewDocument(path, data, markdown)
	}
}

// With returns k with extra kinds appended; a later kind overrides an earlier
// one for the same extension.
func (k Kinds) With(extra ...Kind) Kinds {
	return append(append(Kinds{}, k...), extra...)
}

// Of returns the kind of a file from its name, or false when the corpus does
// not take such files. Extensions match as name endings, the longest first,
// so a kind may take ".jsonl.gz"; for the same ending a later kind wins.
func (k Kinds) Of(path string) (Kind, bool) {
	lower := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(lower, model.SidecarSuffix) {
		return Kind{}, false // an annotation sidecar, never an article
	}
	best, found, bestLen := Kind{}, false, 0
	for _, kind := range k {
		for _, e := range kind.Extensions {
			if len(e) >= bestLen && len(lower) > len(e) && strings.HasSuffix(lower, e) {
				best, found, bestLen = kind, true, len(e)
			}
		}
	}
	return best, found
}

// Names lists the extensions taken, for messages (".txt, .md, .markdown").
func (k Kinds) Names() string {
	var exts []string
	for _, kind := range k {
		exts = append(exts, kind.Extensions...)
	}
	return strings.Join(exts, ", ")
}
