package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/charmbracelet/x/ansi"
)

// newsroom is a corpus of two outlets with clearly attributed quotes.
var newsroom = map[string]string{
	"herald/budget.txt": "Council passes budget\n\n\"We will not cut a single library,\" Mayor Ann Lee said on Tuesday.\n\n\"The numbers do not add up,\" said councillor Tom Ruiz.\n",
	"gazette/park.md":   "# Park opens\n\n\"Children finally have somewhere to play,\" Mayor Ann Lee said.\n",
	"notes.txt":         "No quotes in this one.\n",
}

// correctSpeaker accepts the detected quote containing sub in the article at
// path with speaker as its corrected speaker.
func correctSpeaker(t *testing.T, path, sub, speaker string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument(path, data, model.IsMarkdownPath(path))
	if err != nil {
		t.Fatal(err)
	}
	st, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range model.DetectionsOf(annotate.Analyze(doc)) {
		if strings.Contains(doc.Text[d.Span.Start:d.Span.End], sub) {
			if _, err := st.Set().Accept(d, func(a *model.Annotation) { a.Speaker = speaker }); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestReportPerSpeakerAndOutlet(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	correctSpeaker(t, filepath.Join(dir, "herald", "budget.txt"), "numbers", "Tomás Ruiz")
	out, errOut, err := runCmd(t, newReportCmd, "--format", "json", dir)
	if err != nil || errOut != "" {
		t.Fatalf("%v %s", err, errOut)
	}
	var r struct {
		Documents, Quotes int
		Speakers          []struct {
			Name     string
			Quotes   int
			Words    int
			Share    float64
			Articles []struct{ Path string }
		}
		Outlets []struct {
			Outlet string
			Quotes int
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Documents != 3 || r.Quotes != 3 || len(r.Speakers) != 2 {
		t.Fatalf("report %+v", r)
	}
	lee, ruiz := r.Speakers[0], r.Speakers[1]
	if lee.Name != "Ann Lee" || lee.Quotes != 2 || lee.Words != 13 || len(lee.Articles) != 2 {
		t.Errorf("Ann Lee: %+v", lee)
	}
	if ruiz.Name != "Tomás Ruiz" || ruiz.Words != 6 || ruiz.Share < 0.31 || ruiz.Share > 0.32 {
		t.Errorf("the corrected speaker does not win: %+v", ruiz)
	}
	if len(r.Outlets) != 3 || r.Outlets[1].Outlet != "gazette" || r.Outlets[2].Quotes != 2 {
		t.Errorf("outlets %+v", r.Outlets)
	}
}

func TestReportMarkdownAndCSV(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	md, _, err := runCmd(t, newReportCmd, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Who is quoted", "| Ann Lee | Mayor |  | 2 | 13 | 68.4% | gazette/park.md (1), herald/budget.txt (1) |", "## Outlets", "| herald | 1 | 2 | 13 | 2 |"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	var styled bytes.Buffer
	if err := writeGlamour(&styled, md, 100); err != nil || !strings.Contains(ansi.Strip(styled.String()), "Ann Lee") || strings.Contains(styled.String(), "|---") {
		t.Errorf("glamour rendering (%v):\n%s", err, styled.String())
	}
	out := filepath.Join(t.TempDir(), "sources.csv")
	if _, _, err := runCmd(t, newReportCmd, "--format", "csv", "-o", out, dir); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(out)
	if !bytes.HasPrefix(data, []byte("\ufeffspeaker,role,affiliation,quotes,words,share,articles,outlets\n")) {
		t.Fatalf("csv header: %q", data)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil || len(rows) != 3 || rows[1][0] != "Ann Lee" || rows[1][1] != "Mayor" || rows[1][6] != "gazette/park.md; herald/budget.txt" {
		t.Errorf("csv rows %q (%v)", rows, err)
	}
}

func TestReportErrors(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.txt": "\"Fine,\" Ann Lee said.\n", "b.txt": "\x00"})
	if _, _, err := runCmd(t, newReportCmd, "--format", "xml", dir); err == nil || !strings.Contains(err.Error(), "want md, csv, json") {
		t.Errorf("bad format: %v", err)
	}
	_, errOut, err := runCmd(t, newReportCmd, dir)
	if err != nil || errOut != "annotty: b.txt: binary (it contains NUL bytes); left out of the report\n" {
		t.Errorf("bad file: %v %q", err, errOut)
	}
	// One file is a report too.
	out, _, err := runCmd(t, newReportCmd, "--format", "json", filepath.Join(dir, "a.txt"))
	if err != nil || !strings.Contains(out, `"documents": 1`) {
		t.Errorf("one file: %v\n%s", err, out)
	}
}
