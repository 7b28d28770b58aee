package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui"
	"github.com/annotty/annotty/ui/background"
	"github.com/charmbracelet/glamour"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// newReportCmd builds `annotty report`: who is quoted across articles.
func newReportCmd() *cobra.Command {
	var format, output, author string
	cmd := &cobra.Command{
		Use:   "report [--format md|csv|json] [-o FILE] [--author NAME] DIR|FILE...|@LIST",
		Short: "Report who is quoted, how often and where, across articles",
		Long: `Report, per speaker, the quotes, the words quoted and their share of all
words quoted, role and affiliation (when the analysis gives them) and the
articles; with sub-folders (outlets), totals per outlet. The user's quote
annotations (corrected speakers and spans) win over the detectors; rejected
detections are left out; quotes nested in another quote are not counted.

md is rendered for the terminal when standard output is one, plain Markdown
otherwise; csv has one row per speaker and opens in a spreadsheet as it is;
json holds everything, articles per speaker included. See docs/corpus.md.`,
		Example:       "  annotty report news/\n  annotty report --format csv -o sources.csv news/\n  annotty report a.txt b.txt",
		Args:          cobra.MinimumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(corpus.ReportFormats, format) {
				return fmt.Errorf("unknown --format %q (want %s)", format, strings.Join(corpus.ReportFormats, ", "))
			}
			return runReport(cmd, args, format, output, author)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "md", "output format: md, csv or json")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to FILE (atomically) instead of standard output")
	cmd.Flags().StringVar(&author, "author", "", authorReadFlagHelp)
	return cmd
}

// runReport builds the report (from author's annotations, with one) and
// writes it in format.
func runReport(cmd *cobra.Command, args []string, format, output, author string) error {
	stderr := cmd.ErrOrStderr()
	c, err := openCorpus(args, author, stderr)
	if err != nil {
		return err
	}
	if output == "-" {
		output = ""
	}
	if output != "" { // checked before the (long) analysis
		if err := checkOutputPath(output, corpusDocuments(c)); err != nil {
			return err
		}
	}
	warn := func(path string, err error) {
		fmt.Fprintf(stderr, "annotty: %s: %s (counting the detections only)\n", ui.Sanitize(path), ui.Sanitize(err.Error()))
	}
	r, err := c.BuildReport(cmd.Context(), annotate.Analyze, warn, scanProgress(stderr, "report"))
	if err != nil {
		return err
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(stderr, "annotty: %s: %s; left out of the report\n", ui.Sanitize(s.Path), ui.Sanitize(s.Problem))
	}
	var buf bytes.Buffer
	switch format {
	case "md":
		err = r.WriteMarkdown(&buf, ui.Sanitize)
	case "csv":
		err = r.WriteCSV(&buf, ui.Sanitize)
	case "json":
		err = r.WriteJSON(&buf)
	}
	if err != nil {
		return err
	}
	if output != "" {
		return model.WriteFileAtomic(output, buf.Bytes(), 0o644)
	}
	out := cmd.OutOrStdout()
	if format == "md" {
		if width, ok := terminalWidth(out); ok {
			return writeGlamour(out, buf.String(), width)
		}
	}
	_, err = out.Write(buf.Bytes())
	return err
}

// scanProgress returns a progress callback that keeps one line updated on
// w ("report: 1200 / 10000 documents") when w is a terminal, nil otherwise.
func scanProgress(w io.Writer, what string) func(done, total int) {
	if _, ok := terminalWidth(w); !ok {
		return nil
	}
	return func(done, total int) {
		if done >= total {
			fmt.Fprint(w, "\r\x1b[K")
			return
		}
		fmt.Fprintf(w, "\r\x1b[K%s: %d / %d documents", what, done, total)
	}
}

// terminalWidth returns the width of w when it is a terminal.
func terminalWidth(w io.Writer) (int, bool) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	return width, true
}

// writeGlamour renders Markdown for the terminal in the reader's theme
// (COLORFGBG picks dark or light, without asking the terminal; NO_COLOR
// keeps bold and tables, no colour). It falls back to plain Markdown.
func writeGlamour(w io.Writer, markdown string, width int) error {
	autoDark, _ := background.FromEnv(os.Getenv("COLORFGBG"))
	style := "light"
	if ui.ThemeFor("auto", autoDark).Dark {
		style = "dark"
	}
	r, err := glamour.NewTermRenderer(
		glamour.WithStandardStyle(style),
		glamour.WithColorProfile(termenv.EnvColorProfile()),
		glamour.WithWordWrap(width),
	)
	if err == nil {
		var out string
		if out, err = r.Render(markdown); err == nil {
			_, err = io.WriteString(w, out)
			return err
		}
	}
	_, err = io.WriteString(w, markdown)
	return err
}
