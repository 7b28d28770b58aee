package main

import (
	"fmt"
	"os"

	"github.com/annotty/annotty/model"
	adj "github.com/annotty/annotty/model/adjudicate"
	"github.com/annotty/annotty/ui"
	adjview "github.com/annotty/annotty/ui/adjudicate"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
)

// newAdjudicateCmd builds `annotty adjudicate DIR`: settle annotators'
// disagreements into a gold sidecar per article (docs/team.md).
func newAdjudicateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "adjudicate DIR",
		Short: "Settle annotators' disagreements into gold annotations",
		Long: `Settle the disagreements between annotators into one gold set per article.

DIR holds the articles and every annotator's sidecar side by side
(story.txt.annotty.NAME.json, as --author NAME writes them). Tags every
annotator made identically go into gold at once; the rest are shown one
disagreement at a time, each annotator's version side by side: 1-9 takes that
annotator's version, a takes all, n none, u undoes. Gold goes to
story.txt.annotty.adjudicated.json (author "adjudicated"; each tag names who
proposed it); progress is kept in DIR/.annotty/adjudication.json, so quitting
and coming back resumes.`,
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAdjudicate(args[0])
		},
	}
}

// runAdjudicate opens the corpus and runs the adjudication view.
func runAdjudicate(dir string) error {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("adjudicate: %s: not a folder", ui.Sanitize(dir))
	}
	corpus, warnings, err := adj.OpenCorpus(dir, func(path string) (*model.Document, error) {
		return openArticle(path, nil)
	})
	for _, w := range warnings {
		fmt.Fprintf(os.Stderr, "annotty: adjudicate: %s\n", ui.Sanitize(w))
	}
	if err != nil {
		return fmt.Errorf("adjudicate: %s", ui.Sanitize(err.Error()))
	}
	profile := termenv.EnvColorProfile()
	styles := adjview.NewStyles(ui.NewRenderer(ui.ThemeFor("auto", true), profile), profile != termenv.Ascii && os.Getenv("NO_COLOR") == "")
	final, runErr := tea.NewProgram(adjview.New(corpus, styles), tea.WithAltScreen()).Run()
	closeErr := corpus.Close() // saves gold once more and releases the locks
	switch {
	case runErr != nil:
		return runErr
	case closeErr != nil:
		return fmt.Errorf("adjudicate: saving gold: %v", closeErr)
	}
	if m, ok := final.(adjview.Model); ok && m.SaveError() != nil {
		return fmt.Errorf("adjudicate: the last decision was not saved: %v", m.SaveError())
	}
	left, total := corpus.Progress()
	fmt.Printf("adjudicate: %d of %d disagreements settled; gold in *.annotty.%s.json\n", total-left, total, adj.GoldAuthor)
	return nil
}
