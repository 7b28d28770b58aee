package agreement

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func sampleReport() Report {
	d := Dataset{Annotators: []string{"ann", "bob"}, Documents: []Document{
		doc("one.txt", 100, []Span{{Label: "claim", Start: 0, End: 10}}, []Span{{Label: "claim", Start: 0, End: 10}}),
		doc("two.txt", 100, []Span{{Label: "quote", Start: 0, End: 50}}, []Span{{Label: "quote", Start: 10, End: 50}}),
	}}
	return Compute(d, true)
}

func TestWriteFormats(t *testing.T) {
	rep := sampleReport()
	var text, js, cs bytes.Buffer
	if err := Write(&text, rep, FormatText, ByLabel); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2 annotators (ann, bob), 2 documents", "claim", "quote", "ann–bob", "review decisions"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
	if err := Write(&js, rep, FormatJSON, ByLabel); err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatalf("json: %v", err)
	}
	if back["units"] != UnitName || len(back["by_document"].([]any)) != 2 {
		t.Errorf("json: units %v, by_document %v", back["units"], back["by_document"])
	}
	if err := Write(&cs, rep, FormatCSV, ByDocument); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// header, overall, one per document
	if len(records) != 4 || records[0][0] != "document" || records[2][0] != "one.txt" || records[2][5] != "1.0000" {
		t.Errorf("csv rows: %v", records)
	}
	if err := Write(&cs, rep, "xml", ByLabel); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestUndefinedNumbers(t *testing.T) {
	rep := Compute(Dataset{Annotators: []string{"a", "b"}, Documents: []Document{doc("x", 10, []Span{}, []Span{})}}, false)
	var js bytes.Buffer
	Write(&js, rep, FormatJSON, ByLabel)
	if !strings.Contains(js.String(), `"alpha": null`) {
		t.Errorf("undefined alpha is not null in JSON:\n%s", js.String())
	}
	if rep.Alpha.String() != "n/a" {
		t.Errorf("undefined alpha prints %q", rep.Alpha.String())
	}
}

// TestDocumentOnlyOneAnnotatedHasNoFigures: bob did not annotate two.txt, so
// the pair has nothing to compare there; its row must not read as perfect.
func TestDocumentOnlyOneAnnotatedHasNoFigures(t *testing.T) {
	d := Dataset{Annotators: []string{"ann", "bob"}, Documents: []Document{
		doc("one.txt", 100, []Span{{Label: "claim", Start: 0, End: 10}}, []Span{{Label: "claim", Start: 0, End: 10}}),
		doc("two.txt", 100, []Span{{Label: "quote", Start: 0, End: 50}}, nil),
	}}
	rep := Compute(d, true)
	var cs, text bytes.Buffer
	if err := Write(&cs, rep, FormatCSV, ByDocument); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	two := records[len(records)-1]
	if two[0] != "two.txt" || strings.Join(two[3:], "") != "" {
		t.Errorf("two.txt row %q, want empty figures (bob did not annotate it)", two)
	}
	if err := Write(&text, rep, FormatText, ByDocument); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(text.String(), "\n") {
		if strings.Contains(line, "two.txt") && strings.Contains(line, "1.000") {
			t.Errorf("text row reads as agreement: %q", line)
		}
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	d := Dataset{Annotators: []string{"ann", "bob"}, Documents: []Document{
		doc("=HYPERLINK(\"http://x\").txt", 100, []Span{{Label: "claim", Start: 0, End: 10}}, []Span{{Label: "claim", Start: 0, End: 10}}),
	}}
	var cs bytes.Buffer
	if err := Write(&cs, Compute(d, true), FormatCSV, ByDocument); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := records[len(records)-1][0]; !strings.HasPrefix(got, "'=") {
		t.Errorf("document cell %q would run as a formula", got)
	}
}
