package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui"
	"github.com/annotty/annotty/ui/background"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
)

// documentKinds is the one list of input kinds every corpus command takes;
// loaders for more formats (HTML, JSON Lines) join it here.
func documentKinds() corpus.Kinds { return corpus.DefaultKinds().With(inputKinds()...) }

// openCorpus opens the corpus named by args with annotty's input kinds,
// counting annotator's tags ("" for the plain sidecars). With stderr set, a
// state file that could not be read is announced there (the statuses shown
// are then all new; the file is left untouched).
func openCorpus(args []string, annotator string, stderr io.Writer) (*corpus.Corpus, error) {
	c, err := corpus.Open(args, corpus.Options{Kinds: documentKinds(), Annotator: annotator})
	if err != nil {
		return nil, err
	}
	if err := c.StateError(); err != nil && stderr != nil {
		fmt.Fprintf(stderr, "annotty: %s; statuses are shown as new\n", ui.Sanitize(err.Error()))
	}
	return c, nil
}

// runCorpusReader opens a corpus in the reader: the document to resume
// (the one left last time, else the first unfinished) at the position left,
// with the Documents tab, the queue keys and the progress line; the rest of
// the corpus is scanned in the background after the first frame.
func runCorpusReader(cmd *cobra.Command, opts *readerOptions, args []string) error {
	if opts.tagging.annotations != "" {
		return fmt.Errorf("--annotations names one article's file; a corpus keeps each article's annotations beside it")
	}
	if err := opts.validate(); err != nil {
		return err
	}
	c, err := openCorpus(args, opts.tagging.author, nil) // a corrupt state is announced below, with what it means here
	if err != nil {
		return err
	}
	var e *corpus.Entry
	for { // check only the document to open, not the whole corpus: the first frame must not wait
		var ok bool
		if e, ok = c.Resume(); !ok {
			return noDocumentError(c)
		}
		if c.Check(e) {
			break
		}
	}
	if err := c.StateError(); err != nil {
		fmt.Fprintf(cmd.ErrOrStderr(), "annotty: %s; statuses are not saved this session\n", ui.Sanitize(err.Error()))
	}
	autoDark, _ := background.FromEnv(os.Getenv("COLORFGBG"))
	theme := ui.ThemeFor(opts.theme, autoDark)
	styles := ui.NewStyles(theme, ui.NewRenderer(theme, termenv.EnvColorProfile()))
	open := func(e *corpus.Entry) (ui.Model, *model.Store, error) {
		doc, err := c.Load(e)
		if err != nil {
			return ui.Model{}, nil, err
		}
		labels, store, err := openTagging(&opts.tagging, doc)
		if err != nil {
			return ui.Model{}, nil, err
		}
		return ui.New(doc, ui.Options{Measure: opts.width, Styles: styles, Analyze: annotate.AnalyzeContext, Store: store, Labels: labels}), store, nil
	}
	reader, err := ui.NewCorpus(c, e, ui.CorpusOptions{Open: open, Count: annotate.Analyze, Report: annotate.Analyze})
	if err != nil {
		return err
	}
	p, err := newReaderScreen(reader)
	if err != nil {
		return closeOnError(reader.Store(), err)
	}
	return runWithSignals(p, nil) // the corpus reader saves the corpus state when it quits
}

// displayPath names a file relative to the working folder when it lies
// inside it (as the user would type it), else absolutely.
func displayPath(abs string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil && filepath.IsLocal(rel) {
			return rel
		}
	}
	return abs
}

// noDocumentError says why a corpus has nothing to open, naming the first bad entry.
func noDocumentError(c *corpus.Corpus) error {
	for _, e := range c.Entries() {
		if problem := e.Problem; problem != "" || e.Missing {
			if e.Missing {
				problem = "missing"
			}
			return fmt.Errorf("%s: none of the %s can be opened (%s: %s)", ui.Sanitize(c.Root()),
				countOf(c.Len(), "document"), ui.Sanitize(e.Path), ui.Sanitize(problem))
		}
	}
	return fmt.Errorf("%s: no articles here (annotty reads %s)", ui.Sanitize(c.Root()), documentKinds().Names())
}

// writeCorpusList prints one line per visible document: status, tags,
// quotes, reviewed share, path, and the problem of a bad one.
func writeCorpusList(w io.Writer, c *corpus.Corpus, analysed bool) error {
	if _, err := fmt.Fprintf(w, "%-11s %5s %6s %8s  %s\n", "STATUS", "TAGS", "QUOTES", "REVIEWED", "DOCUMENT"); err != nil {
		return err
	}
	for _, e := range c.Visible() {
		status := string(e.Status)
		if e.Missing {
			status = "missing"
		} else if e.Problem != "" {
			status = "unreadable"
		}
		quotes, reviewed := "-", "-"
		if analysed && e.Counts.Analysed {
			quotes = fmt.Sprint(e.Counts.Quotes)
			reviewed = fmt.Sprintf("%.0f%%", e.Counts.ReviewedShare()*100)
		}
		line := fmt.Sprintf("%-11s %5d %6s %8s  %s", status, e.Counts.Tags, quotes, reviewed, ui.Sanitize(e.Path))
		if e.Problem != "" {
			line += "  (" + ui.Sanitize(e.Problem) + ")"
		}
		if e.RenamedFrom != "" {
			line += "  (renamed from " + ui.Sanitize(e.RenamedFrom) + ")"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, c.Progress().String())
	return err
}
