package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui"
)

// writeAnalysisText writes a readable who-said-what summary of one file.
func writeAnalysisText(w io.Writer, doc *model.Document, a *model.Analysis) error {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s: %s, %s, %s\n", ui.Sanitize(doc.Path), countOf(len(a.Quotes), "quote"), countOf(len(a.Speakers), "speaker"), countOf(len(a.Promos), "promo line"))
	if len(a.Speakers) > 0 {
		b.WriteString("Speakers:\n")
		for _, s := range a.Speakers {
			fmt.Fprintf(&b, "  %s", ui.Sanitize(s.Name))
			if who := strings.Join(nonEmpty(s.Role, s.Affiliation), ", "); who != "" {
				fmt.Fprintf(&b, " · %s", ui.Sanitize(who))
			}
			fmt.Fprintf(&b, " (%s)", countOf(s.Quotes, "quote"))
			if len(s.Aliases) > 0 {
				fmt.Fprintf(&b, ", also %s", ui.Sanitize(strings.Join(s.Aliases, ", ")))
			}
			b.WriteByte('\n')
		}
	}
	if len(a.Quotes) > 0 {
		b.WriteString("Quotes:\n")
		for _, q := range a.Quotes {
			who := "(unattributed)"
			if q.Speaker != nil {
				who = q.Speaker.Name
			}
			indent := strings.Repeat("  ", q.Depth)
			fmt.Fprintf(&b, "  %s%s: %s\n", indent, ui.Sanitize(who), ui.Sanitize(doc.Text[q.Span.Start:q.Span.End]))
		}
	}
	if len(a.Promos) > 0 {
		b.WriteString("Promos:\n")
		for _, p := range a.Promos {
			fmt.Fprintf(&b, "  [%s] %s\n", p.Kind, ui.Sanitize(doc.Text[p.Span.Start:p.Span.End]))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// countOf spells a count with its noun, plural unless n is 1 ("1 quote", "7 quotes").
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// nonEmpty returns the strings that are not empty, in order.
func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}
