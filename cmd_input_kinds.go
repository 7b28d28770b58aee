package main

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/model/input"
)

// inputKinds are the corpus kinds of model/input: saved web pages and JSON
// Lines dumps (plain and gzip-compressed), read as the single-article
// commands read them.
func inputKinds() []corpus.Kind {
	return []corpus.Kind{
		{Name: "web page", Extensions: []string{".html", ".htm", ".xhtml"}, Load: loadPage(false)},
		{Name: "web page (gzip)", Extensions: []string{".html.gz", ".htm.gz", ".xhtml.gz"}, Load: loadPage(true)},
		{Name: "JSON Lines dump", Extensions: []string{".jsonl"}, Split: splitDump, Load: input.RecordDocument},
		{Name: "JSON Lines dump (gzip)", Extensions: []string{".jsonl.gz"}, Split: splitGzipDump, LoadRecord: loadGzipRecord},
	}
}

// loadPage extracts the article of a saved page, undoing gzip first when asked.
func loadPage(gzipped bool) corpus.Loader {
	return func(path string, data []byte) (*model.Document, error) {
		if gzipped {
			var err error
			if data, err = input.Gunzip(data, input.MaxPageBytes); err != nil {
				return nil, err
			}
		}
		return input.FromHTML(path, data, input.PageOptions{})
	}
}

// splitDump lists a dump's records with their byte ranges.
func splitDump(data []byte) ([]corpus.Part, error) {
	spans := input.SplitRecords(data)
	parts := make([]corpus.Part, len(spans))
	for i, s := range spans {
		parts[i] = corpus.Part{Name: s.Key, Start: s.Start, End: s.End, Problem: s.Problem}
	}
	return parts, nil
}

// splitGzipDump lists a compressed dump's records (no byte ranges on disk).
func splitGzipDump(data []byte) ([]corpus.Part, error) {
	plain, err := input.Gunzip(data, maxInputBytes)
	if err != nil {
		return nil, err
	}
	parts, _ := splitDump(plain)
	for i := range parts {
		parts[i].Start, parts[i].End = 0, 0
	}
	return parts, nil
}

// loadGzipRecord opens one record of a compressed dump by its name.
func loadGzipRecord(path string, data []byte, name string) (*model.Document, error) {
	plain, err := input.Gunzip(data, maxInputBytes)
	if err != nil {
		return nil, err
	}
	return input.FindRecordDocument(path, plain, name)
}
