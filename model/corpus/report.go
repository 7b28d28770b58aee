package corpus

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/annotty/annotty/model"
)

// Unattributed names the report row of quotes with no speaker.
const Unattributed = "(unattributed)"

// Report is who is quoted across a corpus: per speaker the quotes, the words
// quoted and their share, and the articles; totals per outlet (sub-folder).
type Report struct {
	// Root is the corpus folder.
	Root string `json:"root"`
	// Documents counts the documents read; Quotes and Words what they quote.
	Documents int `json:"documents"`
	Quotes    int `json:"quotes"`
	Words     int `json:"words"`
	// Speakers are sorted by quotes, then words, then name; unattributed last.
	Speakers []*SpeakerRow `json:"speakers"`
	// Outlets total each sub-folder, sorted by name.
	Outlets []*OutletRow `json:"outlets"`
	// Skipped lists the documents left out, and why.
	Skipped   []SkippedRow `json:"skipped"`
	bySpeaker map[string]*SpeakerRow
	byOutlet  map[string]*OutletRow
}

// SpeakerRow is one speaker's line of the report.
type SpeakerRow struct {
	// Name is the speaker's name as first met (Unattributed for quotes without one).
	Name string `json:"name"`
	// Role and Affiliation come from the analysis when it gives them ("" otherwise).
	Role        string `json:"role"`
	Affiliation string `json:"affiliation"`
	// Quotes counts their quotes; Words the words of those quotes (see DocumentQuotes).
	Quotes int `json:"quotes"`
	Words  int `json:"words"`
	// Share is Words over all words quoted in the report, 0..1.
	Share float64 `json:"share"`
	// Unattributed marks the row of quotes without a speaker.
	Unattributed bool `json:"unattributed,omitempty"`
	// Articles are the documents they are quoted in, in corpus order.
	Articles []ArticleRow `json:"articles"`
}

// ArticleRow is one article a speaker is quoted in.
type ArticleRow struct {
	// Path is the document's corpus path; Outlet its sub-folder ("" at the root).
	Path   string `json:"path"`
	Outlet string `json:"outlet"`
	// Quotes and Words count the speaker's quotes in this document.
	Quotes int `json:"quotes"`
	Words  int `json:"words"`
}

// OutletRow totals one sub-folder ("" is the corpus root).
type OutletRow struct {
	// Outlet is the sub-folder's name.
	Outlet string `json:"outlet"`
	// Documents, Quotes and Words are the outlet's totals.
	Documents int `json:"documents"`
	Quotes    int `json:"quotes"`
	Words     int `json:"words"`
	// Speakers counts the distinct named speakers it quotes.
	Speakers int `json:"speakers"`
	names    map[string]bool
}

// SkippedRow is a document left out of the report, and why.
type SkippedRow struct {
	// Path is the document's corpus path; Problem why it was left out.
	Path    string `json:"path"`
	Problem string `json:"problem"`
}

// ReportQuote is one quote as the report counts it.
type ReportQuote struct {
	// Speaker is the quote's speaker ("" when unknown).
	Speaker string
	// Text is the quote as in the document; Span where (bytes).
	Text string
	Span model.Span
	// Words counts the quote's own words: a quote nested in it (someone it
	// quotes) counts for that speaker instead.
	Words int
}

// DocumentQuotes lists a document's quotes for the report: the user's quote
// annotations (their speakers and spans are corrections and win), then the
// quotes the detectors found that the user neither accepted nor rejected.
// Rejected detections are left out. A quote inside another ("What the
// president said was, 'There is a better way'") counts for its own speaker,
// and its words are not counted again for the one quoting it.
func DocumentQuotes(doc *model.Document, set *model.AnnotationSet, a *model.Analysis) []ReportQuote {
	var out []ReportQuote
	for _, ann := range set.ByLabel(string(model.DetectionQuote)) {
		if !ann.Orphan {
			out = append(out, ReportQuote{Speaker: ann.Speaker, Text: ann.Text, Span: ann.Span})
		}
	}
	tagged := len(out)
	if a != nil {
		for _, d := range set.Unreviewed(a) {
			overlapsTag := slices.ContainsFunc(out[:tagged], func(q ReportQuote) bool { return q.Span.Overlaps(d.Span) })
			if d.Kind == model.DetectionQuote && !overlapsTag { // a quote tagged by hand wins too
				out = append(out, ReportQuote{Speaker: d.Speaker, Text: doc.Text[d.Span.Start:d.Span.End], Span: d.Span})
			}
		}
	}
	countOwnWords(out)
	return out
}

// countOwnWords sets each quote's Words to its words less those of the
// quotes directly inside it.
func countOwnWords(quotes []ReportQuote) {
	slices.SortStableFunc(quotes, func(a, b ReportQuote) int {
		return cmp.Or(cmp.Compare(a.Span.Start, b.Span.Start), cmp.Compare(b.Span.End, a.Span.End))
	})
	total := make([]int, len(quotes))
	for i := range quotes {
		total[i] = CountWords(quotes[i].Text)
		quotes[i].Words = total[i]
	}
	for i := range quotes {
		for j := i - 1; j >= 0; j-- { // the nearest earlier quote containing i is its parent
			if quotes[j].Span.Start <= quotes[i].Span.Start && quotes[i].Span.End <= quotes[j].Span.End {
				quotes[j].Words = max(0, quotes[j].Words-total[i])
				break
			}
		}
	}
}

// speakerDetails returns a speaker's role and affiliation as the article's
// analysis gives them (the one place the report reads them), matching on name.
func speakerDetails(a *model.Analysis, name string) (role, affiliation string) {
	if a == nil {
		return "", ""
	}
	for _, s := range a.Speakers {
		if s.Name == name {
			return s.Role, s.Affiliation
		}
	}
	return "", ""
}

// NewReport starts an empty report of the corpus rooted at root.
func NewReport(root string) *Report {
	return &Report{Root: root, Speakers: []*SpeakerRow{}, Outlets: []*OutletRow{}, Skipped: []SkippedRow{},
		bySpeaker: map[string]*SpeakerRow{}, byOutlet: map[string]*OutletRow{}}
}

// Skip records a document left out.
func (r *Report) Skip(path, problem string) {
	r.Skipped = append(r.Skipped, SkippedRow{Path: path, Problem: problem})
}

// Add counts one document's quotes.
func (r *Report) Add(e *Entry, a *model.Analysis, quotes []ReportQuote) {
	r.Documents++
	outlet := r.byOutlet[e.Outlet()]
	if outlet == nil {
		outlet = &OutletRow{Outlet: e.Outlet(), names: map[string]bool{}}
		r.byOutlet[e.Outlet()] = outlet
		r.Outlets = append(r.Outlets, outlet)
	}
	outlet.Documents++
	for _, q := range quotes {
		words := q.Words
		name := strings.Join(strings.Fields(q.Speaker), " ")
		key := strings.ToLower(name)
		row := r.bySpeaker[key]
		if row == nil {
			row = &SpeakerRow{Name: name, Articles: []ArticleRow{}}
			if name == "" {
				row.Name, row.Unattributed = Unattributed, true
			}
			r.bySpeaker[key] = row
			r.Speakers = append(r.Speakers, row)
		}
		if row.Role == "" && row.Affiliation == "" && name != "" {
			row.Role, row.Affiliation = speakerDetails(a, name)
		}
		row.Quotes++
		row.Words += words
		if n := len(row.Articles); n == 0 || row.Articles[n-1].Path != e.Path {
			row.Articles = append(row.Articles, ArticleRow{Path: e.Path, Outlet: e.Outlet()})
		}
		art := &row.Articles[len(row.Articles)-1]
		art.Quotes++
		art.Words += words
		r.Quotes++
		r.Words += words
		outlet.Quotes++
		outlet.Words += words
		if !row.Unattributed && !outlet.names[key] {
			outlet.names[key] = true
			outlet.Speakers++
		}
	}
}

// Finish computes shares and sorts: speakers by quotes, then words, then
// name, unattributed last; outlets by name.
func (r *Report) Finish() {
	for _, s := range r.Speakers {
		if r.Words > 0 {
			s.Share = float64(s.Words) / float64(r.Words)
		}
	}
	slices.SortFunc(r.Speakers, func(a, b *SpeakerRow) int {
		if a.Unattributed != b.Unattributed {
			if a.Unattributed {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(b.Words, a.Words), strings.Compare(a.Name, b.Name))
	})
	slices.SortFunc(r.Outlets, func(a, b *OutletRow) int { return strings.Compare(a.Outlet, b.Outlet) })
}

// HasOutlets reports whether the corpus has sub-folders worth a totals table.
func (r *Report) HasOutlets() bool {
	return len(r.Outlets) > 1 || (len(r.Outlets) == 1 && r.Outlets[0].Outlet != "")
}

// CountWords counts the words of a quote: runs of letters, digits and
// joining marks (apostrophes, hyphens inside a word), each Han, Hiragana or
// Katakana character counting as one word, since those scripts do not space words.
func CountWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			n++
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if !inWord {
				n++
			}
			inWord = true
		case inWord && (r == '\'' || r == '’' || r == '-'):
			// inside a word ("don't", "well-known"); a trailing one ends nothing new
		default:
			inWord = false
		}
	}
	return n
}
