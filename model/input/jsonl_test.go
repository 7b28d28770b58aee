package input

import (
	"errors"
	"strings"
	"testing"
)

func TestDumpOpensGoodRecordsAndReportsBadLines(t *testing.T) {
	for _, name := range []string{"dump.jsonl", "dump.jsonl.gz"} {
		data, err := ReadFile("testdata/"+name, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		loaded, err := Documents(name, KindJSONL, data, PageOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var paths []string
		for _, d := range loaded.Docs {
			paths = append(paths, d.Path)
		}
		want := []string{name + "#ferry-1", name + "#L3", name + "#42"}
		if strings.Join(paths, " ") != strings.Join(want, " ") {
			t.Errorf("%s: documents %v, want %v", name, paths, want)
		}
		var lines []int
		for _, p := range loaded.Problems {
			var le *LineError
			if !errors.As(p, &le) {
				t.Fatalf("problem %v is not a LineError", p)
			}
			lines = append(lines, le.Line)
		}
		if len(lines) != 3 || lines[0] != 2 || lines[1] != 6 || lines[2] != 7 {
			t.Errorf("%s: bad lines %v (%v), want 2, 6, 7", name, lines, loaded.Problems)
		}
		if !strings.HasPrefix(loaded.Problems[0].Error(), "line 2: not JSON") {
			t.Errorf("message %q", loaded.Problems[0])
		}
		ferry, market, page := loaded.Docs[0], loaded.Docs[1], loaded.Docs[2]
		if ferry.Page.Title != "Harbour ferry returns" || ferry.Page.SiteName != "The Coastline Courier" ||
			ferry.Page.RecordID != "ferry-1" || ferry.Page.Extractor != "jsonl-text" || len(ferry.Paragraphs) != 2 {
			t.Errorf("ferry record: %+v, %d paragraphs", ferry.Page, len(ferry.Paragraphs))
		}
		if market.Page.Byline != "Ann Park, Li Wei" || market.Page.SiteName != "market.example" || market.Page.Date != "2024-03-15 10:00:00" {
			t.Errorf("news-please record: %+v", market.Page)
		}
		if strings.Contains(page.Text, "HIDDEN") || !strings.Contains(page.Text, "A second paragraph") ||
			page.Page.Title != "Page record" || !strings.HasPrefix(page.Page.Extractor, "go-readability") {
			t.Errorf("html record: %q %+v", page.Text, page.Page)
		}
	}
}

func TestDumpWithNoReadableRecordIsAnError(t *testing.T) {
	_, err := Documents("d.jsonl", KindJSONL, []byte("nope\n{\"title\":\"x\"}\n"), PageOptions{})
	if err == nil || !strings.Contains(err.Error(), "line 1: not JSON") {
		t.Errorf("err = %v", err)
	}
	if _, err := Documents("d.jsonl", KindJSONL, []byte("\n\n"), PageOptions{}); err == nil {
		t.Error("a blank dump opened")
	}
}

func TestRecordsStopsWhenTheCallerDoes(t *testing.T) {
	n := 0
	for range Records(strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n")) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("yielded %d after break", n)
	}
}

func TestRecordKey(t *testing.T) {
	cases := []struct {
		rec  Record
		want string
	}{
		{Record{ID: "abc-1.2_x", Line: 3}, "abc-1.2_x"},
		{Record{ID: "has space", Line: 3}, "L3"},
		{Record{ID: "../etc", Line: 4}, "L4"},
		{Record{Line: 9}, "L9"},
	}
	for _, c := range cases {
		if got := c.rec.Key(); got != c.want {
			t.Errorf("Key(%+v) = %q, want %q", c.rec, got, c.want)
		}
	}
}

func TestSplitRecordsMatchesRecords(t *testing.T) {
	data := readTestPage(t, "dump.jsonl")
	spans := SplitRecords(data)
	if len(spans) != 6 {
		t.Fatalf("%d spans", len(spans))
	}
	var keys []string
	for _, s := range spans {
		keys = append(keys, s.Key)
		line := data[s.Start:s.End]
		doc, err := RecordDocument("d.jsonl#"+s.Key, line)
		if (err == nil) != (s.Problem == "") {
			t.Errorf("%s: problem %q but RecordDocument error %v", s.Key, s.Problem, err)
		}
		if err == nil && doc.Path != "d.jsonl#"+s.Key {
			t.Errorf("path %q", doc.Path)
		}
	}
	if got := strings.Join(keys, " "); got != "ferry-1 L2 L3 42 L6 L7" {
		t.Errorf("keys %s", got)
	}
	if !strings.HasPrefix(spans[5].Problem, "line 7: not a JSON object") {
		t.Errorf("problem %q", spans[5].Problem)
	}
	doc, err := FindRecordDocument("d.jsonl#L3", data, "L3")
	if err != nil || !strings.Contains(doc.Text, "Market stalls") {
		t.Errorf("find L3: %v", err)
	}
	if _, err := FindRecordDocument("d.jsonl#nope", data, "nope"); err == nil {
		t.Error("found a record that is not there")
	}
}

func TestRecordKeysAreUniqueInADump(t *testing.T) {
	// Each key names a document and its sidecar (DUMP#KEY.annotty.json): two
	// records with one key would share, and overwrite, one annotation file.
	dump := strings.Join([]string{
		`{"id":"a","text":"first"}`,
		`{"id":"a","text":"same id again"}`,
		`{"text":"no id"}`,
		`{"id":"L3","text":"an id that spells another line's key"}`,
		`{"id":7,"text":"number id"}`,
		`{"id":"7","text":"the same id as a string"}`,
	}, "\n")
	want := []string{"a", "L2", "L3", "L4", "7", "L6"}
	var got []string
	for rec, err := range Records(strings.NewReader(dump)) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, rec.Key())
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Records keys = %q, want %q", got, want)
	}
	got = got[:0]
	for _, span := range SplitRecords([]byte(dump)) {
		got = append(got, span.Key)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("SplitRecords keys = %q, want %q", got, want)
	}
	doc, err := FindRecordDocument("d.jsonl#L2", []byte(dump), "L2")
	if err != nil || doc.Text != "same id again" {
		t.Errorf("FindRecordDocument(L2) = %v, %v", doc, err)
	}
}
