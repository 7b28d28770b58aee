package annotate

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// windowTestTexts returns articles that exercise every attribution rule:
// the samples, generated articles, single quotes in a double-style article
// and a British-style one, each also with its line breaks removed (one
// paragraph, as in a file without line breaks).
func windowTestTexts(t *testing.T) map[string]string {
	t.Helper()
	texts := map[string]string{
		"generated":   generatedArticle(200 << 10),
		"quote-heavy": quoteHeavyArticle(200 << 10),
		"singles": usLead + strings.Join([]string{
			"The company's CEO, Ann Park, wrote in a blog post: 'We're not going anywhere.'",
			"Park told reporters, 'It is done.' According to Park, 'the deal is done.'",
			"'We will stay,' said Ann Park. 'Why now?' Park asked. Critics called the plan 'dead on arrival' at the hearing.",
			"'Park Stays Put': Mayor Welcomes Decision",
			"Her favorite song, 'Rock Me Gently', played on. The mayor, who called it 'a mess,' said nothing.",
			"Howell says she wants the government to act.",
			"\"We will not wait,\" she said.",
			"Caddell continued:",
			"\"Nobody asked us.\"",
			"“He told me, ‘Go home,’ and left,” Maria Lopez said. “It was late.”",
			"“The first part goes on",
			"“and ends here,” Smith said.",
		}, "\n"),
		// Long, and no sentence end: a window holds the rest of the paragraph.
		"no sentence end": strings.Repeat("“We will stay,” Lopez said, and ", 3000) + "\n“Go,” she said.",
		"british":         strings.Repeat("‘We are ready,’ Lopez said. ‘Now,’ she added, “quoting ‘him’” as Mr. J. Smith (D-N.Y.) put it.\n", 40),
	}
	for _, name := range []string{"fox-rafah.txt", "harbour-ferry.txt", "lumiere-festival.txt", "council-budget.md"} {
		data, err := os.ReadFile(filepath.Join("..", "samples", name))
		if err != nil {
			t.Fatal(err)
		}
		texts[name] = string(data)
	}
	for name, text := range texts {
		texts[name+" as one paragraph"] = strings.ReplaceAll(text, "\n", " ")
	}
	return texts
}

// TestWindowsGiveTheSameAnalysis checks that reading paragraphs in windows
// of tokens (as long paragraphs are) changes nothing in the analysis, with
// windows small enough to slide many times through every paragraph.
func TestWindowsGiveTheSameAnalysis(t *testing.T) {
	defer func(b, n int) { windowBytes, windowTokens = b, n }(windowBytes, windowTokens)
	for name, text := range windowTestTexts(t) {
		doc, err := model.NewDocument("test.txt", []byte(text), false)
		if err != nil {
			t.Fatal(err)
		}
		windowBytes = math.MaxInt
		whole := Analyze(doc)
		if len(whole.Quotes) == 0 {
			t.Fatalf("%s: no quotes found: not a test of attribution", name)
		}
		for _, n := range []int{1, 7, 300, 4096} {
			windowBytes, windowTokens = 0, n
			if got := Analyze(doc); !reflect.DeepEqual(got, whole) {
				t.Errorf("%s: windows of %d tokens give another analysis:\n%s", name, n, firstDifference(got, whole))
			}
		}
	}
}

// firstDifference describes the first quote or speaker where a and b differ.
func firstDifference(a, b *model.Analysis) string {
	for i := range min(len(a.Quotes), len(b.Quotes)) {
		if !reflect.DeepEqual(a.Quotes[i], b.Quotes[i]) {
			return describeQuote("windows", a.Quotes[i]) + "\n" + describeQuote("whole", b.Quotes[i])
		}
	}
	if len(a.Quotes) != len(b.Quotes) {
		return "quote counts differ"
	}
	return "the speakers or promos differ"
}

// describeQuote prints a quote with its speaker for a failure message.
func describeQuote(label string, q model.Quote) string {
	s := fmt.Sprintf("%s: %v %s", label, q.Span, q.Basis)
	if q.Speaker != nil {
		s += fmt.Sprintf(" %s %v", q.Speaker.Name, q.Speaker.Span)
	}
	return s
}

// quoteHeavyArticle builds an article of about size bytes in which every
// paragraph is a quotation with its speaker (as testdata/perf/genarticle.py
// --kind quotes makes them).
func quoteHeavyArticle(size int) string {
	names := []string{"Jake Sullivan", "Ann Park", "Maria López", "Kenji Watanabe", "Omar Haddad"}
	words := strings.Fields("the president said on Monday that officials would meet again after talks " +
		"in the capital over a plan to rebuild the harbour café naïve Zürich 東京 council budget vote delayed residents")
	var b strings.Builder
	b.Grow(size + 256)
	for i := 0; b.Len() < size; i++ {
		b.WriteString("“")
		for k := range 8 + i%30 {
			w := words[(i*7+k*3)%len(words)]
			if k == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		b.WriteString(".” ")
		b.WriteString(names[i%len(names)])
		b.WriteString(" said. He added that the council would vote.\n")
	}
	return b.String()
}
