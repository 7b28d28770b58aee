package doccano

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
	"github.com/annotty/annotty/model/interchange/interchangetest"
)

// encodeLine is Encode without the skipped count.
func encodeLine(f *model.AnnotationFile, text string) []byte { line, _ := Encode(f, text); return line }

func TestRoundTrip(t *testing.T) {
	doc := interchangetest.Document(t)
	interchangetest.RoundTrip(t, interchangetest.Set(t, doc),
		interchangetest.Carries{Note: true, Speaker: true, Links: true}, encodeLine, Decode)
}

func TestEncodeOffsetsAreCodePoints(t *testing.T) {
	doc := interchangetest.Document(t)
	line, skipped := Encode(model.NewAnnotationFile(interchangetest.Set(t, doc), interchangetest.Detections(t)), doc.Text)
	if skipped != 3 || strings.Count(string(line), "\n") != 1 {
		t.Errorf("skipped %d (want the detection and its 2 links), %q", skipped, line)
	}
	var ex Example
	if err := json.Unmarshal(line, &ex); err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc.Text)
	got := map[string]bool{}
	for _, e := range ex.Entities {
		got[e.Label+":"+string(runes[e.StartOffset:e.EndOffset])] = true
	}
	for _, want := range []string{`quote:"We welcome 👩‍👩‍👧 families,"`, "speaker-mention:Mayor Zoë Park", "cue:told reporters", "claim:“欢迎大家”", "fact-check:Cafe\u0301 owner"} {
		if !got[want] {
			t.Errorf("no entity %s in %v", want, got)
		}
	}
	if len(ex.Relations) != 2 || ex.Relations[0].Type != "speaker" || ex.Relations[1].Type != "cue" || ex.Notes["0"] == "" || ex.Speakers["0"] != "Zoë Park" {
		t.Errorf("relations %+v notes %v speakers %v", ex.Relations, ex.Notes, ex.Speakers)
	}
}

func TestDecodeDoccanoExamples(t *testing.T) {
	google := "Google was founded on September 4, 1998, by Larry Page and Sergey Brin."
	tests := []struct {
		file, text string
		entities   int
		notes      []string
	}{
		{"relation_extraction.jsonl", google, 4, []string{"(foundedAt) not kept", "(foundedBy) not kept", "(foundedBy) not kept"}},
		{"relation_extraction_export.json", google, 4, []string{"(foundedAt) not kept", "(foundedBy) not kept", "(foundedBy) not kept"}},
		{"sequence_labeling.jsonl", "Peter Blackburn", 1, []string{"2 other examples skipped"}},
		{"sequence_labeling.jsonl", "EU rejects German call to boycott British lamb.", 2, []string{"2 other examples skipped"}},
	}
	for _, tt := range tests {
		data, err := os.ReadFile("testdata/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		g, notes, err := Decode(data, tt.text)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		doc, _ := model.NewDocument("t.txt", []byte(tt.text), false)
		f, more := interchange.ToFile(g, doc, interchange.ImportOptions{Author: "t"})
		set, report := f.Restore(doc, model.SetOptions{Author: "t"})
		if len(more) > 0 || set.Len() != tt.entities || report.Exact != tt.entities {
			t.Errorf("%s: %d annotations, %+v, %q", tt.file, set.Len(), report, more)
		}
		if len(notes) != len(tt.notes) {
			t.Errorf("%s: notes %q", tt.file, notes)
			continue
		}
		for i, want := range tt.notes {
			if !strings.Contains(notes[i], want) {
				t.Errorf("%s: note %q, want ~%q", tt.file, notes[i], want)
			}
		}
		if tt.entities == 4 {
			if a := set.All()[2]; a.Label != "PERSON" || a.Text != "Larry Page" {
				t.Errorf("third entity %+v", a)
			}
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	for name, data := range map[string]string{
		"not json":      "{\"text\": 1}\nhello",
		"empty":         "\n\n",
		"other texts":   "{\"text\":\"a\"}\n{\"text\":\"b\"}",
		"bad line":      "{\"text\":\"a\"}\n{\"text\":",
		"wrong offsets": `{"text":"a","entities":[{"id":1,"start_offset":"x"}]}`,
	} {
		if _, _, err := Decode([]byte(data), "zzz"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	g, notes, err := Decode([]byte(`{"text":"ab","label":[[0,1,"X"],[0,"y"]],"relations":[{"from_id":1,"to_id":9,"type":"cue"}]}`), "ab")
	if err != nil || len(g.Entities) != 1 || len(notes) != 2 {
		t.Errorf("bad label and relation must be reported: %v %q", err, notes)
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"relation_extraction.jsonl", "sequence_labeling.jsonl"} {
		data, _ := os.ReadFile("testdata/" + name)
		f.Add(data)
	}
	doc := interchangetest.Document(f)
	f.Add(encodeLine(model.NewAnnotationFile(interchangetest.Set(f, doc), nil), doc.Text))
	f.Fuzz(func(t *testing.T, data []byte) {
		if g, _, err := Decode(data, doc.Text); err == nil {
			interchangetest.CheckImport(t, g, doc)
		}
	})
}

func TestDecodeReportsDocumentComments(t *testing.T) {
	// doccano's export carries the example's comments ("Comments", as
	// strings or as objects with "text"); annotty notes belong to a passage,
	// so each comment must be listed as not kept, never dropped silently.
	data := `{"id":6,"text":"ab","Comments":["check the date 😀",{"id":3,"text":"second","user":1}],"entities":[{"id":1,"label":"X","start_offset":0,"end_offset":1}],"relations":[]}`
	g, notes, err := Decode([]byte(data), "ab")
	if err != nil || len(g.Entities) != 1 {
		t.Fatalf("Decode = %v, %d entities", err, len(g.Entities))
	}
	joined := strings.Join(notes, "\n")
	for _, comment := range []string{"check the date 😀", "second"} {
		if !strings.Contains(joined, comment) {
			t.Errorf("comment %q not reported in %q", comment, notes)
		}
	}
	if _, notes, _ := Decode([]byte(`{"text":"ab","Comments":[]}`), "ab"); len(notes) != 0 {
		t.Errorf("no comments, yet notes %q", notes)
	}
}
