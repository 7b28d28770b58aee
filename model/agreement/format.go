package agreement

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/annotty/annotty/model"
)

// Formats Write takes.
const (
	FormatText = "text"
	FormatJSON = "json"
	FormatCSV  = "csv"
)

// Breakdowns Write takes: one row per label (default) or per document.
const (
	ByLabel    = "label"
	ByDocument = "document"
)

// Write prints rep in format (text, json or csv), broken down by label or by
// document. Names (annotators, labels, documents) are written as given: the
// caller sanitizes them for a terminal.
func Write(w io.Writer, rep Report, format, by string) error {
	switch format {
	case FormatJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	case FormatCSV:
		return writeCSV(w, rep, by)
	case FormatText:
		return writeText(w, rep, by)
	}
	return fmt.Errorf("unknown format %q (want text, json or csv)", format)
}

// row is one line of the pairwise table.
type row struct {
	scope, a, b string
	f           Figures
	alpha       Number
	// shared is false when the pair annotated no document of the scope in
	// common: there is nothing to compare, so the span figures are left empty.
	shared bool
}

// rows flattens rep's pairwise figures: overall first, then each label or document.
func rows(rep Report, by string) []row {
	var out []row
	labelAlpha := map[string]Number{}
	for _, la := range rep.LabelAlphas {
		labelAlpha[la.Label] = la.Alpha
	}
	for _, p := range rep.Pairs {
		out = append(out, row{"all", p.A, p.B, p.Overall, rep.Alpha, p.Documents > 0})
		if by == ByLabel {
			for _, f := range p.Labels {
				out = append(out, row{f.Label, p.A, p.B, f, labelAlpha[f.Label], p.Documents > 0})
			}
		}
	}
	if by == ByDocument {
		for _, s := range rep.ByDocument {
			for _, p := range s.Pairs {
				out = append(out, row{s.Document, p.A, p.B, p.Overall, s.Alpha, p.Documents > 0})
			}
		}
	}
	return out
}

// writeText prints a short table readable in a terminal.
func writeText(w io.Writer, rep Report, by string) error {
	fmt.Fprintf(w, "%d annotators (%s), %s; kappa and alpha over Unicode code points\n\n",
		len(rep.Annotators), strings.Join(rep.Annotators, ", "), count(rep.Documents, "document"))
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
	head := "label"
	if by == ByDocument {
		head = "document"
	}
	fmt.Fprintf(tw, "%s\tpair\texact F1\toverlap F1\tkappa\talpha\t\n", head)
	for _, r := range rows(rep, by) {
		exact, overlap := "n/a", "n/a"
		if r.shared {
			exact, overlap = f3(r.f.Exact.F1), f3(r.f.Overlap.F1)
		}
		fmt.Fprintf(tw, "%s\t%s–%s\t%s\t%s\t%s\t%s\t\n", r.scope, r.a, r.b, exact, overlap, r.f.Kappa, r.alpha)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nreview decisions on %d detections: alpha %s\n", rep.Reviews.Units, rep.Reviews.Alpha)
	for _, p := range rep.Reviews.Pairs {
		if p.Units == 0 {
			fmt.Fprintf(w, "  %s–%s: no detection reviewed by both\n", p.A, p.B)
			continue
		}
		fmt.Fprintf(w, "  %s–%s: %s reviewed by both, %s the same, kappa %s\n", p.A, p.B, count(p.Units, "detection"), pct(p.Agreement), p.Kappa)
	}
	_, err := fmt.Fprintln(w)
	return err
}

// writeCSV prints one row per pair and scope, for spreadsheets and papers.
func writeCSV(w io.Writer, rep Report, by string) error {
	c := csv.NewWriter(w)
	head := "label"
	if by == ByDocument {
		head = "document"
	}
	c.Write([]string{head, "annotator_a", "annotator_b", "exact_precision", "exact_recall", "exact_f1",
		"overlap_precision", "overlap_recall", "overlap_f1", "kappa", "alpha"})
	for _, r := range rows(rep, by) {
		spans := []string{"", "", "", "", "", ""}
		if r.shared {
			spans = []string{f4(r.f.Exact.Precision), f4(r.f.Exact.Recall), f4(r.f.Exact.F1),
				f4(r.f.Overlap.Precision), f4(r.f.Overlap.Recall), f4(r.f.Overlap.F1)}
		}
		names := []string{model.SpreadsheetCell(r.scope), model.SpreadsheetCell(r.a), model.SpreadsheetCell(r.b)}
		c.Write(append(append(names, spans...), csvNumber(r.f.Kappa), csvNumber(r.alpha)))
	}
	c.Flush()
	return c.Error()
}

// count is n and noun, plural when n is not 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func f3(x float64) string  { return strconv.FormatFloat(x, 'f', 3, 64) }
func f4(x float64) string  { return strconv.FormatFloat(x, 'f', 4, 64) }
func pct(x float64) string { return strconv.FormatFloat(100*x, 'f', 0, 64) + "%" }

// csvNumber is a coefficient for CSV: 4 decimals, empty when undefined.
func csvNumber(n Number) string {
	if !n.Defined() {
		return ""
	}
	return f4(float64(n))
}
