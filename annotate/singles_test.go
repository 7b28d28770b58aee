package annotate

import (
	"strings"
	"testing"
)

// usLead opens each test article with double-quoted speech, so that the
// article's main style is double marks and single ones are the exception.
const usLead = "\"We are ready,\" Lopez said. \"Now,\" she added.\n"

func TestSingleQuotesInDoubleStyleArticle(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		quote   string // the single-quoted quotation to check
		speaker string // "" for none
	}{
		// Explicit, adjacent cue: attributed.
		{"role then name wrote in a blog post", "The company's CEO, Ann Park, wrote in a blog post: 'We're not going anywhere.'",
			"'We're not going anywhere.'", "Ann Park"},
		{"said colon", "Park said: 'We stay.'", "'We stay.'", "Park"},
		{"told reporters comma", "Park told reporters, 'It is done.'", "'It is done.'", "Park"},
		{"according to", "According to Park, 'the deal is done.'", "'the deal is done.'", "Park"},
		{"X said after", "'We will stay,' Park said.", "'We will stay,'", "Park"},
		{"said X after", "'We will stay,' said Ann Park.", "'We will stay,'", "Ann Park"},
		{"question then asked", "'Why now?' Park asked.", "'Why now?'", "Park"},
		{"comma outside the mark", "'We will stay', Park said.", "'We will stay'", "Park"},
		{"curly marks", "‘We will stay,’ Park said.", "‘We will stay,’", "Park"},
		{"possessive and decade inside", "'Park's team rocked the '90s,' Reyes said.", "'Park's team rocked the '90s,'", "Reyes"},
		{"rock 'n' roll inside", "'We love rock 'n' roll,' said Ann Park.", "'We love rock 'n' roll,'", "Ann Park"},
		{"emoji inside", "Park wrote in a statement: 'We won 🎉.'", "'We won 🎉.'", "Park"},
		{"CJK and combining marks inside", "'我们赢了, cafe\u0301,' said Zoë Park.", "'我们赢了, cafe\u0301,'", "Zoë Park"},

		// No explicit adjacent cue: no speaker.
		{"scare quote", "Critics called the plan 'dead on arrival' at the hearing.", "'dead on arrival'", ""},
		{"scare quote after said", "Reyes said the plan was 'dead on arrival.'", "'dead on arrival.'", ""},
		{"headline", "'Park Stays Put': Mayor Welcomes Decision", "'Park Stays Put'", ""},
		{"title after said", "Reyes said, 'Park Stays Put'", "'Park Stays Put'", ""},
		{"song title between commas", "Her favorite song, 'Rock Me Gently', played on.", "'Rock Me Gently'", ""},
		{"mid-sentence quote", "The mayor, who called it 'a mess,' said nothing.", "'a mess,'", ""},
		{"period then new clause", "'We stay.' Park said on Monday that she would leave.", "'We stay.'", ""},
		{"distant verb", "'We stay,' and other slogans were painted on the wall, Park said.", "'We stay,'", ""},
		{"sentence subject only", "Park's fans loved the 'new sound' of the band.", "'new sound'", ""},
		{"cue in the next sentence", "Park wrote: 'Park Stays Put' Reyes then said nothing.", "'Park Stays Put'", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := analyzeText(t, usLead+tt.body)
			found := false
			for _, q := range a.Quotes {
				if doc.Text[q.Span.Start:q.Span.End] != tt.quote {
					continue
				}
				found = true
				name := ""
				if q.Speaker != nil {
					name = q.Speaker.Name
				}
				if name != tt.speaker {
					t.Errorf("speaker of %s = %q, want %q", tt.quote, name, tt.speaker)
				}
				// A lone family name the article never gives in full caps
				// the adjacent cue's confidence (it may not be a person).
				want := confAdjacentCue
				if !strings.Contains(tt.speaker, " ") {
					want = confLoneWord
				}
				if tt.speaker != "" && (q.Cue == nil || q.Confidence != want) {
					t.Errorf("cue %v confidence %v, want a cue at %v", q.Cue, q.Confidence, want)
				}
			}
			if !found {
				t.Fatalf("quote %s not found in %q", tt.quote, quoteTexts(doc, a))
			}
		})
	}
}

func TestApostrophesAreNoSingleQuotes(t *testing.T) {
	doc, a := analyzeText(t, usLead+"Park's fans loved the '90s rock 'n' roll, Reyes said.")
	for _, q := range a.Quotes {
		if s := doc.Text[q.Span.Start:q.Span.End]; !strings.HasPrefix(s, "\"") {
			t.Errorf("apostrophe read as a quotation: %q", s)
		}
	}
}

func TestNestedSingleQuotesKeepTheirSpeaker(t *testing.T) {
	tests := []struct {
		name, text, nested, speaker string
	}{
		{"no cue inside", "\"I heard 'no way' from everyone,\" Park said.", "'no way'", ""},
		{"cue inside", "\"Reyes told me, 'Go home,' and left,\" Park said.", "'Go home,'", "Reyes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := analyzeText(t, usLead+tt.text)
			for _, q := range a.Quotes {
				if doc.Text[q.Span.Start:q.Span.End] != tt.nested {
					continue
				}
				name := ""
				if q.Speaker != nil {
					name = q.Speaker.Name
				}
				if q.Depth != 1 || name != tt.speaker {
					t.Errorf("nested %s: depth %d speaker %q, want depth 1 speaker %q", tt.nested, q.Depth, name, tt.speaker)
				}
				return
			}
			t.Fatalf("nested quote %s not found in %q", tt.nested, quoteTexts(doc, a))
		})
	}
}

func TestSingleQuotesInSingleStyleArticle(t *testing.T) {
	// British style: single marks are the main style and keep every rule,
	// including a speaker taken from the sentence's subject.
	doc, a := analyzeText(t, "‘We stay,’ Park said. ‘We go,’ Reyes said.\nThe council called the plan ‘a disaster for the town’.")
	want := map[string]string{"‘We stay,’": "Park", "‘We go,’": "Reyes", "‘a disaster for the town’": "council"}
	for _, q := range a.Quotes {
		s := doc.Text[q.Span.Start:q.Span.End]
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		if w, ok := want[s]; !ok || name != w {
			t.Errorf("quote %s: speaker %q, want %q (known %v)", s, name, w, ok)
		}
	}
	if len(a.Quotes) != len(want) {
		t.Errorf("got %d quotes %q, want %d", len(a.Quotes), quoteTexts(doc, a), len(want))
	}
}
