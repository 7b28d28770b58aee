package corpus

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annotty/annotty/model"
)

// ReportFormats are the formats a report is written in.
var ReportFormats = []string{"md", "csv", "json"}

// Cleaner makes text from articles safe for the output (the CLI passes the
// terminal sanitizer); nil keeps text as it is.
type Cleaner func(string) string

// WriteMarkdown writes the report as Markdown tables: speakers, then outlets
// when the corpus has sub-folders, then the documents left out.
func (r *Report) WriteMarkdown(w io.Writer, clean Cleaner) error {
	cell := func(s string) string { return markdownCell(s, clean) }
	var b strings.Builder
	fmt.Fprintf(&b, "# Who is quoted\n\n%s · %s · %s quoted\n\n",
		countOf(r.Documents, "document"), countOf(r.Quotes, "quote"), countOf(r.Words, "word"))
	b.WriteString("## Speakers\n\n")
	if len(r.Speakers) == 0 {
		b.WriteString("No quotes found.\n")
	} else {
		roles := r.hasRoles()
		if roles {
			b.WriteString("| Speaker | Role | Affiliation | Quotes | Words | Share | Articles |\n|---|---|---|--:|--:|--:|---|\n")
		} else {
			b.WriteString("| Speaker | Quotes | Words | Share | Articles |\n|---|--:|--:|--:|---|\n")
		}
		for _, s := range r.Speakers {
			var arts []string
			for _, a := range s.Articles {
				arts = append(arts, fmt.Sprintf("%s (%d)", cell(a.Path), a.Quotes))
			}
			fmt.Fprintf(&b, "| %s |", cell(s.Name))
			if roles {
				fmt.Fprintf(&b, " %s | %s |", cell(s.Role), cell(s.Affiliation))
			}
			fmt.Fprintf(&b, " %d | %d | %s | %s |\n", s.Quotes, s.Words, percent(s.Share), strings.Join(arts, ", "))
		}
	}
	if r.HasOutlets() {
		b.WriteString("\n## Outlets\n\n| Outlet | Documents | Quotes | Words | Speakers |\n|---|--:|--:|--:|--:|\n")
		for _, o := range r.Outlets {
			name := o.Outlet
			if name == "" {
				name = "(top folder)"
			}
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", cell(name), o.Documents, o.Quotes, o.Words, o.Speakers)
		}
	}
	if len(r.Skipped) > 0 {
		b.WriteString("\n## Left out\n\n")
		for _, s := range r.Skipped {
			fmt.Fprintf(&b, "- %s: %s\n", cell(s.Path), cell(s.Problem))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// hasRoles reports whether any speaker has a role or affiliation (the
// Markdown table leaves the two columns out otherwise).
func (r *Report) hasRoles() bool {
	for _, s := range r.Speakers {
		if s.Role != "" || s.Affiliation != "" {
			return true
		}
	}
	return false
}

// WriteCSV writes one row per speaker, with a header row, as UTF-8 with a
// byte-order mark so spreadsheets read accents right. Cells that a
// spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe.
func (r *Report) WriteCSV(w io.Writer, clean Cleaner) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cell := func(s string) string { return csvCell(s, clean) }
	rows := [][]string{{"speaker", "role", "affiliation", "quotes", "words", "share", "articles", "outlets"}}
	for _, s := range r.Speakers {
		var arts, outlets []string
		seen := map[string]bool{}
		for _, a := range s.Articles {
			arts = append(arts, a.Path)
			if !seen[a.Outlet] && a.Outlet != "" {
				seen[a.Outlet] = true
				outlets = append(outlets, a.Outlet)
			}
		}
		rows = append(rows, []string{cell(s.Name), cell(s.Role), cell(s.Affiliation),
			strconv.Itoa(s.Quotes), strconv.Itoa(s.Words), strconv.FormatFloat(s.Share, 'f', 4, 64),
			cell(strings.Join(arts, "; ")), cell(strings.Join(outlets, "; "))})
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// WriteJSON writes the report as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// markdownCell makes s one table cell: cleaned, on one line, pipes escaped.
func markdownCell(s string, clean Cleaner) string {
	s = strings.Join(strings.Fields(s), " ")
	if clean != nil {
		s = clean(s)
	}
	return strings.ReplaceAll(s, "|", `\|`)
}

// csvCell cleans s and defuses spreadsheet formulas.
func csvCell(s string, clean Cleaner) string {
	if clean != nil {
		s = clean(strings.Join(strings.Fields(s), " "))
	}
	return model.SpreadsheetCell(s)
}

// percent spells a share as "42.9%".
func percent(share float64) string { return strconv.FormatFloat(share*100, 'f', 1, 64) + "%" }

// countOf spells a count with its noun ("1 quote", "7 quotes").
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
