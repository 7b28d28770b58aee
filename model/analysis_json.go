package model

// AnalysisJSON is the JSON form of one document's analysis, as printed by
// `annotty analyze --format json`. "start"/"end" are Unicode code-point
// offsets into the document text (end exclusive); "byte_start"/"byte_end"
// are the same range in UTF-8 bytes.
type AnalysisJSON struct {
	Path    string `json:"path"`
	Offsets string `json:"offsets"`
	// Page is the web page's metadata, for extracted documents.
	Page     *PageMeta     `json:"page,omitempty"`
	Quotes   []QuoteJSON   `json:"quotes"`
	Speakers []SpeakerJSON `json:"speakers"`
	Promos   []PromoJSON   `json:"promos"`
}

// QuoteJSON is one quotation; its range includes the quotation marks.
type QuoteJSON struct {
	TextRange
	Text       string       `json:"text"`
	Speaker    *MentionJSON `json:"speaker"`
	Cue        *SpanJSON    `json:"cue"`
	Depth      int          `json:"depth"`
	Partial    bool         `json:"partial"`
	Confidence float64      `json:"confidence"`
	// Basis names the rule that found the speaker (omitted without one).
	Basis AttributionBasis `json:"basis,omitempty"`
}

// MentionJSON is a quote's speaker: the canonical name and the mention
// nearest the quote ("he", "Sullivan").
type MentionJSON struct {
	Name  string      `json:"name"`
	Start int         `json:"start"`
	End   int         `json:"end"`
	Text  string      `json:"text"`
	Kind  MentionKind `json:"kind,omitempty"`
}

// SpanJSON is a range of the text with its content.
type SpanJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// SpeakerJSON is one resolved speaker: the person's name, the role and
// affiliation the text gives them, and the mentions it was resolved from.
type SpeakerJSON struct {
	Name        string     `json:"name"`
	Role        string     `json:"role,omitempty"`
	Affiliation string     `json:"affiliation,omitempty"`
	Aliases     []string   `json:"aliases"`
	Quotes      int        `json:"quotes"`
	Mentions    []SpanJSON `json:"mentions"`
}

// PromoJSON is one promo interruption.
type PromoJSON struct {
	TextRange
	Text string    `json:"text"`
	Kind PromoKind `json:"kind"`
}

// NewAnalysisJSON converts an analysis of doc to its JSON form, turning byte
// offsets into code-point offsets.
func NewAnalysisJSON(doc *Document, a *Analysis) AnalysisJSON {
	out := AnalysisJSON{Path: doc.Path, Offsets: OffsetUnit, Page: doc.Page,
		Quotes: []QuoteJSON{}, Speakers: []SpeakerJSON{}, Promos: []PromoJSON{}}
	if a == nil {
		return out
	}
	runes := doc.Runes()
	span := func(s Span) SpanJSON {
		s = clampSpan(s, len(doc.Text))
		return SpanJSON{Start: runes.RuneOffset(s.Start), End: runes.RuneOffset(s.End), Text: doc.Text[s.Start:s.End]}
	}
	for _, q := range a.Quotes {
		sp := span(q.Span)
		qj := QuoteJSON{TextRange: textRange(sp.Start, sp.End, clampSpan(q.Span, len(doc.Text))),
			Text: sp.Text, Depth: q.Depth, Partial: q.Partial, Confidence: q.Confidence, Basis: q.Basis}
		if q.Speaker != nil {
			m := span(q.Speaker.Span)
			qj.Speaker = &MentionJSON{Name: q.Speaker.Name, Start: m.Start, End: m.End, Text: m.Text, Kind: q.Speaker.Kind}
		}
		if q.Cue != nil {
			c := span(*q.Cue)
			qj.Cue = &c
		}
		out.Quotes = append(out.Quotes, qj)
	}
	for _, s := range a.Speakers {
		aliases := s.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		mentions := make([]SpanJSON, 0, len(s.Mentions))
		for _, m := range s.Mentions {
			mentions = append(mentions, span(m))
		}
		out.Speakers = append(out.Speakers, SpeakerJSON{Name: s.Name, Role: s.Role, Affiliation: s.Affiliation,
			Aliases: aliases, Quotes: s.Quotes, Mentions: mentions})
	}
	for _, p := range a.Promos {
		sp := span(p.Span)
		r := textRange(sp.Start, sp.End, clampSpan(p.Span, len(doc.Text)))
		out.Promos = append(out.Promos, PromoJSON{TextRange: r, Text: sp.Text, Kind: p.Kind})
	}
	return out
}

// clampSpan keeps a span inside [0, n] with Start <= End.
func clampSpan(s Span, n int) Span {
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}
