package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/annotty/annotty/model/agreement"
	"github.com/annotty/annotty/ui"
	"github.com/spf13/cobra"
)

// newAgreeCmd builds `annotty agree`: how far annotators agree, as span F1,
// Cohen's kappa and Krippendorff's alpha (docs/team.md).
func newAgreeCmd() *cobra.Command {
	var format, by string
	cmd := &cobra.Command{
		Use:   "agree [--by label|document] [--format text|json|csv] A B [C...]",
		Short: "Measure agreement between annotators",
		Long: `Measure how far annotators agree on the same articles.

A, B, ... are either one annotation file per annotator of one article
(story.txt.annotty.ann.json story.txt.annotty.bob.json), or one folder per
annotator (each their own copy of the corpus; articles matched by path), or a
single folder where everyone's sidecars sit side by side
(story.txt.annotty.NAME.json, as --author writes them).

For every pair: span precision, recall and F1 with exact and with overlap
matching, per label and overall, and Cohen's kappa; for all annotators,
Krippendorff's alpha (nominal). Kappa and alpha take every Unicode code point
of an article as one unit, valued by the labels covering it. The same
coefficients are given for review decisions on detections (accepted, edited,
rejected). An annotator who did not annotate a document is missing data for it.`,
		Args:          cobra.MinimumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAgree(cmd.OutOrStdout(), cmd.ErrOrStderr(), format, by, args)
		},
	}
	cmd.Flags().StringVar(&format, "format", agreement.FormatText, "output format: text, json or csv")
	cmd.Flags().StringVar(&by, "by", agreement.ByLabel, "break the figures down by label or document")
	return cmd
}

// runAgree loads the annotators' work, computes agreement and writes it.
func runAgree(out, errOut io.Writer, format, by string, args []string) error {
	if !slices.Contains([]string{agreement.FormatText, agreement.FormatJSON, agreement.FormatCSV}, format) {
		return fmt.Errorf("agree: unknown --format %q (want text, json or csv)", format)
	}
	if by != agreement.ByLabel && by != agreement.ByDocument {
		return fmt.Errorf("agree: unknown --by %q (want label or document)", by)
	}
	d, warnings, err := agreement.Load(args)
	for _, w := range warnings {
		fmt.Fprintf(errOut, "annotty: agree: %s\n", ui.Sanitize(w))
	}
	if err != nil {
		return fmt.Errorf("agree: %s", ui.Sanitize(err.Error()))
	}
	rep := agreement.Compute(d, by == agreement.ByDocument)
	if format != agreement.FormatJSON { // JSON escapes control characters itself
		rep = sanitizedReport(rep)
	}
	return agreement.Write(out, rep, format, by)
}

// sanitizedReport makes every name in rep safe to print on a terminal.
func sanitizedReport(rep agreement.Report) agreement.Report {
	rep.Annotators = slices.Clone(rep.Annotators)
	for i := range rep.Annotators {
		rep.Annotators[i] = ui.Sanitize(rep.Annotators[i])
	}
	scope := func(s *agreement.Scope) {
		s.Document = ui.Sanitize(s.Document)
		s.LabelAlphas = slices.Clone(s.LabelAlphas)
		for i := range s.LabelAlphas {
			s.LabelAlphas[i].Label = ui.Sanitize(s.LabelAlphas[i].Label)
		}
		s.Pairs = slices.Clone(s.Pairs)
		for i := range s.Pairs {
			p := &s.Pairs[i]
			p.A, p.B = ui.Sanitize(p.A), ui.Sanitize(p.B)
			p.Labels = slices.Clone(p.Labels)
			for j := range p.Labels {
				p.Labels[j].Label = ui.Sanitize(p.Labels[j].Label)
			}
		}
		s.Reviews.Pairs = slices.Clone(s.Reviews.Pairs)
		for i := range s.Reviews.Pairs {
			p := &s.Reviews.Pairs[i]
			p.A, p.B = ui.Sanitize(p.A), ui.Sanitize(p.B)
		}
	}
	scope(&rep.Scope)
	rep.ByDocument = slices.Clone(rep.ByDocument)
	for i := range rep.ByDocument {
		scope(&rep.ByDocument[i])
	}
	return rep
}
