package corpus

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// fakeAnalyze detects each "…" as an outer quote, its speaker the
// capitalised words before " said" on the same line.
func fakeAnalyze(doc *model.Document) *model.Analysis {
	a := &model.Analysis{}
	text := doc.Text
	for i := 0; ; {
		start := strings.IndexByte(text[i:], '"')
		if start < 0 {
			break
		}
		start += i
		end := strings.IndexByte(text[start+1:], '"')
		if end < 0 {
			break
		}
		end += start + 2
		q := model.Quote{Span: model.Span{Start: start, End: end}, Confidence: 0.9}
		line := text[end:]
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line = line[:nl]
		}
		if k := strings.Index(line, " said"); k > 0 {
			name := strings.Trim(line[:k], " ,")
			q.Speaker = &model.SpeakerMention{Name: name}
		}
		a.Quotes = append(a.Quotes, q)
		i = end
	}
	return a
}

// reportCorpus has two outlets; in gazette/one.txt the user corrected the
// first quote's speaker and rejected the third quote.
func reportCorpus(t *testing.T) *Corpus {
	t.Helper()
	dir := writeTree(t, map[string]string{
		"gazette/one.txt": "\"We will build it,\" Bob said.\n\"Two more words,\" Ann Lee said.\n\"Ignore me please,\" Cat said.\n",
		"herald/two.txt":  "\"Café owners agree, 北京,\" Ann Lee said.\n",
		"top.txt":         "No quotes here.\n",
		"bad.txt":         "\x00",
	})
	c := openDir(t, dir)
	e, _ := c.Entry("gazette/one.txt")
	doc, err := c.Load(e)
	if err != nil {
		t.Fatal(err)
	}
	st, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	quotes := fakeAnalyze(doc).Quotes
	if _, err := st.Set().Accept(model.Detection{Kind: model.DetectionQuote, Span: quotes[0].Span, Speaker: "Bob"},
		func(a *model.Annotation) { a.Speaker = "Ann Lee" }); err != nil {
		t.Fatal(err)
	}
	if err := st.Set().Reject(model.DetectionQuote, quotes[2].Span); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Fill(t.Context(), nil, nil); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestReportCorrectionsWinAndOutletsTotal(t *testing.T) {
	c := reportCorpus(t)
	r, err := c.BuildReport(t.Context(), fakeAnalyze, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents != 3 || r.Quotes != 3 || len(r.Skipped) != 1 || r.Skipped[0].Path != "bad.txt" {
		t.Fatalf("report: %d documents, %d quotes, skipped %+v", r.Documents, r.Quotes, r.Skipped)
	}
	if len(r.Speakers) != 1 {
		t.Fatalf("speakers %+v, want only Ann Lee (Bob corrected away, Cat rejected)", r.Speakers)
	}
	ann := r.Speakers[0]
	// "We will build it," 4 + "Two more words," 3 + "Café owners agree, 北京," 3 + 2 Han.
	if ann.Name != "Ann Lee" || ann.Quotes != 3 || ann.Words != 12 || ann.Share != 1 || len(ann.Articles) != 2 {
		t.Errorf("Ann Lee: %+v", ann)
	}
	if !r.HasOutlets() || len(r.Outlets) != 3 {
		t.Fatalf("outlets %+v", r.Outlets)
	}
	if g := r.Outlets[1]; g.Outlet != "gazette" || g.Quotes != 2 || g.Words != 7 || g.Speakers != 1 || g.Documents != 1 {
		t.Errorf("gazette: %+v", g)
	}
}

func TestReportFormats(t *testing.T) {
	r, err := reportCorpus(t).BuildReport(t.Context(), fakeAnalyze, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := r.WriteMarkdown(&md, nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"3 documents · 3 quotes · 12 words quoted", "| Ann Lee | 3 | 12 | 100.0% | gazette/one.txt (2), herald/two.txt (1) |", "| herald | 1 | 1 | 5 | 1 |", "- bad.txt: binary"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	var out bytes.Buffer
	if err := r.WriteCSV(&out, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out.String(), "\ufeff"))).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][0] != "Ann Lee" || rows[1][5] != "1.0000" || rows[1][7] != "gazette; herald" {
		t.Errorf("csv %q (%v)", rows, err)
	}
	out.Reset()
	if err := r.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(out.Bytes(), &back); err != nil || back.Speakers[0].Articles[1].Path != "herald/two.txt" {
		t.Errorf("json: %v %+v", err, back)
	}
}

func TestCellsAreOneLineAndDefused(t *testing.T) {
	if got := markdownCell("a|b\nc", nil); got != `a\|b c` {
		t.Errorf("markdown cell %q", got)
	}
	if got := csvCell("=HYPERLINK(\"x\")", nil); got != "'=HYPERLINK(\"x\")" {
		t.Errorf("csv cell %q", got)
	}
}

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{
		"“Don't stop,” she said": 4, "well-known 2024 plan": 3, "北京很好": 4, "Cafe\u0301 😀 ok": 2, "": 0, "'quoted'": 1,
	} {
		if got := CountWords(s); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestNestedQuoteWordsCountForTheirOwnSpeaker(t *testing.T) {
	text := `"He said, 'We are ready now,' and left," Ann said. "Later," Bob said.`
	outer := strings.Index(text, `"He`)
	inner := strings.Index(text, `'We`)
	later := strings.Index(text, `"Later`)
	quotes := []ReportQuote{
		{Speaker: "Bob", Text: `"Later,"`, Span: model.Span{Start: later, End: later + 8}},
		{Speaker: "Cy", Text: `'We are ready now,'`, Span: model.Span{Start: inner, End: inner + 19}},
		{Speaker: "Ann", Text: text[outer : outer+40], Span: model.Span{Start: outer, End: outer + 40}},
	}
	countOwnWords(quotes)
	got := map[string]int{}
	for _, q := range quotes {
		got[q.Speaker] = q.Words
	}
	if got["Ann"] != 4 || got["Cy"] != 4 || got["Bob"] != 1 {
		t.Errorf("own words %v, want Ann 4 (He said and left), Cy 4, Bob 1", got)
	}
}

func TestMarkdownShowsRoleColumnsOnlyWhenKnown(t *testing.T) {
	r := NewReport("/news")
	e := &Entry{Path: "herald/a.txt"}
	r.Add(e, nil, []ReportQuote{{Speaker: "Ann Lee", Text: "\"Yes,\"", Words: 1}})
	r.Finish()
	var md bytes.Buffer
	_ = r.WriteMarkdown(&md, nil)
	if strings.Contains(md.String(), "Role") {
		t.Errorf("role columns without roles:\n%s", md.String())
	}
	r.Speakers[0].Role, r.Speakers[0].Affiliation = "mayor", "Ashgrove council"
	md.Reset()
	_ = r.WriteMarkdown(&md, nil)
	if !strings.Contains(md.String(), "| Ann Lee | mayor | Ashgrove council | 1 | 1 | 100.0% | herald/a.txt (1) |") {
		t.Errorf("role columns:\n%s", md.String())
	}
}

func TestReportOrderSurvivesBatchesAndWorkers(t *testing.T) {
	files := map[string]string{}
	for i := range 3*reportBatch + 5 {
		files[fmt.Sprintf("o%d/doc-%03d.txt", i%2, i)] = fmt.Sprintf("\"Point %d,\" Ann Lee said.\n", i)
	}
	c := openDir(t, writeTree(t, files))
	var calls []int
	r, err := c.BuildReport(t.Context(), fakeAnalyze, nil, func(done, total int) { calls = append(calls, done) })
	if err != nil {
		t.Fatal(err)
	}
	arts := r.Speakers[0].Articles
	if r.Documents != len(files) || len(arts) != len(files) {
		t.Fatalf("%d documents, %d articles", r.Documents, len(arts))
	}
	for i, a := range arts {
		if want := paths(c.Entries())[i]; a.Path != want {
			t.Fatalf("article %d is %s, want %s (corpus order)", i, a.Path, want)
		}
	}
	if len(calls) != 4 || calls[3] != len(files) {
		t.Errorf("progress calls %v", calls)
	}
}

func TestSpeakerDetailsComeFromTheAnalysis(t *testing.T) {
	a := &model.Analysis{Speakers: []model.Speaker{{Name: "Ann Park", Role: "mayor", Affiliation: "Ashgrove council"}, {Name: "Bo Park"}}}
	if role, affil := speakerDetails(a, "Ann Park"); role != "mayor" || affil != "Ashgrove council" {
		t.Errorf("Ann Park: %q %q", role, affil)
	}
	if role, affil := speakerDetails(a, "Cy Lee"); role != "" || affil != "" {
		t.Errorf("unknown speaker: %q %q", role, affil)
	}
	if role, _ := speakerDetails(nil, "Ann Park"); role != "" {
		t.Errorf("no analysis: %q", role)
	}
}
