package main

import (
	"bytes"
	"encoding/json"
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
}

// newExportCmd builds `annotty export`, which prints an article's annotations
// (read from its sidecar) as native JSON, JSON Lines or W3C Web Annotations.
func newExportCmd() *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export [--format json|w3c|jsonl] [-o FILE] [--include-detections] [--annotations PATH] [--author NAME] ARTICLE|DIR|FILE...|@LIST",
		Short: "Export an article's annotations (native JSON, JSON Lines or W3C Web Annotation)",
		Long: "Export reads the annotations saved for ARTICLE (its sidecar ARTICLE.annotty.json, or --annotations PATH)\n" +
			"and prints them to standard output, or writes them atomically to -o FILE. ARTICLE may be - for standard input.\n" +
			"Offsets are Unicode code points, end exclusive; see docs/annotations.md.\n\n" +
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
	f.StringVarP(&o.format, "format", "f", "json", "output format: json, w3c or jsonl")
	f.StringVarP(&o.output, "output", "o", "", "write to FILE (atomically) instead of standard output")
	f.BoolVar(&o.includeDetections, "include-detections", false, "add automatic detections not yet accepted or rejected (\"reviewed\": false)")
	f.StringVar(&o.annotations, "annotations", "", "annotation file to read (default: the article's sidecar)")
	f.StringVar(&o.author, "author", "", "annotator whose annotations to export (ARTICLE.annotty.NAME.json, docs/team.md); default: ARTICLE.annotty.json")
	return cmd
}

// runExport loads the article and its annotations, encodes them and writes the result.
func runExport(stdin io.Reader, stdout, stderr io.Writer, article string, o exportOptions) error {
	encode, ok := exportEncoders[o.format]
	if !ok {
		return fmt.Errorf("unknown --format %q (want json, w3c or jsonl)", o.format)
	}
	if o.output != "" {
		if err := refuseOverwrite(o.output, []string{article, o.annotations}); err != nil {
			return err
		}
	}
	doc, err := openArticle(article, stdin) // shared with the reader: same limits and messages
	if err != nil {
		return err
	}
	set, loc, report, err := model.ReadAnnotations(doc, model.StoreOptions{Path: o.annotations, Set: model.SetOptions{Author: o.author}, Annotator: o.author})
	if err != nil {
		return err
	}
	if set.Len() == 0 && len(set.Rejections()) == 0 {
		fmt.Fprintf(stderr, "annotty: no annotations saved for %s (looked in %s)\n", ui.Sanitize(article), ui.Sanitize(loc.Path))
	}
	if report.TextChanged {
		fmt.Fprintf(stderr, "annotty: the article changed since it was annotated: %d moved, %d fuzzy, %d orphaned\n",
			report.Moved, report.Fuzzy, report.Orphaned)
	}
	var detections []model.Detection
	if o.includeDetections {
		detections = set.Unreviewed(annotate.Analyze(doc))
	}
	data, err := encode(model.NewAnnotationFile(set, detections))
	if err != nil {
		return err
	}
	if o.output != "" {
		return model.WriteFileAtomic(o.output, data, 0o644)
	}
	_, err = stdout.Write(data)
	return err
}

// exportEncoders maps --format values to encoders of the native file.
var exportEncoders = map[string]func(*model.AnnotationFile) ([]byte, error){
	"json": func(f *model.AnnotationFile) ([]byte, error) { return f.MarshalIndent() },
	"jsonl": func(f *model.AnnotationFile) ([]byte, error) {
		var buf bytes.Buffer
		err := model.WriteJSONL(&buf, f)
		return buf.Bytes(), err
	},
	"w3c": func(f *model.AnnotationFile) ([]byte, error) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err := enc.Encode(model.NewW3CPage(f))
		return buf.Bytes(), err
	},
}
