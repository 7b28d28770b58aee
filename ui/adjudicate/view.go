package adjudicate

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
	adj "github.com/annotty/annotty/model/adjudicate"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
)

// contextBytes is how much text around a disagreement is shown, at most, each side.
const contextBytes = 240

// minColumn is the narrowest an annotator's column may be before versions stack.
const minColumn = 26

// View draws the header, the passage in context, each annotator's version and
// the status and key lines.
func (m Model) View() string {
	if m.width < 20 || m.height < 6 {
		return "terminal too small"
	}
	job := m.current()
	left, total := m.corpus.Progress()
	var b strings.Builder
	b.WriteString(m.styles.Header.Render(fmt.Sprintf("adjudicate · %s (%d/%d) · disagreements left: %d / %d",
		theme.Sanitize(job.Name), m.job+1, len(m.corpus.Jobs), left, total)))
	b.WriteString("\n\n")
	d, ok := job.Session.Current()
	if !ok {
		b.WriteString(m.doneText(job))
	} else {
		b.WriteString(m.passage(job.Doc, d))
		b.WriteString("\n\n")
		b.WriteString(m.versions(d))
	}
	body := fitHeight(b.String(), m.height-3) // the status and key lines always show
	return body + "\n\n" + m.statusLine() + "\n" + m.styles.Hint.Render(hintLine(m.keys, m.width))
}

// fitHeight keeps the first rows lines of s; when it cuts, the last one kept
// says how many are hidden (more annotators than the terminal holds).
func fitHeight(s string, rows int) string {
	lines := strings.Split(s, "\n")
	if len(lines) <= rows || rows < 2 {
		return s
	}
	hidden := len(lines) - rows + 1
	return strings.Join(lines[:rows-1], "\n") + "\n" + fmt.Sprintf("… %d more lines: make the terminal taller", hidden)
}

// doneText is shown on an article with nothing left to decide.
func (m Model) doneText(job *adj.Job) string {
	_, total := job.Session.Progress()
	text := fmt.Sprintf("Every disagreement in this article is settled (%d). Gold: %s. ] and [ move between articles; q quits.",
		total, theme.Sanitize(m.goldName()))
	return wrapRuns([]styledRun{{text, m.styles.Text}}, m.textWidth())
}

// textWidth is the width the passage is wrapped to.
func (m Model) textWidth() int { return max(20, min(m.width-2, 100)) }

// passage is the disagreement's text, highlighted, with context on each side.
func (m Model) passage(doc *model.Document, d adj.Disagreement) string {
	text := doc.Text
	from := max(0, d.Span.Start-contextBytes)
	to := min(len(text), d.Span.End+contextBytes)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	before, inside, after := text[from:d.Span.Start], text[d.Span.Start:d.Span.End], text[d.Span.End:to]
	if from > 0 {
		before = "…" + before
	}
	if to < len(text) {
		after += "…"
	}
	runs := []styledRun{{oneLine(before), m.styles.Context}, {oneLine(inside), m.styles.Passage}, {oneLine(after), m.styles.Context}}
	return wrapRuns(runs, m.textWidth())
}

// styledRun is text drawn in one style.
type styledRun struct {
	text  string
	style lipgloss.Style
}

// wrapRuns word-wraps the runs' text to width columns, then styles each
// line's pieces, so a style never splits a word and wrapping never splits a style.
func wrapRuns(runs []styledRun, width int) string {
	type word struct {
		text  string
		style int
		space bool // a space precedes the word
	}
	var words []word
	spaceSeen := false
	for i, r := range runs {
		for _, w := range strings.SplitAfter(r.text, " ") {
			text := strings.TrimSuffix(w, " ")
			if text != "" {
				words = append(words, word{text, i, spaceSeen && len(words) > 0})
				spaceSeen = false
			}
			if strings.HasSuffix(w, " ") {
				spaceSeen = true
			}
		}
	}
	var lines []string
	var line strings.Builder
	col := 0
	for _, w := range words {
		wl := lipgloss.Width(w.text)
		if col > 0 && col+1+wl > width {
			lines = append(lines, line.String())
			line.Reset()
			col = 0
		}
		if col > 0 && w.space {
			line.WriteString(runs[w.style].style.Render(" "))
			col++
		}
		line.WriteString(runs[w.style].style.Render(w.text))
		col += wl
	}
	lines = append(lines, line.String())
	return strings.Join(lines, "\n")
}

var (
	paragraphBreak = regexp.MustCompile(`\s*\n\s*\n\s*`)
	whiteRun       = regexp.MustCompile(`\s+`)
)

// oneLine folds s onto one line (a paragraph break shows as " ¶ ", other
// white space as one space) and sanitizes it for the terminal.
func oneLine(s string) string {
	s = paragraphBreak.ReplaceAllString(s, " ¶ ")
	return theme.Sanitize(whiteRun.ReplaceAllString(s, " "))
}

// versions draws one box per annotator, side by side when they fit.
func (m Model) versions(d adj.Disagreement) string {
	n := len(d.Versions)
	width := (m.width - 2*n) / n
	stacked := width < minColumn
	if stacked {
		width = m.width - 2
	}
	boxes := make([]string, n)
	for i, v := range d.Versions {
		style := m.styles.Column
		if i == m.selected {
			style = m.styles.Selected
		}
		boxes[i] = style.Width(width).Render(m.versionText(i, v, width-2))
	}
	if stacked {
		return lipgloss.JoinVertical(lipgloss.Left, boxes...)
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, boxes...)
}

// versionText is one annotator's version: each tag's label, speaker, text and note.
func (m Model) versionText(i int, v adj.Version, width int) string {
	mark := "  "
	if i == m.selected {
		mark = "▸ " // the version e takes, visible without colour
	}
	lines := []string{m.styles.ColumnTitle.Render(fmt.Sprintf("%s%d  %s", mark, i+1, theme.Sanitize(v.Author)))}
	if len(v.Annotations) == 0 {
		lines = append(lines, m.styles.Empty.Render("no tag here"))
	}
	for _, a := range v.Annotations {
		head := m.styles.Label.Render(theme.Sanitize(a.Label))
		if a.Speaker != "" {
			head += " · speaker " + theme.Sanitize(a.Speaker)
		}
		lines = append(lines, head, clip("“"+strings.TrimSpace(oneLine(a.Text))+"”", 3*width))
		if a.Note != "" {
			lines = append(lines, clip("note: "+strings.TrimSpace(oneLine(a.Note)), 2*width))
		}
	}
	return strings.Join(lines, "\n")
}

// clip shortens s to at most n runes, ending with "…" when cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:max(0, n-1)]) + "…"
}

// statusLine is the last message, or a persistent save error.
func (m Model) statusLine() string {
	if m.saveErr != nil {
		return m.styles.Error.Render("NOT SAVED: " + theme.Sanitize(m.saveErr.Error()) + " — the next decision retries")
	}
	return m.styles.Status.Render(theme.Sanitize(m.status))
}

// hintLine lists the keys that fit in width, the quit key always last.
func hintLine(k KeyMap, width int) string {
	bindings := k.ShortHelp()
	last := bindings[len(bindings)-1].Help()
	tail := last.Key + " " + last.Desc
	var out string
	for _, b := range bindings[:len(bindings)-1] {
		h := b.Help()
		part := h.Key + " " + h.Desc
		if out != "" {
			part = " · " + part
		}
		if lipgloss.Width(out+part+" · "+tail) > width {
			break
		}
		out += part
	}
	if out == "" {
		return tail
	}
	return out + " · " + tail
}
