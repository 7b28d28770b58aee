package main

import (
	"fmt"
	"os"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui"
	"github.com/annotty/annotty/ui/background"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
)

// offHeapMinBytes is the article size from which the reader keeps the text
// outside the Go heap (articleBuffer).
const offHeapMinBytes = 1 << 20

// readerOptions are the root command's flags. Later features add theirs
// here (--labels, --annotations, --author) and register them in addReaderFlags.
type readerOptions struct {
	width   int
	theme   string
	tagging taggingOptions
}

// newRootCmd builds `annotty [FILE|-]`, which opens the reader.
func newRootCmd() *cobra.Command {
	opts := &readerOptions{}
	cmd := &cobra.Command{
		Use:   "annotty [FILE|URL|-] [FILE...|DIR|@LIST]",
		Short: "Read and annotate news articles in the terminal",
		Long: `annotty is a calm, keyboard-first terminal reader for news articles.

With no FILE it opens a bundled sample article; with - it reads the article
from standard input and the keys from the terminal; sample:NAME opens another
bundled sample (sample:council-budget.md). Markdown files (.md) are
shown with headings, emphasis and lists styled. A saved web page (.html, .htm,
.xhtml, also .gz) or an http(s) URL opens the article extracted from it (the
page is cached under the data folder); a JSON Lines dump (.jsonl, .jsonl.gz)
opens its first record, or the one named as dump.jsonl#ID (docs/inputs.md).
Press ? in the reader for keys.

A folder, several files or a list file (@LIST) open a corpus: annotty
resumes the document left last time, else the first unfinished one (see
"annotty corpus" and docs/corpus.md).`,
		Example: "  annotty\n  annotty article.txt\n  annotty saved-page.html\n  annotty https://example.com/story\n  annotty crawl.jsonl#42\n  annotty sample:lumiere-festival.txt\n  curl -s https://example.com/story.txt | annotty -\n  annotty news/              # a corpus: resume where you left off",
		Args:    cobra.ArbitraryArgs,
		Version: version,
		// main prints the error once as "annotty: <err>"; no usage dump.
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if corpus.IsCorpus(args) {
				return runCorpusReader(cmd, opts, args)
			}
			arg := ""
			if len(args) == 1 {
				arg = args[0]
			}
			return runReader(cmd, opts, arg)
		},
	}
	addReaderFlags(cmd, opts)
	return cmd
}

// addReaderFlags registers the reader's flags on cmd.
func addReaderFlags(cmd *cobra.Command, opts *readerOptions) {
	f := cmd.Flags()
	f.IntVar(&opts.width, "width", 80, "widest the text may be, in columns (it is centered in wider terminals)")
	f.StringVar(&opts.theme, "theme", "auto", "colour theme: dark, light or auto (COLORFGBG, else dark; NO_COLOR disables colour)")
	addTaggingFlags(f, &opts.tagging)
}

// validate checks flag values before anything is opened.
func (o *readerOptions) validate() error {
	switch o.theme {
	case "dark", "light", "auto":
	default:
		return fmt.Errorf("--theme %q: want dark, light or auto", o.theme)
	}
	if o.width < 20 {
		return fmt.Errorf("--width %d: want at least 20 columns", o.width)
	}
	return nil
}

// runReader loads the article and runs the reader until the user quits.
func runReader(cmd *cobra.Command, opts *readerOptions, arg string) error {
	if err := opts.validate(); err != nil {
		return err
	}
	autoDark, _ := background.FromEnv(os.Getenv("COLORFGBG"))
	theme := ui.ThemeFor(opts.theme, autoDark)
	styles := ui.NewStyles(theme, ui.NewRenderer(theme, termenv.EnvColorProfile()))
	stdin := cmd.InOrStdin()
	open := func() ui.Loaded {
		doc, err := openArticleInto(arg, stdin, articleBuffer)
		if err != nil {
			return ui.Loaded{Err: err}
		}
		labels, store, err := openTagging(&opts.tagging, doc)
		if err != nil {
			return ui.Loaded{Err: err}
		}
		reader := ui.New(doc, ui.Options{
			Measure: opts.width,
			Styles:  styles,
			// The detectors run in the background after the first frame.
			Analyze: annotate.AnalyzeContext,
			Store:   store,
			Labels:  labels,
		})
		return ui.Loaded{Reader: reader, Store: store}
	}
	var root tea.Model
	var store *model.Store
	if needsBackgroundLoad(arg) {
		root = ui.NewLoading(arg, open, styles)
	} else {
		loaded := open()
		if loaded.Err != nil {
			return loaded.Err
		}
		root, store = loaded.Reader, loaded.Store
	}
	// When standard input held the article, the program reads keys from the
	// terminal (/dev/tty), as less does.
	p, err := newReaderScreen(root)
	if err != nil {
		if arg == "-" {
			err = fmt.Errorf("-: %w", err)
		}
		return closeOnError(store, err)
	}
	return runWithSignals(p, store)
}
