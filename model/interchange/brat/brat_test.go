package brat

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
	"github.com/annotty/annotty/model/interchange/interchangetest"
)

// encodeAnn is Encode's .ann file.
func encodeAnn(f *model.AnnotationFile, text string) []byte { return Encode(f, text, nil).Ann }

func TestRoundTrip(t *testing.T) {
	doc := interchangetest.Document(t)
	interchangetest.RoundTrip(t, interchangetest.Set(t, doc),
		interchangetest.Carries{Note: true, Speaker: true, Links: true}, encodeAnn, Decode)
}

func TestEncodeUsesCodePointsAndSplitsLineBreaks(t *testing.T) {
	doc := interchangetest.Document(t)
	f := model.NewAnnotationFile(interchangetest.Set(t, doc), interchangetest.Detections(t))
	out := Encode(f, doc.Text, []string{"opinion", "my label"})
	runes := []rune(doc.Text)
	lines := strings.Split(strings.TrimSuffix(string(out.Ann), "\n"), "\n")
	var tLines, rLines, notes, attrs int
	for _, line := range lines {
		cols := strings.Split(line, "\t")
		switch line[0] {
		case 'T':
			tLines++
			typ, spans, _ := strings.Cut(cols[1], " ")
			var parts []string
			for _, s := range strings.Split(spans, ";") {
				var a, b int
				if _, err := fmt.Sscan(s, &a, &b); err != nil {
					t.Fatalf("%q: %v", line, err)
				}
				parts = append(parts, string(runes[a:b]))
			}
			if strings.Join(parts, " ") != cols[2] {
				t.Errorf("%s %s: text %q is not the code points at its offsets (%q)", cols[0], typ, cols[2], parts)
			}
		case 'R':
			rLines++
		case '#':
			notes++
		case 'A':
			attrs++
		}
	}
	// 5 annotations + 2 links, 1 detection + 2 links; 4 relations; 2 notes
	// (the first quote's note and speaker, the second quote's speaker) + the detection's speaker.
	if tLines != 10 || rLines != 4 || notes != 3 || attrs != 3 {
		t.Errorf("T=%d R=%d #=%d A=%d\n%s", tLines, rLines, notes, attrs, out.Ann)
	}
	if !strings.Contains(string(out.Ann), "\tquote 127 137;138 149\t\"open late  and early\"\n") {
		t.Errorf("the two-line quote must be two fragments:\n%s", out.Ann)
	}
	if !strings.Contains(string(out.Ann), `AnnotatorNotes T1	speaker: Zoë Park\nline one\nline two \\ with a backslash`) {
		t.Errorf("note line:\n%s", out.Ann)
	}
	if string(out.Text) != doc.Text {
		t.Errorf(".txt differs from the article")
	}
	for _, want := range []string{"[entities]\n", "\nfact-check\n", "\nopinion\n", "\nmy_label\n", "\nquote\n", "\nspeaker-mention\n", "\ncue\n",
		"Speaker\tArg1:<ENTITY>, Arg2:speaker-mention\n", "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n", "Unreviewed\tArg:<ENTITY>\n"} {
		if !strings.Contains(string(out.Conf), want) {
			t.Errorf("annotation.conf lacks %q:\n%s", want, out.Conf)
		}
	}
}

// fixture reads a brat tutorial document (testdata/README.md says where they come from).
func fixture(t *testing.T, name string) ([]byte, string) {
	t.Helper()
	ann, err := os.ReadFile("testdata/" + name + ".ann")
	if err != nil {
		t.Fatal(err)
	}
	txt, err := os.ReadFile("testdata/" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return ann, string(txt)
}

func TestDecodeBratTutorialDocuments(t *testing.T) {
	tests := []struct {
		name                     string
		entities, relations, nts int
		notes                    []string // each reported line must contain one of these, in order
	}{
		{"060-relation_annotation", 10, 0, 0, []string{"equivalence Alias T3 T4 T5 not kept", "relation Located not kept"}},
		{"100-attribute_annotation", 26, 0, 0, []string{"E1: event", "E2: event", "E3: event", "E4: event", "E5: event",
			"attribute Confidence E1 Neutral", "attribute Confidence E2 Low", "attribute Confidence E3 Neutral", "attribute Individual T1",
			"E6: event", "E7: event", "E8: event", "E9: event", "E10: event", "attribute Confidence E5 High", "attribute Confidence E4 Neutral"}},
		{"110-note_annotation", 14, 0, 1, []string{"E1: event", "note on E1 not kept", "relation Family not kept", "note on R1 not kept", "E2: event", "relation Family not kept"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ann, text := fixture(t, tt.name)
			g, notes, err := Decode(ann, text)
			if err != nil {
				t.Fatal(err)
			}
			withNotes := 0
			runes := []rune(text)
			for _, e := range g.Entities {
				if string(runes[e.Start:e.End]) != e.Text {
					t.Errorf("%s: text %q not at [%d,%d)", e.ID, e.Text, e.Start, e.End)
				}
				if e.Note != "" {
					withNotes++
				}
			}
			if len(g.Entities) != tt.entities || len(g.Relations) != tt.relations || withNotes != tt.nts {
				t.Errorf("%d entities, %d relations, %d notes", len(g.Entities), len(g.Relations), withNotes)
			}
			if len(notes) != len(tt.notes) {
				t.Fatalf("reported %d lines, want %d: %q", len(notes), len(tt.notes), notes)
			}
			for i, want := range tt.notes {
				if !strings.Contains(notes[i], want) {
					t.Errorf("report %d = %q, want ~%q", i, notes[i], want)
				}
			}
			// Everything kept survives into annotty and back out again.
			doc, _ := model.NewDocument(tt.name+".txt", []byte(text), false)
			f, _ := interchange.ToFile(g, doc, interchange.ImportOptions{Author: "t"})
			set, report := f.Restore(doc, model.SetOptions{Author: "t"})
			if set.Len() != tt.entities || report.Exact != tt.entities {
				t.Errorf("restored %d, report %+v", set.Len(), report)
			}
		})
	}
	ann, text := fixture(t, "110-note_annotation")
	g, _, _ := Decode(ann, text)
	if e := g.Entities[0]; e.Label != "GPE" || e.Text != "Discworld" || e.Note != "Should fictional places be annotated?" {
		t.Errorf("T1 with its note: %+v", e)
	}
}

func TestDecodeProblems(t *testing.T) {
	text := "Ann said hi.\nBob 北京"
	tests := []struct {
		name, ann string
		entities  int
		note      string
	}{
		{"span outside the text", "T1\tX 0 99\tAnn", 0, "bad span"},
		{"bad number", "T1\tX a 3\tAnn", 0, "bad span"},
		{"text between fragments", "T1\tX 0 3;9 11\tAnn hi", 0, "discontinuous"},
		{"no tab", "T1 X 0 3 Ann\nT2\tX 0 3\tAnn", 1, "line 1: not a standoff line"},
		{"duplicate", "T1\tX 0 3\tAnn\nT1\tY 0 3\tAnn", 1, "defined twice"},
		{"relation to nothing", "T1\tquote 0 3\tAnn\nR1\tSpeaker Arg1:T1 Arg2:T9\t", 1, "to unknown T9"},
		{"relation syntax", "T1\tquote 0 3\tAnn\nR1\tSpeaker T1 T2", 1, "needs TYPE Arg1"},
		{"other text", "T1\tX 0 3\tBob", 1, ""},
		{"CJK offsets", "T1\tX 17 19\t北京", 1, ""},
	}
	for _, tt := range tests {
		g, notes, err := Decode([]byte(tt.ann), text)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if len(g.Entities) != tt.entities || (tt.note == "") != (len(notes) == 0) || (tt.note != "" && !strings.Contains(strings.Join(notes, "|"), tt.note)) {
			t.Errorf("%s: %d entities, notes %q", tt.name, len(g.Entities), notes)
		}
	}
	if _, _, err := Decode([]byte("hello world\nthis is not brat"), text); err == nil {
		t.Errorf("a file without a standoff line must be refused")
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"060-relation_annotation", "110-note_annotation"} {
		ann, _ := os.ReadFile("testdata/" + name + ".ann")
		f.Add(ann)
	}
	f.Add([]byte("T1\tquote 0 3;4 6\tAnn hi\nR1\tSpeaker Arg1:T1 Arg2:T1\t\n#1\tAnnotatorNotes T1\tspeaker: \\"))
	doc := interchangetest.Document(f)
	f.Fuzz(func(t *testing.T, ann []byte) {
		if g, _, err := Decode(ann, doc.Text); err == nil {
			interchangetest.CheckImport(t, g, doc)
		}
	})
}
