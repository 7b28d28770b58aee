package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
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
	var (
		format, input string
		jobs          int
	)
	cmd := &cobra.Command{
		Use:   "analyze [--format json|text] FILE|DIR|@LIST... | analyze --input jsonl [--jobs N] -|RECORDS.jsonl",
		Short: "Print the quotes, speakers and promo lines of articles",
		Long: `Print the quotes, speakers and promo lines of each article.

FILE may be a text or Markdown file, a saved web page (.html, .htm, .xhtml,
also .gz), a URL, or a JSON Lines dump (.jsonl), whose every record is analysed.
With --format json (the default) each document gives one JSON object on one line
(JSON Lines), in input order; an extracted page carries its metadata in "page". Offsets "start"/"end" are Unicode code points
into the file's UTF-8 text as read, end exclusive; "byte_start"/"byte_end"
are the same range in bytes. Use - to read standard input. A folder gives
its articles (recursively, by path) and a list file (@LIST) the paths it
lists, so a corpus is analysed in a stable order.

With --input jsonl, annotty is a stage in a pipeline (GNU parallel, Spark's
RDD.pipe, Dask, Hadoop Streaming): it reads records {"id", "text"},
{"id", "html"} or {"id", "path"}, one JSON object per line, from - (standard
input) or a file, and writes one JSON line per record in input order:
{"id", ...analysis} or {"id", "error"} for a bad record (the k-th line
answers the k-th record; blank lines are not records). Each line is
written as soon as it is ready; --jobs records are analysed at once, on as many cores. The exit
status is 0 unless reading or writing fails. See docs/scale.md.`,
		Args:          cobra.MinimumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "text" {
				return fmt.Errorf("analyze: unknown --format %q (want json or text)", format)
			}
			switch input {
			case "files":
				paths, err := corpus.Expand(args, documentKinds())
				if err != nil {
					return err
				}
				if len(paths) == 0 {
					return fmt.Errorf("analyze: no articles in %s (annotty reads %s)", strings.Join(args, " "), documentKinds().Names())
				}
				return runAnalyze(cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), format, paths)
			case "jsonl":
				if format != "json" || len(args) != 1 {
					return errors.New("analyze --input jsonl: give one input (- for standard input); the output is JSON lines")
				}
				if jobs < 1 {
					return fmt.Errorf("analyze: --jobs must be at least 1 (got %d)", jobs)
				}
				return runAnalyzeStream(cmd.InOrStdin(), cmd.OutOrStdout(), args[0], jobs)
			default:
				return fmt.Errorf("analyze: unknown --input %q (want files or jsonl)", input)
			}
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json or text")
	cmd.Flags().StringVar(&input, "input", "files", "what the arguments are: files (articles) or jsonl (a stream of records)")
	cmd.Flags().IntVarP(&jobs, "jobs", "j", runtime.GOMAXPROCS(0), "with --input jsonl: records analysed in parallel, on as many cores at most (output order is kept)")
	return cmd
}

// runAnalyzeStream analyses the record stream from arg (- for stdin) onto out.
func runAnalyzeStream(stdin io.Reader, out io.Writer, arg string, jobs int) error {
	in := stdin
	if arg != "-" {
		f, err := openStreamFile(arg)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	defer useStreamProcs(jobs)()
	defer useStreamGCPolicy()()
	ra := recordAnalyzer{extractHTML: htmlExtractor}
	_, err := streamRecords(in, out, jobs, ra.answer)
	return err
}

// runAnalyze analyses each file in order, printing results to out and one
// line per failed file to errOut. It returns a filesFailedError if any failed.
func runAnalyze(in io.Reader, out, errOut io.Writer, format string, paths []string) error {
	w := bufio.NewWriter(out)
	defer w.Flush()
	failed := 0
	for _, path := range paths {
		loaded, err := loadInput(context.Background(), path, in) // the reader's loader: same checks and limits
		if err != nil {
			w.Flush()
			fmt.Fprint(errOut, errorLine(err))
			failed++
			continue
		}
		if len(loaded.Problems) > 0 {
			w.Flush()
			for _, p := range loaded.Problems {
				fmt.Fprintf(errOut, "annotty: %s: %v\n", path, p)
			}
		}
		for _, doc := range loaded.Docs { // a dump gives one object per record
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
