package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/samples"
	"github.com/annotty/annotty/ui"
	"github.com/annotty/annotty/ui/background"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
)

// frameRate is the renderer's frames per second. Bubble Tea v1 draws a new
// View only on a frame tick, so a key waits half a frame on average before
// it reaches the screen: 8.3 ms at the default 60, 4.2 ms at 120, the most
// the framework allows (docs/performance.md). An idle tick costs a string
// comparison, so the higher rate costs no measurable CPU.
const frameRate = 120

// maxInputBytes bounds what annotty reads from one file or standard input.
const maxInputBytes = 1 << 30

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
		Use:   "annotty [FILE|-] [FILE...|DIR|@LIST]",
		Short: "Read and annotate news articles in the terminal",
		Long: `annotty is a calm, keyboard-first terminal reader for news articles.

With no FILE it opens a bundled sample article; with - it reads the article
from standard input and the keys from the terminal; sample:NAME opens another
bundled sample (sample:council-budget.md). Markdown files (.md) are
shown with headings, emphasis and lists styled. Press ? in the reader for keys.

A folder, several files or a list file (@LIST) open a corpus: annotty
resumes the document left last time, else the first unfinished one (see
"annotty corpus" and docs/corpus.md).`,
		Example: "  annotty\n  annotty article.txt\n  annotty sample:lumiere-festival.txt\n  curl -s https://example.com/story.txt | annotty -\n  annotty news/              # a corpus: resume where you left off",
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
	doc, err := loadArticle(arg, cmd.InOrStdin(), articleBuffer)
	if err != nil {
		return err
	}
	labels, store, err := openTagging(&opts.tagging, doc)
	if err != nil {
		return err
	}
	autoDark, _ := background.FromEnv(os.Getenv("COLORFGBG"))
	theme := ui.ThemeFor(opts.theme, autoDark)
	styles := ui.NewStyles(theme, ui.NewRenderer(theme, termenv.EnvColorProfile()))
	reader := ui.New(doc, ui.Options{
		Measure: opts.width,
		Styles:  styles,
		// The detectors run in the background after the first frame.
		Analyze: annotate.AnalyzeContext,
		Store:   store,
		Labels:  labels,
	})
	programOpts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithFPS(frameRate)}
	if arg == "-" {
		// Standard input held the article; read keys from the terminal, as less does.
		tty, err := os.Open("/dev/tty")
		if err != nil {
			_ = store.Close()
			return fmt.Errorf("-: cannot read keys from the terminal: %v", err)
		}
		defer tty.Close()
		programOpts = append(programOpts, tea.WithInput(tty))
	}
	programOpts = append(programOpts, tea.WithoutSignalHandler()) // runWithSignals saves first
	return runWithSignals(tea.NewProgram(reader, programOpts...), store)
}

// openArticle reads the article named by arg: "" for the bundled sample,
// "-" for standard input, otherwise a file path, into the heap (commands
// that read many articles let each be collected). Errors read
// "<path>: <reason>" so that main prints one line.
func openArticle(arg string, stdin io.Reader) (*model.Document, error) {
	return loadArticle(arg, stdin, func(size int) []byte { return make([]byte, size) })
}

// loadArticle is openArticle with the buffer a file's bytes are read into
// made by alloc (the reader's one article goes outside the heap).
func loadArticle(arg string, stdin io.Reader, alloc func(size int) []byte) (*model.Document, error) {
	var (
		data []byte
		path = arg
		err  error
	)
	switch {
	case arg == "":
		path = "sample:" + samples.Default
		data, err = samples.Read(samples.Default)
	case strings.HasPrefix(arg, "sample:"):
		data, err = samples.Read(strings.TrimPrefix(arg, "sample:"))
		if err != nil {
			err = fmt.Errorf("no such sample (have %s)", strings.Join(samples.Names(), ", "))
		}
	case arg == "-":
		data, err = io.ReadAll(io.LimitReader(stdin, maxInputBytes+1))
	default:
		data, err = readArticleFile(arg, alloc)
	}
	if err == nil && len(data) > maxInputBytes {
		err = fmt.Errorf("larger than %d MB", maxInputBytes>>20)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", articleName(arg), err)
	}
	doc, err := model.NewDocument(path, data, model.IsMarkdownPath(path))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", articleName(arg), err)
	}
	return doc, nil
}

// articleName names the input in error messages.
func articleName(arg string) string {
	if arg == "" {
		return "sample:" + samples.Default
	}
	return arg
}

// readArticleFile reads a regular file into a buffer from alloc, with
// reasons a user understands.
func readArticleFile(path string, alloc func(size int) []byte) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, pathReason(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a directory")
	}
	if !info.Mode().IsRegular() && info.Mode()&fs.ModeNamedPipe == 0 && info.Mode()&fs.ModeCharDevice == 0 {
		return nil, errors.New("not a regular file")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, pathReason(err)
	}
	defer f.Close()
	if size := info.Size(); info.Mode().IsRegular() && size <= maxInputBytes {
		// One exact allocation: no growing buffer to double the memory.
		data := alloc(int(size))
		if _, err := io.ReadFull(f, data); err != nil {
			return nil, pathReason(err)
		}
		return data, nil
	}
	data, err := io.ReadAll(io.LimitReader(f, maxInputBytes+1))
	if err != nil {
		return nil, pathReason(err)
	}
	return data, nil
}

// pathReason strips the path from an *fs.PathError (the caller prefixes it).
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
