package labelstudio

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
	"github.com/annotty/annotty/model/interchange/interchangetest"
)

func TestRoundTrip(t *testing.T) {
	doc := interchangetest.Document(t)
	interchangetest.RoundTrip(t, interchangetest.Set(t, doc),
		interchangetest.Carries{Note: true, Speaker: true, Links: true, IDs: true}, Encode, Decode)
}

func TestEncodeTaskShape(t *testing.T) {
	doc := interchangetest.Document(t)
	data := Encode(model.NewAnnotationFile(interchangetest.Set(t, doc), interchangetest.Detections(t)), doc.Text)
	var tasks []struct {
		Data        map[string]string
		Annotations []struct{ Result []map[string]any }
		Predictions []struct {
			ModelVersion string `json:"model_version"`
			Score        float64
			Result       []map[string]any
		}
	}
	if err := json.Unmarshal(data, &tasks); err != nil {
		t.Fatal(err)
	}
	if len(tasks) != 1 || tasks[0].Data["text"] != doc.Text || len(tasks[0].Annotations) != 1 || len(tasks[0].Predictions) != 1 {
		t.Fatalf("task shape: %s", data)
	}
	runes := []rune(doc.Text)
	count := map[string]int{}
	for _, r := range append(tasks[0].Annotations[0].Result, tasks[0].Predictions[0].Result...) {
		count[r["type"].(string)]++
		if r["type"] != "labels" {
			continue
		}
		v := r["value"].(map[string]any)
		start, end := int(v["start"].(float64)), int(v["end"].(float64))
		if string(runes[start:end]) != v["text"] {
			t.Errorf("region %v: text is not the code points [%d,%d)", r["id"], start, end)
		}
	}
	// 5 annotations + 2 links + 1 detection + 2 links; 4 relations; 3 speakers.
	if count["labels"] != 10 || count["relation"] != 4 || count["textarea"] != 3 {
		t.Errorf("result counts %v", count)
	}
	if p := tasks[0].Predictions[0]; p.ModelVersion != ModelVersion || p.Score != 0.5 {
		t.Errorf("prediction header %+v", p)
	}
	first := tasks[0].Annotations[0].Result[0]
	if first["meta"].(map[string]any)["text"].([]any)[0] != "line one\nline two \\ with a backslash" {
		t.Errorf("note as region meta: %v", first)
	}
}

func TestDecodeLabelStudioTemplateExample(t *testing.T) {
	data, err := os.ReadFile("testdata/relation-extraction-template.json")
	if err != nil {
		t.Fatal(err)
	}
	var task Task
	_ = json.Unmarshal(data, &task)
	g, notes, err := Decode(data, task.Data.Text)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entities) != 4 || len(g.Relations) != 0 || len(notes) != 3 {
		t.Fatalf("%d entities, %d relations, notes %q", len(g.Entities), len(g.Relations), notes)
	}
	for _, want := range []string{"org:founded_by", "[]", "org:founded"} {
		if !strings.Contains(strings.Join(notes, "|"), want) {
			t.Errorf("relation %s not reported: %q", want, notes)
		}
	}
	if e := g.Entities[1]; e.Label != "Person" || e.Text != "Bill Gates" || e.Start != 25 || e.End != 35 {
		t.Errorf("entity %+v", e)
	}
}

func TestDecodeExportWithLinksSpeakersAndCancelledAnnotations(t *testing.T) {
	data, err := os.ReadFile("testdata/quotes-export.json")
	if err != nil {
		t.Fatal(err)
	}
	text := "👩‍👩‍👧 \"Go now,\" Zoë said. 北京"
	doc, _ := model.NewDocument("t.txt", []byte(text), false)
	g, notes, err := Decode(data, text)
	if err != nil {
		t.Fatal(err)
	}
	f, more := interchange.ToFile(g, doc, interchange.ImportOptions{Author: "t"})
	notes = append(notes, more...)
	set, report := f.Restore(doc, model.SetOptions{Author: "t"})
	if set.Len() != 2 || report.Exact != 2 {
		t.Fatalf("%d annotations, %+v; notes %q", set.Len(), report, notes)
	}
	q := set.ByLabel("quote")[0]
	if q.Text != `"Go now,"` || q.Note != "check the tape" || q.Speaker != "Zoë" || q.SpeakerMention.Text != "Zoë" || q.Cue.Text != "said" {
		t.Errorf("quote %+v", q)
	}
	for _, want := range []string{"1 other tasks skipped", "annotation 1 was cancelled", "annotation 3 skipped", `choices result "sentiment" not kept`, "1 predicted"} {
		if !strings.Contains(strings.Join(notes, "|"), want) {
			t.Errorf("not reported: %q in %q", want, notes)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	for name, data := range map[string]string{
		"not json":       "hello",
		"no tasks":       "[]",
		"no text":        `{"data":{}}`,
		"other articles": `[{"data":{"text":"a"}},{"data":{"text":"b"}}]`,
		"wrong types":    `{"data":{"text":"a"},"annotations":[{"result":[{"type":"labels","value":{"start":"x"}}]}]}`,
	} {
		if _, _, err := Decode([]byte(data), "zzz"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestLabelConfigDeclaresEveryExportedName(t *testing.T) {
	cfg := LabelConfig([]string{"quote", "fact-check", `a"b`})
	for _, want := range []string{`<Relation value="speaker"/>`, `<Relation value="cue"/>`, `<Label value="speaker-mention"/>`,
		`<Label value="cue"/>`, `<Label value="fact-check"/>`, `<Label value="a&quot;b"/>`, `<Labels name="label" toName="text">`,
		`<Text name="text" value="$text"/>`, `<TextArea name="speaker" toName="text" perRegion="true"`} {
		if !strings.Contains(cfg, want) {
			t.Errorf("config lacks %s:\n%s", want, cfg)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"relation-extraction-template.json", "quotes-export.json"} {
		data, _ := os.ReadFile("testdata/" + name)
		f.Add(data)
	}
	doc := interchangetest.Document(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if g, _, err := Decode(data, doc.Text); err == nil {
			interchangetest.CheckImport(t, g, doc)
		}
	})
}

func TestDecodeOldUTF16OffsetsAreReanchoredByText(t *testing.T) {
	// Label Studio before its emoji fix counted UTF-16 units: after 👩‍👩‍👧 (5 code
	// points, 8 units) "Zoë" sits at 9..12 in UTF-16 but 6..9 in code points.
	text := "👩‍👩‍👧 Zoë said so."
	data := `{"data":{"text":"` + text + `"},"annotations":[{"result":[{"id":"r1","from_name":"label","to_name":"text","type":"labels",
		"value":{"start":9,"end":12,"text":"Zoë","labels":["speaker"]}}]}]}`
	doc, _ := model.NewDocument("t.txt", []byte(text), false)
	g, _, err := Decode([]byte(data), text)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := interchange.ToFile(g, doc, interchange.ImportOptions{Author: "t"})
	set, report := f.Restore(doc, model.SetOptions{Author: "t"})
	if a := set.All(); len(a) != 1 || a[0].Text != "Zoë" || report.Exact != 0 || report.Moved+report.Fuzzy != 1 {
		t.Errorf("annotations %+v, report %+v", a, report)
	}
}

func TestDecodeNotesComeInTheFilesOrder(t *testing.T) {
	// The notes go to the user's terminal: the same file must give the same
	// report every time (speakers were read from a map).
	data := `{"data":{"text":"ab"},"annotations":[{"result":[
		{"id":"s1","from_name":"speaker","to_name":"text","type":"textarea","value":{"text":["One"]}},
		{"id":"s2","from_name":"speaker","to_name":"text","type":"textarea","value":{"text":["Two"]}},
		{"id":"s3","from_name":"speaker","to_name":"text","type":"textarea","value":{"text":["Three"]}}]}]}`
	_, first, err := Decode([]byte(data), "ab")
	if err != nil || len(first) != 3 {
		t.Fatalf("Decode = %q, %v", first, err)
	}
	if !strings.Contains(first[0], "One") || !strings.Contains(first[2], "Three") {
		t.Errorf("notes not in the file's order: %q", first)
	}
	for range 20 {
		if _, again, _ := Decode([]byte(data), "ab"); strings.Join(again, "\n") != strings.Join(first, "\n") {
			t.Fatalf("notes changed order between runs:\n%q\n%q", first, again)
		}
	}
}
