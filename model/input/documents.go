// Package input turns what users open into documents: saved web pages
// (.html, .htm, .xhtml, gzip-compressed too) through go-trafilatura, pages
// fetched from a URL (with a cache), crawler dumps in JSON Lines, and plain
// text and Markdown. The reader, `annotty analyze`, `annotty export`,
// `annotty text` and corpus mode all open inputs through it.
package input

import (
	"bytes"
	"fmt"

	"github.com/annotty/annotty/model"
)

// Loaded is what an input opened to: its documents in order, and the parts
// that could not be read (dump lines, each a *LineError) while the rest opened.
type Loaded struct {
	Docs     []*model.Document
	Problems []error
}

// Documents turns an input's bytes into documents by kind: one for text,
// Markdown and HTML, one per record for a dump. name becomes each document's
// Path (a dump record's is "NAME#KEY"). opts matter for HTML only. A dump of
// which no record could be read is an error naming its first bad line.
func Documents(name string, kind Kind, data []byte, opts PageOptions) (Loaded, error) {
	switch kind {
	case KindHTML:
		doc, err := FromHTML(name, data, opts)
		if err != nil {
			return Loaded{}, err
		}
		return Loaded{Docs: []*model.Document{doc}}, nil
	case KindJSONL:
		return dumpDocuments(name, data)
	}
	doc, err := model.NewDocument(name, data, kind == KindMarkdown)
	if err != nil {
		return Loaded{}, err
	}
	return Loaded{Docs: []*model.Document{doc}}, nil
}

// dumpDocuments opens every record of a dump.
func dumpDocuments(name string, data []byte) (Loaded, error) {
	var out Loaded
	for rec, err := range Records(bytes.NewReader(data)) {
		if err == nil {
			var doc *model.Document
			if doc, err = rec.Document(name); err == nil {
				out.Docs = append(out.Docs, doc)
				continue
			}
			err = &LineError{Line: rec.Line, Err: err}
		}
		out.Problems = append(out.Problems, err)
	}
	switch {
	case len(out.Docs) > 0:
		return out, nil
	case len(out.Problems) > 0:
		return Loaded{}, fmt.Errorf("no article could be read (%v)", out.Problems[0])
	}
	return Loaded{}, model.ErrEmpty
}
