package corpusview

import (
	"bytes"
	"strings"

	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui/side"
	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Report shows the corpus report as plain Markdown text, scrolled by the
// reading keys.
type Report struct {
	lines  []string
	status string // "building the report… 40 / 340" until it is there
	top    int
}

// NewReport is a report view waiting for its report.
func NewReport() Report { return Report{status: "building the report…"} }

// SetProgress says how far the report is.
func (v *Report) SetProgress(status string) { v.status = status }

// SetReport shows r (its Markdown, sanitized), or why it failed.
func (v *Report) SetReport(r *corpus.Report, err error) {
	if err != nil {
		v.status = "report failed: " + err.Error()
		return
	}
	var b bytes.Buffer
	_ = r.WriteMarkdown(&b, theme.Sanitize)
	v.lines = strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	v.status, v.top = "", 0
}

// Ready reports whether the report is there.
func (v *Report) Ready() bool { return v.lines != nil }

// Update scrolls.
func (v *Report) Update(msg tea.KeyMsg, keys side.Keys, height int) {
	v.top, _ = side.Step(v.top, msg, keys, max(height-1, 1), len(v.lines))
	v.top = max(0, min(v.top, len(v.lines)-height))
}

// View draws the report in width x height cells.
func (v *Report) View(width, height int, styles *theme.Styles) string {
	if v.lines == nil {
		return side.MessageRows(v.status, width, height, styles)
	}
	rows := make([]string, 0, height)
	for i := v.top; i < len(v.lines) && len(rows) < height; i++ {
		line := ansi.Truncate(v.lines[i], width, "…")
		rows = append(rows, line+strings.Repeat(" ", max(width-ansi.StringWidth(line), 0)))
	}
	return side.PadRows(rows, width, height)
}
