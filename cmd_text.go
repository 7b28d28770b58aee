package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui"
	"github.com/spf13/cobra"
)

// newTextCmd builds `annotty text`, which prints an input's text as the
// reader shows it: the article extracted from a page or URL, a dump's
// records one after another.
func newTextCmd() *cobra.Command {
	var noPromos bool
	cmd := &cobra.Command{
		Use:   "text [--no-promos] FILE|URL|-",
		Short: "Print the text of an article, page, URL or dump as the reader shows it",
		Long: `Print the text annotty shows for an input: a plain or Markdown file as it is,
the article body extracted from a saved web page (.html, .htm, .xhtml, also .gz)
or a URL, each record of a JSON Lines dump (.jsonl) in order, separated by a
blank line. Paragraphs are separated by a blank line. With --no-promos the
lines the promo detector marks (advertisements, sign-up calls, related-link
headlines) are left out, for pipelines that want the clean article body.
Notices (such as "no article body found") go to standard error.`,
		Example:       "  annotty text saved-page.html\n  annotty text --no-promos https://example.com/story | wc -w",
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runText(cmd.Context(), cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args[0], noPromos)
		},
	}
	cmd.Flags().BoolVar(&noPromos, "no-promos", false, "leave out promo and page-furniture lines")
	return cmd
}

// runText loads arg and prints each document's text, sanitized for the terminal.
func runText(ctx context.Context, stdin io.Reader, out, errOut io.Writer, arg string, noPromos bool) error {
	loaded, err := loadInput(ctx, arg, stdin)
	if err != nil {
		return err
	}
	for _, p := range loaded.Problems {
		fmt.Fprintf(errOut, "annotty: %s: %v\n", arg, p)
	}
	w := bufio.NewWriter(out)
	for i, doc := range loaded.Docs {
		if doc.Page != nil && doc.Page.Notice != "" {
			fmt.Fprintf(errOut, "annotty: %s: %s\n", ui.Sanitize(doc.Path), ui.Sanitize(doc.Page.Notice))
		}
		if i > 0 {
			w.WriteString("\n")
		}
		writeDocumentText(w, doc, noPromos)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// writeDocumentText writes doc's paragraphs, a blank line between them,
// leaving out promo lines when asked.
func writeDocumentText(w *bufio.Writer, doc *model.Document, noPromos bool) {
	var promos []model.Promo
	if noPromos {
		promos = annotate.Analyze(doc).Promos
	}
	first := true
	for i, p := range doc.Paragraphs {
		for len(promos) > 0 && promos[0].Span.End <= p.Start {
			promos = promos[1:]
		}
		if len(promos) > 0 && isPromoParagraph(doc, p, promos[0]) {
			continue
		}
		if !first {
			w.WriteString("\n\n")
		}
		first = false
		w.WriteString(ui.Sanitize(doc.ParagraphText(i)))
	}
	w.WriteString("\n")
}

// isPromoParagraph reports whether promo covers paragraph p, which --no-promos
// then leaves out. A heading the page itself marked up (h1–h6) is dropped only
// for an explicit call to action or advertisement: the headline-link rule
// looks for lines that read like headlines, which every heading does.
func isPromoParagraph(doc *model.Document, p model.Paragraph, promo model.Promo) bool {
	text := doc.Text[p.Start:p.End]
	start := p.Start + len(text) - len(strings.TrimLeft(text, " \t"))
	end := p.Start + len(strings.TrimRight(text, " \t"))
	if promo.Span.Start > start || promo.Span.End < end {
		return false
	}
	return p.Heading == 0 || !doc.Markdown && promo.Kind != model.PromoHeadlineLink
}
