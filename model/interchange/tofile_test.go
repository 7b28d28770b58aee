package interchange

import (
	"strings"
	"testing"
	"time"

	"github.com/annotty/annotty/model"
)

func TestToFileFoldsLinksAndReportsWhatItCannotKeep(t *testing.T) {
	text := "\"Go,\" Ann Lee said. 北京 👩‍👩‍👧"
	doc, _ := model.NewDocument("t.txt", []byte(text), false)
	g := Graph{Text: text, Entities: []Entity{
		{ID: "a-0123456789abcdef", Label: "quote", Start: 0, End: 5, Note: "n", Speaker: "Ann Lee"},
		{ID: "m", Label: SpeakerMentionLabel, Start: 6, End: 13},
		{ID: "p", Label: "person", Start: 6, End: 9}, // a cue relation to a non-cue span: kept as its own annotation too
		{ID: "c", Label: CueLabel, Start: 14, End: 18},
		{ID: "c2", Label: CueLabel, Start: 14, End: 18},
		{ID: "bad", Label: "x", Start: 3, End: 99},
		{ID: "nolabel", Start: 0, End: 1},
		{ID: "pred", Label: "quote", Start: 20, End: 22, Predicted: true},
		{ID: "a-0123456789abcdef", Label: "claim", Start: 20, End: 22}, // duplicate id: a new one
	}, Relations: []Relation{
		{Role: model.LinkSpeaker, From: "a-0123456789abcdef", To: "m"},
		{Role: model.LinkCue, From: "a-0123456789abcdef", To: "c"},
		{Role: model.LinkCue, From: "a-0123456789abcdef", To: "c2"},
		{Role: model.LinkCue, From: "p", To: "bad"},
	}}
	ids := 0
	f, notes := ToFile(g, doc, ImportOptions{Author: "t", Now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		NewID: func() string { ids++; return "a-000000000000000" + string(rune('0'+ids)) }})
	got := map[string]model.AnnotationRecord{}
	for _, a := range f.Annotations {
		got[a.Label] = a
	}
	if len(f.Annotations) != 4 { // quote, person, claim, and c2 (its relation was a second cue)
		t.Errorf("%d annotations: %+v", len(f.Annotations), f.Annotations)
	}
	q := got["quote"]
	if q.ID != "a-0123456789abcdef" || q.Note != "n" || q.Speaker != "Ann Lee" || q.SpeakerMention.Text != "Ann Lee" || q.Cue.Text != "said" ||
		q.Source != model.SourceManual || q.Author != "t" || q.Created != "2026-01-02T03:04:05Z" {
		t.Errorf("quote %+v", q)
	}
	if c := got["claim"]; got["person"].Text != "Ann" || c.ID == q.ID || c.Text != "北京" || c.SpeakerMention != nil || c.Cue != nil {
		t.Errorf("person %+v claim %+v", got["person"], got["claim"])
	}
	joined := strings.Join(notes, "|")
	for _, want := range []string{"bad (x) has offsets [3,99) outside", "nolabel has no label", "second cue relation (to c2)",
		"cue relation p → bad: an end is missing", "1 predicted"} {
		if !strings.Contains(joined, want) {
			t.Errorf("not reported: %q in %q", want, notes)
		}
	}
	if _, err := model.DecodeAnnotationFile(mustMarshal(t, f)); err != nil {
		t.Errorf("invalid native file: %v", err)
	}
}

func TestPickDocument(t *testing.T) {
	id := func(s string) string { return s }
	if d, notes, err := PickDocument([]string{"a", "b"}, "b", id, "task"); d != "b" || err != nil || len(notes) != 1 {
		t.Errorf("match: %q %q %v", d, notes, err)
	}
	if d, notes, err := PickDocument([]string{"a"}, "b", id, "task"); d != "a" || err != nil || !strings.Contains(notes[0], "task's text differs") {
		t.Errorf("only one: %q %q %v", d, notes, err)
	}
	if _, _, err := PickDocument([]string{"a", "c"}, "b", id, "task"); err == nil {
		t.Errorf("no match among two accepted")
	}
	if _, _, err := PickDocument([]string{""}, "b", id, "example"); err == nil {
		t.Errorf("an example without text accepted")
	}
}

// mustMarshal encodes f.
func mustMarshal(t *testing.T, f *model.AnnotationFile) []byte {
	data, err := f.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestToFileSkipsLabelsWithControlCharacters(t *testing.T) {
	// A label reaches terminals, brat type names and Label Studio's XML
	// config (where an escape character is not allowed even as &#27;):
	// the rule label sets follow holds for imported labels too.
	text := "Hello world 😀"
	doc, _ := model.NewDocument("t.txt", []byte(text), false)
	g := Graph{Text: text, Entities: []Entity{
		{ID: "bad", Label: "red\x1b[31m", Start: 0, End: 5},
		{ID: "tab", Label: "a\tb", Start: 0, End: 5},
		{ID: "ok", Label: "Greeting 😀", Start: 6, End: 11},
	}}
	f, notes := ToFile(g, doc, ImportOptions{Author: "t"})
	if len(f.Annotations) != 1 || f.Annotations[0].Label != "Greeting 😀" {
		t.Errorf("annotations = %+v, want only the clean label", f.Annotations)
	}
	if len(notes) != 2 || !strings.Contains(notes[0], "bad") {
		t.Errorf("notes = %q, want the two skipped entities", notes)
	}
}
