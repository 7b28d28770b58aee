package main

import (
	"fmt"
	"os"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
)

// refuseOverwrite says why -o FILE must not be written: FILE is one of the
// articles read (inputs), or is named like an annotation file
// (ARTICLE.annotty.json, ARTICLE.annotty.NAME.json), so a slip of the
// keyboard cannot replace user work with an export. nil when FILE is safe.
func refuseOverwrite(output string, inputs []string) error {
	if _, _, ok := model.ParseSidecarName(output); ok {
		return fmt.Errorf("-o %s would overwrite an annotation file (*.annotty.json); choose another name", output)
	}
	out, err := os.Stat(output)
	if err != nil {
		return nil // a new file
	}
	for _, in := range inputs {
		if st, err := os.Stat(in); err == nil && os.SameFile(out, st) {
			return fmt.Errorf("-o %s would overwrite the article %s it reads; choose another name", output, in)
		}
	}
	return nil
}

// corpusFiles lists the files of a corpus's documents, for refuseOverwrite.
func corpusFiles(c *corpus.Corpus) []string {
	var out []string
	for _, e := range c.Entries() {
		if !e.Missing {
			out = append(out, e.Abs)
		}
	}
	return out
}
