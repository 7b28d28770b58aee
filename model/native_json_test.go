package model

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// exportTestText is an article whose offsets differ in bytes, UTF-16 and code points.
const exportTestText = "Family 👩‍👩‍👧 day\n\nThe mayor said \"we welcome 👩‍👩‍👧 families\" on Monday.\n北京市长说：“欢迎大家”。\nCafe\u0301 owner Zoë said \"open <late> & early\".\n"

// exportTestSet builds a set with annotations over emoji, CJK and combining marks.
func exportTestSet(t *testing.T) *AnnotationSet {
	t.Helper()
	doc, err := NewDocument("news/mayor.txt", []byte(exportTestText), false)
	if err != nil {
		t.Fatal(err)
	}
	set := NewAnnotationSet(doc, SetOptions{Author: "zoë"})
	span := func(sub string) Span {
		i := strings.Index(exportTestText, sub)
		if i < 0 {
			t.Fatalf("%q missing", sub)
		}
		return Span{i, i + len(sub)}
	}
	add := func(a Annotation) {
		if _, err := set.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	add(Annotation{Label: "quote", Span: span("\"we welcome 👩‍👩‍👧 families\""), Speaker: "the mayor", Note: "line one\nline two"})
	add(Annotation{Label: "speaker", Span: span("👩‍👩‍👧 families")})
	add(Annotation{Label: "claim", Span: span("“欢迎大家”")})
	add(Annotation{Label: "source", Span: span("Cafe\u0301 owner Zoë")})
	zoe := span("Zoë said")
	zoe.End -= len(" said")
	said := span("Zoë said")
	said.Start = zoe.End + 1
	if _, err := set.Accept(Detection{Kind: DetectionQuote, Span: span("\"open <late> & early\""), Speaker: "Zoë",
		SpeakerMention: LinkedSpan{Span: zoe}, Cue: LinkedSpan{Span: said}}, nil); err != nil {
		t.Fatal(err)
	}
	if err := set.Reject(DetectionPromo, span("Family 👩‍👩‍👧 day")); err != nil {
		t.Fatal(err)
	}
	return set
}

// exportJSON encodes a set with one extra unreviewed detection.
func exportJSON(t *testing.T, set *AnnotationSet) []byte {
	t.Helper()
	text := set.Document().Text
	i := strings.Index(text, "on Monday")
	mayor := strings.Index(text, "mayor")
	data, err := NewAnnotationFile(set, []Detection{{Kind: DetectionQuote, Span: Span{i, i + len("on Monday")}, Confidence: 0.5,
		SpeakerMention: LinkedSpan{Span: Span{mayor, mayor + len("mayor")}}}}).MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestExportMatchesSchema(t *testing.T) {
	v := annotationSchema(t)
	data := exportJSON(t, exportTestSet(t))
	if err := v.validate(data); err != nil {
		t.Fatalf("export does not match the schema: %v\n%s", err, data)
	}
	// The validator must be able to fail: break the export in ways the schema forbids.
	breaks := map[string]func(m map[string]any){
		"missing id":          func(m map[string]any) { delete(firstAnnotation(m), "id") },
		"start as string":     func(m map[string]any) { firstAnnotation(m)["start"] = "3" },
		"unknown source":      func(m map[string]any) { firstAnnotation(m)["source"] = "robot" },
		"extra property":      func(m map[string]any) { firstAnnotation(m)["colour"] = "red" },
		"bad time":            func(m map[string]any) { firstAnnotation(m)["created"] = "yesterday" },
		"wrong version":       func(m map[string]any) { m["version"] = 2 },
		"short sha":           func(m map[string]any) { m["document"].(map[string]any)["sha256"] = "abc" },
		"reviewed detection":  func(m map[string]any) { m["detections"].([]any)[0].(map[string]any)["reviewed"] = true },
		"link without text":   func(m map[string]any) { delete(firstLink(t, m, "annotations"), "text") },
		"link extra property": func(m map[string]any) { firstLink(t, m, "detections")["name"] = "x" },
	}
	for name, breakIt := range breaks {
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		breakIt(m)
		broken, _ := json.Marshal(m)
		if err := v.validate(broken); err == nil {
			t.Errorf("%s: validator accepted a broken export", name)
		}
	}
}

// firstAnnotation returns the first annotation object of a decoded export.
func firstAnnotation(m map[string]any) map[string]any {
	return m["annotations"].([]any)[0].(map[string]any)
}

// firstLink returns the speaker_mention of the first record in m[list] that has one.
func firstLink(t *testing.T, m map[string]any, list string) map[string]any {
	for _, r := range m[list].([]any) {
		if l, ok := r.(map[string]any)["speaker_mention"].(map[string]any); ok {
			return l
		}
	}
	t.Fatalf("no %s record with a speaker_mention", list)
	return nil
}

func TestExportOffsetsSliceAsCodePoints(t *testing.T) {
	set := exportTestSet(t)
	data := exportJSON(t, set)
	f, err := DecodeAnnotationFile(data)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(set.Document().Text)
	if f.Document.Length != len(runes) || f.Document.ByteLength != len(exportTestText) {
		t.Errorf("document lengths %d/%d", f.Document.Length, f.Document.ByteLength)
	}
	if f.Document.Title != "Family 👩‍👩‍👧 day" {
		t.Errorf("title = %q", f.Document.Title)
	}
	if len(f.Annotations) != 5 {
		t.Fatalf("%d annotations", len(f.Annotations))
	}
	for _, a := range f.Annotations {
		if got := string(runes[a.Start:a.End]); got != a.Text {
			t.Errorf("%s: runes[%d:%d] = %q, want %q", a.Label, a.Start, a.End, got, a.Text)
		}
		if got := exportTestText[a.ByteStart:a.ByteEnd]; got != a.Text {
			t.Errorf("%s: bytes[%d:%d] = %q", a.Label, a.ByteStart, a.ByteEnd, got)
		}
	}
	checkWithPython(t, data)
}

// checkWithPython slices the text with Python's code-point semantics when python3 exists.
func checkWithPython(t *testing.T, export []byte) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found; the []rune check above stands in for it")
		return
	}
	dir := t.TempDir()
	textPath, exportPath := filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.json")
	_ = os.WriteFile(textPath, []byte(exportTestText), 0o644)
	_ = os.WriteFile(exportPath, export, 0o644)
	script := `import json,sys
text=open(sys.argv[1],encoding="utf-8",newline="").read()
data=json.load(open(sys.argv[2],encoding="utf-8"))
bad=[a["id"] for a in data["annotations"]+data["detections"] if text[a["start"]:a["end"]]!=a["text"]]
assert len(text)==data["document"]["length"], "length"
print(len(data["annotations"]), bad)`
	out, err := exec.Command(python, "-c", script, textPath, exportPath).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "5 []" {
		t.Errorf("python check: %v: %s", err, out)
	}
}

func TestImportRoundTrip(t *testing.T) {
	set := exportTestSet(t)
	data := exportJSON(t, set)
	back, report, err := ImportAnnotations(data, set.Document(), SetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if report.TextChanged || report.Exact != 5 || report.Orphaned != 0 {
		t.Errorf("report = %+v", report)
	}
	if !reflect.DeepEqual(back.All(), set.All()) {
		t.Errorf("round trip changed annotations:\n got %+v\nwant %+v", back.All(), set.All())
	}
	if !reflect.DeepEqual(back.Rejections(), set.Rejections()) {
		t.Errorf("round trip changed rejections: %+v", back.Rejections())
	}
	if back.CanUndo() {
		t.Errorf("a restored set must start with an empty history")
	}
	again := exportJSON(t, back)
	if !bytes.Equal(again, data) {
		t.Errorf("re-export differs")
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	set := exportTestSet(t)
	f := NewAnnotationFile(set, []Detection{{Kind: DetectionPromo, Span: Span{0, 6}, PromoKind: PromoCallToAction, Confidence: 1}})
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, f); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines, want 5 annotations + 1 detection", len(lines))
	}
	for _, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		doc, _ := m["document"].(map[string]any)
		if doc["sha256"] != f.Document.SHA256 || doc["path"] != "news/mayor.txt" {
			t.Errorf("line not self-contained: %s", line)
		}
	}
	back, _, err := ImportAnnotations(buf.Bytes(), set.Document(), SetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.All(), set.All()) {
		t.Errorf("jsonl round trip changed annotations")
	}
}

func TestDecodeAnnotationFileErrors(t *testing.T) {
	good := exportJSON(t, exportTestSet(t))
	tests := map[string]string{
		"not json":      "hello",
		"wrong schema":  strings.Replace(string(good), FileSchema, "other/thing", 1),
		"newer version": strings.Replace(string(good), `"version": 1`, `"version": 7`, 1),
		"bytes offsets": strings.Replace(string(good), OffsetUnit, "bytes", 1),
		"bad source":    strings.Replace(string(good), `"source": "manual"`, `"source": "magic"`, 1),
		"bad time":      strings.Replace(string(good), `"created": "`, `"created": "x`, 1),
		"trailing data": string(good) + "{}",
	}
	for name, data := range tests {
		if _, err := DecodeAnnotationFile([]byte(data)); err == nil {
			t.Errorf("%s: accepted", name)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: multi-line error %q", name, err)
		}
	}
}

func TestRestoreReanchorsChangedText(t *testing.T) {
	set := exportTestSet(t)
	data := exportJSON(t, set)
	edited := "BREAKING\n" + strings.Replace(strings.Replace(exportTestText, "“欢迎大家”", "", 1), "Cafe\u0301 owner", "Café owner", 1)
	doc, err := NewDocument("news/mayor.txt", []byte(edited), false)
	if err != nil {
		t.Fatal(err)
	}
	back, report, err := ImportAnnotations(data, doc, SetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Every surviving tag had its passage or its context edited: all wait for
	// confirmation, each keeping its stored anchor.
	if !report.TextChanged || report.Moved != 0 || report.Fuzzy != 4 || report.Orphaned != 1 {
		t.Fatalf("report = %+v", report)
	}
	claims := back.ByLabel("claim")
	if len(claims) != 1 || !claims[0].Orphan || claims[0].Text != "“欢迎大家”" {
		t.Errorf("deleted claim should be kept as an orphan with its text: %+v", claims)
	}
	for _, a := range back.All() {
		orig, _ := set.Get(a.ID)
		if a.Text != orig.Text || a.Prefix != orig.Prefix || a.Suffix != orig.Suffix {
			t.Errorf("%s: stored anchor rewritten before confirmation", a.Label)
		}
		if a.Orphan {
			continue
		}
		want := strings.Replace(a.Text, "Cafe\u0301", "Café", 1)
		if !a.Reanchored || doc.Text[a.Span.Start:a.Span.End] != want {
			t.Errorf("%s not at its span: %q", a.Label, doc.Text[a.Span.Start:a.Span.End])
		}
		for _, role := range LinkRoles {
			if l := a.Link(role); !l.IsZero() && doc.Text[l.Span.Start:l.Span.End] != l.Text {
				t.Errorf("%s link of %s not at its span: %+v", role, a.Label, l)
			}
		}
	}
	if q := back.ByLabel("quote"); len(q) != 2 || q[1].SpeakerMention.Text != "Zoë" || q[1].Cue.Text != "said" {
		t.Errorf("links lost when the text changed: %+v", q)
	}
	if len(back.Rejections()) != 1 || !back.IsRejected(DetectionPromo, back.Rejections()[0].Span) {
		t.Errorf("rejection not re-anchored: %+v", back.Rejections())
	}
	// The orphan survives another save and load.
	again, report2, err := ImportAnnotations(exportJSON(t, back), doc, SetOptions{})
	if err != nil || report2.Orphaned != 1 || again.Len() != 5 {
		t.Errorf("orphan lost on second round trip: %v %+v", err, report2)
	}
}

func TestOrphanCanBePlacedAgainAndExportsWithoutPosition(t *testing.T) {
	set := exportTestSet(t)
	doc, _ := NewDocument("news/mayor.txt", []byte(strings.Replace(exportTestText, "“欢迎大家”", "", 1)), false)
	back, _, err := ImportAnnotations(exportJSON(t, set), doc, SetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	orphan := back.Orphans()[0]
	page := NewW3CPage(NewAnnotationFile(back, nil))
	last := page.Items[len(page.Items)-1]
	if last.ID != "urn:annotty:annotation:"+orphan.ID || len(last.Target.Selector) != 1 {
		t.Errorf("orphan in w3c: %+v", last)
	}
	rec := NewAnnotationFile(back, nil).Annotations[4]
	if !rec.Orphan || rec.Start != 0 || rec.End != 0 || rec.Text != "“欢迎大家”" {
		t.Errorf("orphan record: %+v", rec)
	}
	i := strings.Index(doc.Text, "北京")
	if err := back.Update(orphan.ID, func(a *Annotation) { a.Label = "claim-x" }); err != nil {
		t.Fatal(err)
	}
	if a, _ := back.Get(orphan.ID); !a.Orphan || a.Text != "“欢迎大家”" {
		t.Errorf("relabelling an orphan must keep it an orphan with its text: %+v", a)
	}
	if err := back.Update(orphan.ID, func(a *Annotation) { a.Span = Span{i, i + len("北京")} }); err != nil {
		t.Fatal(err)
	}
	if a, _ := back.Get(orphan.ID); a.Orphan || a.Text != "北京" {
		t.Errorf("placing an orphan: %+v", a)
	}
}

func TestImportJSONLErrorsNameTheLine(t *testing.T) {
	set := exportTestSet(t)
	var buf bytes.Buffer
	_ = WriteJSONL(&buf, NewAnnotationFile(set, nil))
	broken := buf.String() + "{not json}\n"
	_, _, err := ImportAnnotations([]byte(broken), set.Document(), SetOptions{})
	if err == nil || !strings.Contains(err.Error(), "line 6") {
		t.Errorf("err = %v, want it to name line 6", err)
	}
}
