package layers

import (
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// maxDetailQuoteBytes caps how much of a long quote the detail area renders.
const maxDetailQuoteBytes = 600

// DetailKey names one rendering of the quote detail: which quote of which
// analysis, with which speaker, at which width.
type DetailKey struct {
	Analysis *model.Analysis
	Quote    int
	Speaker  string // the speaker as the user left it
	Width    int
}

// QuoteDetailMsg carries glamour's rendering of one quote's detail.
type QuoteDetailMsg struct {
	Key  DetailKey
	Text string
	Err  error
}

// maxDetailCache bounds the cached renderings; past it the cache restarts.
const maxDetailCache = 128

// QuoteDetail caches glamour's renderings of quote details by quote and
// width. Rendering happens in commands, which may finish in any order; View
// shows the cached rendering of the quote it wants, or a plain one until it
// arrives.
type QuoteDetail struct {
	rendered map[DetailKey][]string // nil lines: glamour failed, use the plain rendering
	pending  map[DetailKey]bool
}

// Request returns the command that renders quote i's detail at width cells,
// or nil when that rendering is cached or already on its way.
func (q *QuoteDetail) Request(doc *model.Document, a *model.Analysis, i int, quote model.Quote, width int, styles *theme.Styles) tea.Cmd {
	if a == nil || i < 0 || i >= len(a.Quotes) || width < 8 {
		return nil
	}
	k := DetailKey{a, i, SpeakerName(quote), width}
	if _, done := q.rendered[k]; done || q.pending[k] {
		return nil
	}
	if q.pending == nil {
		q.pending = map[DetailKey]bool{}
	}
	q.pending[k] = true
	markdown := QuoteDetailMarkdown(doc, quote)
	style, profile := detailGlamourStyle(styles)
	return func() tea.Msg {
		r, err := glamour.NewTermRenderer(
			glamour.WithStandardStyle(style),
			glamour.WithColorProfile(profile),
			glamour.WithWordWrap(width),
		)
		if err != nil {
			return QuoteDetailMsg{Key: k, Err: err}
		}
		out, err := r.Render(markdown)
		return QuoteDetailMsg{Key: k, Text: out, Err: err}
	}
}

// detailGlamourStyle picks glamour's style and colour profile for the
// theme. Without colour it keeps the dark or light style but renders with no
// colour profile, so bold and italic survive and no colour is written.
func detailGlamourStyle(styles *theme.Styles) (string, termenv.Profile) {
	style := "light"
	if styles.Theme.Dark {
		style = "dark"
	}
	if styles.Theme.Name == "none" {
		return style, termenv.Ascii
	}
	return style, styles.Renderer.ColorProfile()
}

// Set stores a finished rendering (a failed one keeps the plain fallback).
func (q *QuoteDetail) Set(msg QuoteDetailMsg) {
	delete(q.pending, msg.Key)
	if q.rendered == nil || len(q.rendered) >= maxDetailCache {
		q.rendered = map[DetailKey][]string{}
	}
	if msg.Err != nil {
		q.rendered[msg.Key] = nil
		return
	}
	lines := strings.Split(strings.Trim(msg.Text, "\n"), "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	q.rendered[msg.Key] = lines
}

// View draws quote i's detail in width x height cells: glamour's rendering
// when it is cached for this quote and width, else a plain one.
func (q *QuoteDetail) View(doc *model.Document, a *model.Analysis, i int, quote model.Quote, width, height int) string {
	lines := q.rendered[DetailKey{a, i, SpeakerName(quote), width}]
	if lines == nil {
		lines = plainQuoteDetail(doc, quote, width)
	}
	return theme.PadBlock(lines, width, height)
}

// QuoteDetailMarkdown describes one quote for glamour: the speaker (and the
// mention naming them), why this speaker (session.SpeakerReason: the cue,
// the mention, the rule, the confidence), the quote and its paragraph. Article
// text is sanitized and escaped so it cannot inject Markdown or escapes.
func QuoteDetailMarkdown(doc *model.Document, q model.Quote) string {
	var b strings.Builder
	// No block quote: glamour v1 re-wraps block quotes past their bar.
	b.WriteString(quoteDetailSpeaker(q, true))
	b.WriteString("\n\n")
	b.WriteString(theme.EscapeMarkdown(oneLine(session.SpeakerReason(doc, q))))
	b.WriteString("\n\n")
	b.WriteString(theme.EscapeMarkdown(quoteDetailText(doc, q)))
	b.WriteString("\n\n*")
	b.WriteString(theme.EscapeMarkdown(quoteDetailFacts(doc, q)))
	b.WriteString("*\n")
	return b.String()
}

// plainQuoteDetail is the detail as plain wrapped lines, drawn while glamour's
// rendering is on its way.
func plainQuoteDetail(doc *model.Document, q model.Quote, width int) []string {
	text := quoteDetailSpeaker(q, false) + "\n\n" + oneLine(session.SpeakerReason(doc, q)) + "\n\n" +
		quoteDetailText(doc, q) + "\n\n" + quoteDetailFacts(doc, q)
	return strings.Split(ansi.Wordwrap(text, max(width, 1), ""), "\n")
}

// quoteDetailSpeaker names the speaker ("No speaker" for none); as
// Markdown, the name is bold. The mention that names them is in the reason.
func quoteDetailSpeaker(q model.Quote, markdown bool) string {
	if q.Speaker == nil {
		return "No speaker"
	}
	name := oneLine(q.Speaker.Name)
	if markdown {
		return "**" + theme.EscapeMarkdown(name) + "**"
	}
	return name
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

// quoteDetailFacts lists the paragraph and the quote's kind (the cue is in
// the reason).
func quoteDetailFacts(doc *model.Document, q model.Quote) string {
	var facts []string
	facts = append(facts, fmt.Sprintf("paragraph %d of %d", doc.ParagraphAt(q.Span.Start)+1, len(doc.Paragraphs)))
	if q.Partial {
		facts = append(facts, "partial")
	}
	if q.Depth > 0 {
		facts = append(facts, "nested")
	}
	return strings.Join(facts, " · ")
}

// SpeakerName is the quote's speaker ("" for none).
func SpeakerName(q model.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	return q.Speaker.Name
}

// oneLine sanitizes s and folds its whitespace (newlines too) into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(theme.Sanitize(s)), " ") }

// Rendered is glamour's cached rendering for key (nil when there is none).
func (q *QuoteDetail) Rendered(key DetailKey) []string { return q.rendered[key] }
