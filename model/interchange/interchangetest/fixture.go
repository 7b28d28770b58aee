// Package interchangetest holds the test article and the round-trip check
// every interchange format's tests share.
package interchangetest

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
)

// Text is an article whose offsets differ in bytes, UTF-16 units and code
// points: emoji (a ZWJ family), CJK, a combining acute, a quote over two lines.
const Text = "Family 👩‍👩‍👧 day\n\n" +
	"\"We welcome 👩‍👩‍👧 families,\" Mayor Zoë Park told reporters on Monday.\n" +
	"北京市长说：“欢迎大家”。\n" +
	"Cafe\u0301 owner Ann Lee said \"open late\n and early\".\n"

// Document returns Text as a document.
func Document(t testing.TB) *model.Document {
	t.Helper()
	doc, err := model.NewDocument("news/mayor.txt", []byte(Text), false)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// span returns the byte span of the first occurrence of sub.
func span(t testing.TB, sub string) model.Span {
	t.Helper()
	i := strings.Index(Text, sub)
	if i < 0 {
		t.Fatalf("%q not in the test text", sub)
	}
	return model.Span{Start: i, End: i + len(sub)}
}

// Set returns annotations over doc: a quote with speaker mention and cue and
// a two-line note, a nested speaker span, a CJK claim, a source over a
// combining mark, and an accepted multi-line quote whose speaker has no mention.
func Set(t testing.TB, doc *model.Document) *model.AnnotationSet {
	t.Helper()
	set := model.NewAnnotationSet(doc, model.SetOptions{Author: "zoë",
		Now: func() time.Time { return time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC) }})
	add := func(a model.Annotation) {
		if _, err := set.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	add(model.Annotation{Label: "quote", Span: span(t, "\"We welcome 👩‍👩‍👧 families,\""), Speaker: "Zoë Park",
		Note: "line one\nline two \\ with a backslash", Source: model.SourceAuto,
		SpeakerMention: model.LinkedSpan{Span: span(t, "Mayor Zoë Park")}, Cue: model.LinkedSpan{Span: span(t, "told reporters")}})
	add(model.Annotation{Label: "speaker", Span: span(t, "Zoë Park")})
	add(model.Annotation{Label: "claim", Span: span(t, "“欢迎大家”")})
	add(model.Annotation{Label: "fact-check", Span: span(t, "Cafe\u0301 owner")})
	add(model.Annotation{Label: "quote", Span: span(t, "\"open late\n and early\""), Speaker: "Ann Lee"})
	return set
}

// Detections returns one unreviewed quote detection with its links.
func Detections(t testing.TB) []model.Detection {
	return []model.Detection{{Kind: model.DetectionQuote, Span: span(t, "欢迎大家"), Speaker: "北京市长", Confidence: 0.5,
		SpeakerMention: model.LinkedSpan{Span: span(t, "北京市长")}, Cue: model.LinkedSpan{Span: span(t, "说")}}}
}

// Carries says which annotation fields a format keeps.
type Carries struct {
	Note, Speaker, Links, IDs bool
}

// Summary is what a round trip must preserve of one annotation.
type Summary struct {
	ID, Label, Text, Note, Speaker string
	Span, Mention, Cue             model.Span
}

// Summarize lists what c carries of set's placed annotations, in order.
func Summarize(set *model.AnnotationSet, c Carries) []Summary {
	var out []Summary
	for _, a := range set.All() {
		if a.Orphan {
			continue
		}
		s := Summary{Label: a.Label, Text: a.Text, Span: a.Span}
		if c.IDs {
			s.ID = a.ID
		}
		if c.Note {
			s.Note = a.Note
		}
		if c.Speaker {
			s.Speaker = a.Speaker
		}
		if c.Links {
			s.Mention, s.Cue = a.SpeakerMention.Span, a.Cue.Span
		}
		out = append(out, s)
	}
	return out
}

// RoundTrip exports set through encode, imports the result with decode over
// the same document and checks that what the format carries came back.
func RoundTrip(t *testing.T, set *model.AnnotationSet, c Carries,
	encode func(*model.AnnotationFile, string) []byte,
	decode func([]byte, string) (interchange.Graph, []string, error)) {
	t.Helper()
	doc := set.Document()
	data := encode(model.NewAnnotationFile(set, nil), doc.Text)
	g, notes, err := decode(data, doc.Text)
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, data)
	}
	f, more := interchange.ToFile(g, doc, interchange.ImportOptions{Author: "x"})
	notes = append(notes, more...)
	if len(notes) > 0 {
		t.Errorf("round trip reported: %v", notes)
	}
	back, report := f.Restore(doc, model.SetOptions{Author: "x"})
	if report.Orphaned > 0 || report.Fuzzy > 0 {
		t.Errorf("round trip re-anchored: %+v", report)
	}
	got, want := Summarize(back, c), Summarize(set, c)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("import(export(x)) != x\n got %s\nwant %s\nexport:\n%s", show(got), show(want), data)
	}
}

// show prints summaries one per line.
func show(s []Summary) string {
	var b strings.Builder
	for _, x := range s {
		fmt.Fprintf(&b, "\n  %+v", x)
	}
	return b.String()
}

// CheckImport is the property every importer's fuzz test checks on a decoded
// graph: its entities lie inside doc's text, and turning it into a native file
// gives one that decodes and restores without error.
func CheckImport(t *testing.T, g interchange.Graph, doc *model.Document) {
	t.Helper()
	runes := len([]rune(g.Text))
	file, _ := interchange.ToFile(g, doc, interchange.ImportOptions{Author: "f"})
	for _, a := range file.Annotations {
		if a.Start < 0 || a.End > runes || a.Start >= a.End {
			t.Fatalf("annotation outside the text: %+v", a)
		}
	}
	data, err := file.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := model.DecodeAnnotationFile(data); err != nil {
		t.Fatalf("import produced an invalid native file: %v", err)
	}
	file.Restore(doc, model.SetOptions{Author: "f"})
}
