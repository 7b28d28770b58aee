package main

import (
	"fmt"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
)

// guardExportOutput checks the -o of an export of docs before anything is
// written: "-" means standard output (o.output becomes ""); a path must not
// be one of the articles, their annotation files or locks (as o's
// --annotations and --author choose them), or any annotty annotation file.
func guardExportOutput(o *exportOptions, docs []*model.Document) error {
	if o.output == "-" {
		o.output = ""
	}
	if o.output == "" {
		return nil
	}
	var protected []model.ProtectedFile
	for _, doc := range docs {
		protected = append(protected, model.ArticleFiles(doc)...)
		loc, err := model.SidecarLocationOf(doc, model.StoreOptions{Path: o.annotations, Annotator: o.author})
		if err == nil {
			protected = append(protected, model.SidecarFiles(doc, loc)...)
		}
	}
	return checkOutputPath(o.output, protected)
}

// checkOutputPath refuses an -o path that is one of protected, any annotty
// annotation file or lock, or in the data folder (model.CheckNotProtected).
func checkOutputPath(out string, protected []model.ProtectedFile) error {
	if err := model.CheckNotProtected(out, protected, true); err != nil {
		return fmt.Errorf("-o: %w (choose another file, or - for standard output)", err)
	}
	return nil
}

// corpusDocuments are the files of a corpus's documents, which no -o may name.
func corpusDocuments(c *corpus.Corpus) []model.ProtectedFile {
	var docs []model.ProtectedFile
	for _, e := range c.Entries() {
		docs = append(docs, model.ProtectedFile{Path: e.Abs, What: "a document of the corpus"})
	}
	return docs
}
