package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui"
	"github.com/spf13/cobra"
)

// runCorpusExport exports every document of a corpus, one record each.
func runCorpusExport(cmd *cobra.Command, args []string, o exportOptions) error {
	if o.annotations != "" {
		return errors.New("--annotations names one article's file; a corpus reads each article's own sidecar")
	}
	stderr := cmd.ErrOrStderr()
	c, err := openCorpus(args, o.author, stderr)
	if err != nil {
		return err
	}
	eo := corpus.ExportOptions{
		Format:    o.format,
		Set:       model.SetOptions{Author: o.author},
		Annotator: o.author,
		Warn: func(path string, err error) {
			fmt.Fprintf(stderr, "annotty: %s: %s\n", ui.Sanitize(path), ui.Sanitize(err.Error()))
		},
	}
	if o.includeDetections {
		eo.Analyze = annotate.Analyze
	}
	var out io.Writer = cmd.OutOrStdout()
	var buf bytes.Buffer
	if o.output == "-" {
		o.output = ""
	}
	if o.output != "" {
		if err := checkOutputPath(o.output, corpusDocuments(c)); err != nil {
			return err
		}
		out = &buf
	}
	sum, err := c.WriteExport(out, eo)
	if err != nil {
		return err
	}
	if sum.Problems+sum.Missing > 0 {
		fmt.Fprintf(stderr, "annotty: %d of %d documents are unreadable or missing; their records say why\n", sum.Problems+sum.Missing, sum.Documents)
	}
	if o.output != "" {
		return model.WriteFileAtomic(o.output, buf.Bytes(), 0o644)
	}
	return nil
}
