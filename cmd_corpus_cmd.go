package main

import (
	"fmt"
	"path/filepath"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model/corpus"
	"github.com/spf13/cobra"
)

// authorReadFlagHelp is the help of --author on commands that read a corpus.
const authorReadFlagHelp = "annotator: count and read ARTICLE.annotty.NAME.json and their own queue (docs/team.md); default the plain sidecars"

// newCorpusCmd builds `annotty corpus`: list a corpus's documents with their
// status, and mark documents done, skipped, in progress or new.
func newCorpusCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "corpus",
		Short: "List a corpus's documents and statuses, or mark documents done or skipped",
		Long: `A corpus is a folder of articles (walked recursively), several files, or a
list file (one path per line; @LIST forces a list). Its statuses and reading
positions live in .annotty/corpus.json in the corpus folder. See docs/corpus.md.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cmd.AddCommand(newCorpusListCmd(), newCorpusMarkCmd())
	return cmd
}

// newCorpusListCmd builds `annotty corpus list`.
func newCorpusListCmd() *cobra.Command {
	var sortKey, status, name, author string
	var analyze bool
	cmd := &cobra.Command{
		Use:           "list [--sort listed|name|status] [--status S] [--name TEXT] [--analyze] [--author NAME] DIR|FILE...|@LIST",
		Short:         "List the documents with status, tags, quotes and reviewed share",
		Args:          cobra.MinimumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			view, err := parseView(sortKey, status, name)
			if err != nil {
				return err
			}
			c, err := openCorpus(args, author, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			var run corpus.AnalyzeFunc
			if analyze {
				run = annotate.Analyze
			}
			if err := c.Fill(cmd.Context(), run, nil); err != nil {
				return err
			}
			c.SetView(view) // shown, not saved: list changes nothing
			return writeCorpusList(cmd.OutOrStdout(), c, analyze)
		},
	}
	f := cmd.Flags()
	f.StringVar(&sortKey, "sort", "listed", "order: listed (by path for a folder), name or status")
	f.StringVar(&status, "status", "", "only documents with this status: new, in-progress, done or skipped")
	f.StringVar(&name, "name", "", "only documents whose path contains TEXT (case-insensitive)")
	f.BoolVar(&analyze, "analyze", false, "run the detectors to count quotes and the reviewed share (slower)")
	f.StringVar(&author, "author", "", authorReadFlagHelp)
	return cmd
}

// parseView reads the list flags.
func parseView(sortKey, status, name string) (corpus.View, error) {
	key, err := corpus.ParseSortKey(sortKey)
	if err != nil {
		return corpus.View{}, fmt.Errorf("--sort: %w", err)
	}
	v := corpus.View{Sort: key, Name: name}
	if status != "" {
		s, err := corpus.ParseStatus(status)
		if err != nil {
			return corpus.View{}, fmt.Errorf("--status: %w", err)
		}
		v.Statuses = []corpus.Status{s}
	}
	return v, nil
}

// newCorpusMarkCmd builds `annotty corpus mark STATUS DIR DOC...`.
func newCorpusMarkCmd() *cobra.Command {
	var author string
	cmd := &cobra.Command{
		Use:   "mark [--author NAME] new|in-progress|done|skipped DIR DOC...",
		Short: "Set the status of documents of the corpus in DIR",
		Long: `Set the status of documents of the corpus in DIR. DOC is a path inside the
corpus (as "annotty corpus list" prints it) or a file path.`,
		Example:       "  annotty corpus mark done news news/herald/budget.txt\n  annotty corpus mark skipped news herald/ads.md",
		Args:          cobra.MinimumNArgs(3),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			status, err := corpus.ParseStatus(args[0])
			if err != nil {
				return err
			}
			c, err := openCorpus(args[1:2], author, nil) // Save refuses a corrupt state and says why
			if err != nil {
				return err
			}
			for _, doc := range args[2:] {
				e, ok := c.Entry(filepath.ToSlash(doc))
				if !ok {
					e, ok = c.EntryFor(doc)
				}
				if !ok {
					return fmt.Errorf("%s: not a document of the corpus in %s", doc, c.Root())
				}
				if err := c.SetStatus(e.Path, status); err != nil {
					return err
				}
			}
			if err := c.Save(); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s marked %s\n", countOf(len(args)-2, "document"), status)
			return nil
		},
	}
	cmd.Flags().StringVar(&author, "author", "", "annotator whose queue to change (their own with team annotation, docs/team.md); default the shared one")
	return cmd
}
