package main

import (
	"fmt"
	"os"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	adj "github.com/annotty/annotty/model/adjudicate"
	"github.com/annotty/annotty/ui"
	adjview "github.com/annotty/annotty/ui/adjudicate"
	"github.com/annotty/annotty/ui/background"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/termrender"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
)

// newAdjudicateCmd builds `annotty adjudicate DIR`: settle annotators'
// disagreements into a gold sidecar per article (docs/team.md).
func newAdjudicateCmd() *cobra.Command {
	var labels string
	cmd := &cobra.Command{
		Use:   "adjudicate DIR",
		Short: "Settle annotators' disagreements into gold annotations",
		Long: `Settle the disagreements between annotators into one gold set per article.

DIR holds the articles and every annotator's sidecar side by side
(story.txt.annotty.NAME.json, as --author NAME writes them). Tags every
annotator made identically go into gold at once; the rest are shown one
disagreement at a time, each annotator's version side by side: 1-9 takes that
annotator's version, a takes all, n none, u undoes; tab selects a version and
e takes it and opens the passage in the reader on the gold file, to fix its
span, label, speaker or note (q in the reader comes back). Gold goes to
story.txt.annotty.adjudicated.json (author "adjudicated"; each tag names who
proposed it); progress is kept in DIR/.annotty/adjudication.json, so quitting
and coming back resumes.`,
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAdjudicate(args[0], labels)
		},
	}
	cmd.Flags().StringVar(&labels, "labels", "", "labels file for editing gold in the reader (e); default as for the reader")
	return cmd
}

// runAdjudicate opens the corpus and runs the adjudication view; each e
// runs the reader on that article's gold, then the view again.
func runAdjudicate(dir, labelsPath string) error {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("adjudicate: %s: not a folder", ui.Sanitize(dir))
	}
	labels, _, err := model.ResolveLabels(labelsPath)
	if err != nil {
		return fmt.Errorf("adjudicate: labels: %v", err)
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
	autoDark, _ := background.FromEnv(os.Getenv("COLORFGBG"))
	theme := ui.ThemeFor("auto", autoDark)
	styles := ui.NewStyles(theme, ui.NewRenderer(theme, termenv.EnvColorProfile()))
	view := adjview.New(corpus, adjview.NewStyles(styles))
	var runErr error
	for {
		var final tea.Model
		var p *termrender.Program
		if p, runErr = newQueueScreen(view); runErr != nil {
			break
		}
		final, runErr = p.Run()
		m, ok := final.(adjview.Model)
		if !ok || runErr != nil {
			break
		}
		view = m
		req, edit := m.EditRequested()
		if !edit {
			break
		}
		status, sig := editGold(corpus, req, styles, labels)
		view = m.Resume(status)
		if sig != nil { // the terminal closed or the user stopped annotty: no second program
			runErr = fmt.Errorf("adjudicate: stopped by %v while editing %s (gold saved)", sig, ui.Sanitize(req.Job.Name))
			break
		}
	}
	closeErr := corpus.Close() // saves gold once more and releases the locks
	switch {
	case runErr != nil:
		return runErr
	case closeErr != nil:
		return fmt.Errorf("adjudicate: saving gold: %v", closeErr)
	}
	if view.SaveError() != nil {
		return fmt.Errorf("adjudicate: the last decision was not saved: %v", view.SaveError())
	}
	left, total := corpus.Progress()
	fmt.Printf("adjudicate: %d of %d disagreements settled; gold in *.annotty.%s.json\n", total-left, total, adj.GoldAuthor)
	return nil
}

// editGold runs the reader on req's article with its gold store (already
// open and locked by the adjudication: the reader shares it, so nothing is
// read or locked twice), the cursor on the passage, then saves the gold and
// the progress. It returns the adjudication view's next status line, and
// the signal that stopped the reader (nil when the user quit it).
func editGold(corpus *adj.Corpus, req adjview.EditRequest, styles *ui.Styles, labels *model.LabelSet) (string, os.Signal) {
	reader := ui.New(req.Job.Doc, ui.Options{
		Styles:  styles,
		Analyze: annotate.AnalyzeContext,
		Store:   req.Job.Gold,
		Labels:  labels,
		Start:   req.Span,
		Notice:  "editing gold · q returns to adjudication",
	})
	var sig os.Signal
	p, runErr := newReaderScreen(reader)
	if runErr == nil {
		sig, runErr = runUntilSignal(p, nil) // nil: the store stays open for the adjudication
	}
	if err := corpus.Save(req.Job); err != nil {
		return "NOT SAVED after editing: " + err.Error(), sig
	}
	if runErr != nil {
		return "the reader stopped: " + runErr.Error() + " (gold saved)", sig
	}
	return "back from the reader: gold of " + req.Job.Name + " saved (" + session.Count(req.Job.Gold.Set().Len(), "tag") + ")", sig
}
