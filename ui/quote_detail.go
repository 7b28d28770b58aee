package ui

import (
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// maxDetailQuoteBytes caps how much of a long quote the detail area renders.
const maxDetailQuoteBytes = 600

// detailKey names one rendering of the quote detail: which quote of which
// analysis, at which width.
type detailKey struct {
	analysis *model.Analysis
	quote    int
	speaker  string // the speaker as the user left it
	width    int
}

// quoteDetailMsg carries glamour's rendering of one quote's detail.
type quoteDetailMsg struct {
	key  detailKey
	text string
	err  error
}

// maxDetailCache bounds the cached renderings; past it the cache restarts.
const maxDetailCache = 128

// quoteDetail caches glamour's renderings of quote details by quote and
// width. Rendering happens in commands, which may finish in any order; View
// shows the cached rendering of the quote it wants, or a plain one until it
// arrives.
type quoteDetail struct {
	rendered map[detailKey][]string // nil lines: glamour failed, use the plain rendering
	pending  map[detailKey]bool
}

// request returns the command that renders quote i's detail at width cells,
// or nil when that rendering is cached or already on its way.
func (q *quoteDetail) request(doc *model.Document, a *model.Analysis, i int, quote model.Quote, width int, styles *Styles) tea.Cmd {
	if a == nil || i < 0 || i >= len(a.Quotes) || width < 8 {
		return nil
	}
	k := detailKey{a, i, speakerName(quote), width}
	if _, done := q.rendered[k]; done || q.pending[k] {
		return nil
	}
	if q.pending == nil {
		q.pending = map[detailKey]bool{}
	}
	q.pending[k] = true
	markdown := quoteDetailMarkdown(doc, quote)
	style, profile := detailGlamourStyle(styles)
	return func() tea.Msg {
		r, err := glamour.NewTermRenderer(
			glamour.WithStandardStyle(style),
			glamour.WithColorProfile(profile),
			glamour.WithWordWrap(width),
		)
		if err != nil {
			return quoteDetailMsg{key: k, err: err}
		}
		out, err := r.Render(markdown)
		return quoteDetailMsg{key: k, text: out, err: err}
	}
}

// detailGlamourStyle picks glamour's style and colour profile for the
// theme. Without colour it keeps the dark or light style but renders with no
// colour profile, so bold and italic survive and no colour is written.
func detailGlamourStyle(styles *Styles) (string, termenv.Profile) {
	style := "light"
	if styles.Theme.Dark {
		style = "dark"
	}
	if styles.Theme.Name == "none" {
		return style, termenv.Ascii
	}
	return style, styles.Renderer.ColorProfile()
}

// set stores a finished rendering (a failed one keeps the plain fallback).
func (q *quoteDetail) set(msg quoteDetailMsg) {
	delete(q.pending, msg.key)
	if q.rendered == nil || len(q.rendered) >= maxDetailCache {
		q.rendered = map[detailKey][]string{}
	}
	if msg.err != nil {
		q.rendered[msg.key] = nil
		return
	}
	lines := strings.Split(strings.Trim(msg.text, "\n"), "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	q.rendered[msg.key] = lines
}

// View draws quote i's detail in width x height cells: glamour's rendering
// when it is cached for this quote and width, else a plain one.
func (q *quoteDetail) view(doc *model.Document, a *model.Analysis, i int, quote model.Quote, width, height int) string {
	lines := q.rendered[detailKey{a, i, speakerName(quote), width}]
	if lines == nil {
		lines = plainQuoteDetail(doc, quote, width)
	}
	return theme.PadBlock(lines, width, height)
}

// quoteDetailMarkdown describes one quote for glamour: the speaker (and the
// mention naming them), the quote, its cue words and its paragraph. Article
// text is sanitized and escaped so it cannot inject Markdown or escapes.
func quoteDetailMarkdown(doc *model.Document, q model.Quote) string {
	var b strings.Builder
	// No block quote: glamour v1 re-wraps block quotes past their bar.
	b.WriteString(quoteDetailSpeaker(doc, q, true))
	b.WriteString("\n\n")
	b.WriteString(escapeMarkdown(quoteDetailText(doc, q)))
	b.WriteString("\n\n*")
	b.WriteString(escapeMarkdown(quoteDetailFacts(doc, q)))
	b.WriteString("*\n")
	return b.String()
}

// plainQuoteDetail is the detail as plain wrapped lines, drawn while glamour's
// rendering is on its way.
func plainQuoteDetail(doc *model.Document, q model.Quote, width int) []string {
	text := quoteDetailSpeaker(doc, q, false) + "\n\n" +
		quoteDetailText(doc, q) + "\n\n" + quoteDetailFacts(doc, q)
	return strings.Split(ansi.Wordwrap(text, max(width, 1), ""), "\n")
}

// quoteDetailSpeaker names the speaker, adding the mention that names them
// in the attribution when it differs ("he"); as Markdown, the name is bold.
func quoteDetailSpeaker(doc *model.Document, q model.Quote, markdown bool) string {
	if q.Speaker == nil {
		return "Unattributed"
	}
	name, mention := oneLine(q.Speaker.Name), ""
	if s := q.Speaker.Span; s.Start >= 0 && s.End <= len(doc.Text) && s.Start < s.End {
		mention = oneLine(doc.Text[s.Start:s.End])
	}
	if markdown {
		name, mention = "**"+escapeMarkdown(name)+"**", escapeMarkdown(mention)
	}
	if mention == "" || mention == oneLine(q.Speaker.Name) {
		return name
	}
	return name + " (“" + mention + "”)"
}

// quoteDetailText is the quote on one line, cut after maxDetailQuoteBytes.
func quoteDetailText(doc *model.Document, q model.Quote) string {
	end := min(q.Span.End, q.Span.Start+maxDetailQuoteBytes)
	for end < q.Span.End && end < len(doc.Text) && doc.Text[end]&0xC0 == 0x80 {
		end++
	}
	text := oneLine(doc.Text[q.Span.Start:end])
	if end < q.Span.End {
		text += "…"
	}
	return text
}

// quoteDetailFacts lists the cue words, the paragraph and the quote's kind.
func quoteDetailFacts(doc *model.Document, q model.Quote) string {
	var facts []string
	if q.Cue != nil && q.Cue.Start < q.Cue.End && q.Cue.End <= len(doc.Text) {
		facts = append(facts, "cue: "+oneLine(doc.Text[q.Cue.Start:q.Cue.End]))
	}
	facts = append(facts, fmt.Sprintf("paragraph %d of %d", doc.ParagraphAt(q.Span.Start)+1, len(doc.Paragraphs)))
	if q.Partial {
		facts = append(facts, "partial")
	}
	if q.Depth > 0 {
		facts = append(facts, "nested")
	}
	return strings.Join(facts, " · ")
}

// speakerName is the quote's speaker ("" for none).
func speakerName(q model.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	return q.Speaker.Name
}

// oneLine sanitizes s and folds its whitespace (newlines too) into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(theme.Sanitize(s)), " ") }

// escapeMarkdown backslash-escapes the punctuation that Markdown would read
// as markup, so article text renders literally. (Glamour prints the
// backslash of other escapes, such as \", so those are left alone.)
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune("\\`*_[]()<>#+-.!|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
