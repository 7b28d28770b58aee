package annotate

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// FuzzAnalyze checks that analysis never panics, that every span lies
// inside the text, is well ordered and starts and ends on rune boundaries,
// and that reading paragraphs in windows of tokens changes nothing.
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		`"We are ready," Lopez said.`,
		"“He told me, ‘Go home,’ and left,” she said.",
		"''Yes,'' Mr. Smith said. ``No,'' he added.",
		"rock 'n' roll in the '90s, the students' union",
		"«Oui» „Ja“ ‘single’ \"unclosed\nnext",
		"CLICK HERE TO GET THE FOX NEWS APP\nREAD MORE:\nA Link\n",
		"\"\"\"''''``\u2019\u2018\u201c\u201d",
		"Sen. J. Doe, the chair, said, \"x\" — ― Karen",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := model.NewDocument("fuzz.txt", []byte(text), false)
		if err != nil {
			return
		}
		a := Analyze(doc)
		n := len(doc.Text)
		check := func(what string, s model.Span) {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Fatalf("%s span %v outside text of %d bytes", what, s, n)
			}
			if !utf8.RuneStart(doc.Text[min(s.Start, n-1)]) && s.Start < n || s.End < n && !utf8.RuneStart(doc.Text[s.End]) {
				t.Fatalf("%s span %v cuts a rune", what, s)
			}
		}
		for i, q := range a.Quotes {
			check("quote", q.Span)
			if i > 0 && q.Span.Start < a.Quotes[i-1].Span.Start {
				t.Fatalf("quotes out of order at %d", i)
			}
			if q.Speaker != nil {
				check("speaker", q.Speaker.Span)
				if q.Speaker.Name == "" {
					t.Fatalf("speaker without a name")
				}
			}
			if q.Cue != nil {
				check("cue", *q.Cue)
			}
		}
		for i, p := range a.Promos {
			check("promo", p.Span)
			if i > 0 && p.Span.Start < a.Promos[i-1].Span.End {
				t.Fatalf("promos overlap or out of order at %d", i)
			}
		}
		for _, s := range a.Speakers {
			for _, m := range s.Mentions {
				check("mention", m)
			}
		}
		defer func(b, n int) { windowBytes, windowTokens = b, n }(windowBytes, windowTokens)
		windowBytes, windowTokens = 0, 3
		if w := Analyze(doc); !reflect.DeepEqual(w, a) {
			t.Fatalf("windows of 3 tokens give another analysis:\n%s", firstDifference(w, a))
		}
	})
}
