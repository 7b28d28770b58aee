package corpusview

import (
	"fmt"
	"strings"

	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui/side"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Quote is one quote of a speaker somewhere in the corpus.
type Quote struct {
	// Path is the document's corpus path.
	Path string
	// Offset is the quote's start, a byte offset into the document's text.
	Offset int
	// Text is the quote's text.
	Text string
}

// ListQuotesMsg asks the corpus reader for Speaker's quotes (in Paths).
type ListQuotesMsg struct {
	Speaker *corpus.SpeakerRow
}

// OpenQuoteMsg asks the corpus reader to open a quote's document at it.
type OpenQuoteMsg struct{ Quote Quote }

// Speakers lists every speaker across the corpus (quotes, share, the
// articles with their quote counts); enter lists the chosen speaker's
// quotes, and enter on a quote opens it.
type Speakers struct {
	rows    []*corpus.SpeakerRow
	status  string
	cursor  side.ListCursor
	speaker *corpus.SpeakerRow // whose quotes are listed, nil in the speaker list
	quotes  []Quote
	qcursor side.ListCursor
	// openKey and backKey name the reader's select and back keys in the
	// headers, from its binding table
	openKey, backKey string
}

// NewSpeakers is a Speakers view waiting for the report; openKey and
// backKey name the keys that open a row and go back (from the reader's
// binding table), for its headers.
func NewSpeakers(openKey, backKey string) Speakers {
	return Speakers{status: "counting quotes across the corpus…", cursor: side.NewListCursor(), qcursor: side.NewListCursor(), openKey: openKey, backKey: backKey}
}

// SetProgress says how far the count is.
func (v *Speakers) SetProgress(status string) { v.status = status }

// SetReport takes the report's speakers.
func (v *Speakers) SetReport(r *corpus.Report, err error) {
	if err != nil {
		v.status = "counting failed: " + err.Error()
		return
	}
	v.rows, v.status = r.Speakers, ""
	v.cursor.Selected = 0
	if v.rows == nil {
		v.rows = []*corpus.SpeakerRow{}
	}
}

// Ready reports whether the speakers are there.
func (v *Speakers) Ready() bool { return v.rows != nil }

// SetQuotes shows the chosen speaker's quotes.
func (v *Speakers) SetQuotes(speaker *corpus.SpeakerRow, quotes []Quote) {
	if v.speaker == speaker {
		v.quotes, v.qcursor = quotes, side.NewListCursor()
		v.qcursor.Selected = 0
	}
}

// Back leaves a speaker's quotes for the speaker list; false when already there.
func (v *Speakers) Back() bool {
	if v.speaker == nil {
		return false
	}
	v.speaker, v.quotes = nil, nil
	return true
}

// Update moves the cursor; enter lists a speaker's quotes or opens a quote.
func (v *Speakers) Update(msg tea.KeyMsg, keys side.Keys) tea.Cmd {
	if v.speaker != nil {
		if key.Matches(msg, keys.Select) && len(v.quotes) > 0 {
			v.qcursor.Clamp(len(v.quotes))
			q := v.quotes[v.qcursor.Selected]
			return func() tea.Msg { return OpenQuoteMsg{Quote: q} }
		}
		v.qcursor.Move(msg, keys, len(v.quotes))
		return nil
	}
	if key.Matches(msg, keys.Select) && len(v.rows) > 0 {
		v.cursor.Clamp(len(v.rows))
		v.speaker, v.quotes = v.rows[v.cursor.Selected], nil
		sp := v.speaker
		return func() tea.Msg { return ListQuotesMsg{Speaker: sp} }
	}
	v.cursor.Move(msg, keys, len(v.rows))
	return nil
}

// articles lists a speaker's articles with their quote counts.
func articles(s *corpus.SpeakerRow) string {
	parts := make([]string, len(s.Articles))
	for i, a := range s.Articles {
		parts[i] = fmt.Sprintf("%s (%d)", a.Path, a.Quotes)
	}
	return strings.Join(parts, ", ")
}

// View draws the list in width x height cells.
func (v *Speakers) View(width, height int, focused bool, styles *theme.Styles) string {
	if v.rows == nil {
		return side.MessageRows(v.status, width, height, styles)
	}
	if v.speaker != nil {
		return v.quotesView(width, height, styles)
	}
	header := fmt.Sprintf("%d speakers across the corpus · %s lists their quotes · %s closes", len(v.rows), v.openKey, v.backKey)
	rows := []string{side.MessageRows(header, width, 1, styles)}
	if len(v.rows) == 0 {
		return side.PadRows(rows, width, height)
	}
	nameWidth := min(max(width/4, 12), 28)
	first, end := v.cursor.Window(height-1, len(v.rows))
	for r := first; r < end; r++ {
		s := v.rows[r]
		name := ansi.Truncate(theme.Sanitize(s.Name), nameWidth, "…")
		lead := name + strings.Repeat(" ", max(nameWidth-ansi.StringWidth(name), 0)) +
			fmt.Sprintf(" %4d %-6s %5.1f%%  ", s.Quotes, quoteNoun(s.Quotes), s.Share*100)
		rows = append(rows, v.cursor.ListRow(r, lead, styles.SideItem, theme.Sanitize(articles(s)), width, focused, styles))
	}
	return side.PadRows(rows, width, height)
}

// quotesView lists the chosen speaker's quotes: article and opening words.
func (v *Speakers) quotesView(width, height int, styles *theme.Styles) string {
	header := theme.Sanitize(v.speaker.Name) + " · " + fmt.Sprint(v.speaker.Quotes) + " quotes · " + v.openKey + " opens · " + v.backKey + " back"
	if v.quotes == nil {
		header = theme.Sanitize(v.speaker.Name) + " · finding the quotes…"
	}
	rows := []string{side.MessageRows(header, width, 1, styles)}
	if len(v.quotes) == 0 {
		return side.PadRows(rows, width, height)
	}
	first, end := v.qcursor.Window(height-1, len(v.quotes))
	for r := first; r < end; r++ {
		q := v.quotes[r]
		lead := ansi.Truncate(theme.Sanitize(q.Path), max(width/3, 10), "…") + "  "
		rows = append(rows, v.qcursor.ListRow(r, lead, styles.Muted, side.OpeningWords(q.Text, width), width, true, styles))
	}
	return side.PadRows(rows, width, height)
}

// quoteNoun is "quote" for one, "quotes" otherwise.
func quoteNoun(n int) string {
	if n == 1 {
		return "quote"
	}
	return "quotes"
}
