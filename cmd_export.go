package main

import (
	"context"
	"fmt"
	"io"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui"
	"github.com/spf13/cobra"
)

// exportOptions are the flags of `annotty export`.
type exportOptions struct {
	format            string
	output            string
	includeDetections bool
	annotations       string
	author            string
	// labels restricts the conll format to these labels (all when empty).
	labels []string
}

// newExportCmd builds `annotty export`, which prints an article's annotations
// (read from its sidecar) as native JSON, JSON Lines or W3C Web Annotations.
func newExportCmd() *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export [--format json|w3c|jsonl|brat|label-studio|label-studio-config|doccano|conll] [-o FILE] [--include-detections] [--annotations PATH] [--author NAME] ARTICLE|DIR|FILE...|@LIST",
		Short: "Export an article's annotations (native JSON, JSON Lines, W3C, brat, Label Studio, doccano, CoNLL)",
		Long: "Export reads the annotations saved for ARTICLE (its sidecar ARTICLE.annotty.json, or --annotations PATH)\n" +
			"and prints them to standard output, or writes them atomically to -o FILE. ARTICLE may be - for standard input.\n" +
			"--format brat with -o NAME.ann also writes NAME.txt and, when the folder has none, annotation.conf.\n" +
			"Offsets follow each format's convention (Unicode code points, end exclusive); see docs/annotations.md.\n\n" +
			"A folder, several files or a list export a corpus: one record per document (path, sha256, status,\n" +
			"annotations) in a stable order; see docs/corpus.md.",
		Args:          cobra.MinimumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if corpus.IsCorpus(args) {
				return runCorpusExport(cmd, args, o)
			}
			return runExport(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "json", "output format: "+exportFormatNames())
	f.StringVarP(&o.output, "output", "o", "", "write to FILE (atomically; never over the article or an annotation file) instead of standard output (-)")
	f.BoolVar(&o.includeDetections, "include-detections", false, "add automatic detections not yet accepted or rejected (\"reviewed\": false)")
	f.StringVar(&o.annotations, "annotations", "", "annotation file to read (default: the article's sidecar)")
	f.StringVar(&o.author, "author", "", "annotator whose annotations to export (ARTICLE.annotty.NAME.json, docs/team.md); default: ARTICLE.annotty.json")
	f.StringSliceVar(&o.labels, "labels", nil, "conll: tag only these labels (comma-separated; default all)")
	return cmd
}

// runExport loads the article and its annotations, encodes them and writes
// the result. A dump with several records exports them all in the formats
// that hold several documents (jsonl, doccano, conll); the others take one
// record ("dump.jsonl#KEY").
func runExport(stdin io.Reader, stdout, stderr io.Writer, article string, o exportOptions) error {
	encode, ok := exportFormats[o.format]
	if !ok {
		return fmt.Errorf("unknown --format %q (want %s)", o.format, exportFormatNames())
	}
	loaded, err := loadInput(context.Background(), article, stdin) // shared with the reader: same limits and messages
	if err != nil {
		return err
	}
	if err := guardExportOutput(&o, loaded.Docs); err != nil {
		return err
	}
	if len(loaded.Docs) > 1 && !multiDocumentFormats[o.format] {
		return fmt.Errorf("%s holds %d articles: export one as %s, or all with --format jsonl, doccano or conll",
			article, len(loaded.Docs), loaded.Docs[0].Path)
	}
	var all exportOutput
	for _, doc := range loaded.Docs {
		out, err := exportDocument(doc, stderr, encode, o)
		if err != nil {
			return err
		}
		all.main = append(all.main, out.main...)
		all.extra = append(all.extra, out.extra...)
		all.notes = append(all.notes, out.notes...)
	}
	for _, note := range all.notes {
		fmt.Fprintf(stderr, "annotty: %s\n", ui.Sanitize(note))
	}
	return writeExport(all, o.output, stdout, stderr)
}

// multiDocumentFormats are the formats whose files hold several documents
// one after the other.
var multiDocumentFormats = map[string]bool{"jsonl": true, "doccano": true, "conll": true}

// exportDocument reads doc's annotations and encodes them, warning on
// stderr when there are none or the text changed since they were made.
func exportDocument(doc *model.Document, stderr io.Writer, encode exportFormat, o exportOptions) (exportOutput, error) {
	set, loc, report, err := model.ReadAnnotations(doc, model.StoreOptions{Path: o.annotations, Set: model.SetOptions{Author: o.author}, Annotator: o.author})
	if err != nil {
		return exportOutput{}, err
	}
	if set.Len() == 0 && len(set.Rejections()) == 0 {
		fmt.Fprintf(stderr, "annotty: no annotations saved for %s (looked in %s)\n", ui.Sanitize(doc.Path), ui.Sanitize(loc.Path))
	}
	if report.TextChanged {
		fmt.Fprintf(stderr, "annotty: the article changed since it was annotated: %d moved, %d re-anchored (unconfirmed, stored text kept), %d orphaned\n",
			report.Moved, report.Fuzzy, report.Orphaned)
	}
	var detections []model.Detection
	if o.includeDetections {
		detections = set.Unreviewed(annotate.Analyze(doc))
	}
	return encode(model.NewAnnotationFile(set, detections), doc, o)
}
