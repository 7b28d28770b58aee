package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/spf13/cobra"
)

// filesFailedError is returned when some files could not be analysed; their
// errors have already been printed, one line each.
type filesFailedError struct{ failed, total int }

// Error summarises how many files failed.
func (e filesFailedError) Error() string {
	return fmt.Sprintf("analyze: %d of %d files could not be read", e.failed, e.total)
}

// newAnalyzeCmd builds `annotty analyze`: quotes, speakers and promo lines
// of each file, as JSON (one object per line) or a readable summary.
func newAnalyzeCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "analyze [--format json|text] FILE|DIR|@LIST...",
		Short: "Print the quotes, speakers and promo lines of articles",
		Long: `Print the quotes, speakers and promo lines of each article.

With --format json (the default) each file gives one JSON object on one line
(JSON Lines), in input order. Offsets "start"/"end" are Unicode code points
into the file's UTF-8 text as read, end exclusive; "byte_start"/"byte_end"
are the same range in bytes. Use - to read standard input. A folder gives
its articles (recursively, by path) and a list file (@LIST) the paths it
lists, so a corpus is analysed in a stable order.`,
		Args:          cobra.MinimumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "text" {
				return fmt.Errorf("analyze: unknown --format %q (want json or text)", format)
			}
			paths, err := corpus.Expand(args, documentKinds())
			if err != nil {
				return err
			}
			if len(paths) == 0 {
				return fmt.Errorf("analyze: no articles in %s (annotty reads %s)", strings.Join(args, " "), documentKinds().Names())
			}
			named := make(map[string]bool, len(args))
			for _, a := range args {
				named[a] = true
			}
			return runAnalyze(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), format, paths, named)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json or text")
	return cmd
}

// runAnalyze analyses each file in order, printing results to out and one
// line per failed file to errOut. It returns a filesFailedError if any failed.
// A path named on the command line may be a pipe (<(curl …)); one found in a
// folder or list must be a regular file, as opening a pipe waits for a writer.
func runAnalyze(in io.Reader, out, errOut io.Writer, format string, paths []string, named map[string]bool) error {
	w := bufio.NewWriter(out)
	defer w.Flush()
	failed := 0
	for _, path := range paths {
		var doc *model.Document
		err := regularFile(path)
		if err == nil || named[path] {
			doc, err = openArticle(path, in) // the reader's loader: same checks and limits
		}
		if err != nil {
			w.Flush()
			fmt.Fprint(errOut, errorLine(err))
			failed++
			continue
		}
		a := annotate.Analyze(doc)
		if format == "json" {
			err = writeAnalysisJSON(w, doc, a)
		} else {
			err = writeAnalysisText(w, doc, a)
		}
		if err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if failed > 0 {
		return filesFailedError{failed, len(paths)}
	}
	return nil
}

// writeAnalysisJSON writes one compact JSON object and a newline.
func writeAnalysisJSON(w io.Writer, doc *model.Document, a *model.Analysis) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(model.NewAnalysisJSON(doc, a))
}

// regularFile says why path is not a regular file (links followed), or nil.
func regularFile(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, pathReason(err))
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	return nil
}
