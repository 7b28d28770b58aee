package adjudicate

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

const text = "Police said the man was arrested. 🚓 The mayor said “we will act”. 市长 spoke at noon."

// tag is (label, passage, speaker): the passage is found in text.
type tag struct{ label, passage, speaker string }

func setOf(t *testing.T, doc *model.Document, author string, tags ...tag) *model.AnnotationSet {
	t.Helper()
	set := model.NewAnnotationSet(doc, model.SetOptions{Author: author})
	for _, g := range tags {
		i := strings.Index(doc.Text, g.passage)
		if i < 0 {
			t.Fatalf("%q not in text", g.passage)
		}
		if _, err := set.Add(model.Annotation{Label: g.label, Span: model.Span{Start: i, End: i + len(g.passage)}, Speaker: g.speaker}); err != nil {
			t.Fatal(err)
		}
	}
	return set
}

func newDoc(t *testing.T) *model.Document {
	doc, err := model.NewDocument("x.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// fixture: ann and bob agree on the claim, disagree on the quote's speaker,
// and only bob tagged the CJK sentence.
func fixture(t *testing.T) (Plan, *model.Document) {
	doc := newDoc(t)
	ann := setOf(t, doc, "ann", tag{"claim", "the man was arrested", ""}, tag{"quote", "we will act", "mayor"})
	bob := setOf(t, doc, "bob", tag{"claim", "the man was arrested", ""}, tag{"quote", "we will act", "the mayor"}, tag{"claim", "市长 spoke", ""})
	return NewPlan([]string{"ann", "bob"}, []*model.AnnotationSet{ann, bob}), doc
}

func TestPlanSplitsAgreedAndDisagreements(t *testing.T) {
	p, _ := fixture(t)
	if len(p.Agreed) != 1 || p.Agreed[0].Label != "claim" || p.Agreed[0].ProposedBy != "ann,bob" || p.Agreed[0].Author != GoldAuthor {
		t.Fatalf("agreed = %+v", p.Agreed)
	}
	if len(p.Disagreements) != 2 {
		t.Fatalf("%d disagreements, want 2 (quote speaker; bob-only claim)", len(p.Disagreements))
	}
	q := p.Disagreements[0]
	if len(q.Versions) != 2 || q.Versions[0].Annotations[0].Speaker != "mayor" || q.Versions[1].Annotations[0].Speaker != "the mayor" {
		t.Fatalf("quote versions = %+v", q.Versions)
	}
	if len(p.Disagreements[1].Versions[0].Annotations) != 0 {
		t.Fatal("ann has no tag on the CJK sentence, yet a version shows one")
	}
	again, _ := fixture(t)
	if again.Disagreements[0].ID != q.ID {
		t.Fatal("disagreement IDs are not stable")
	}
}

func TestSessionKeySequences(t *testing.T) {
	type step struct{ choice, author string }
	tests := []struct {
		name      string
		steps     []string // "take:ann", "all", "none", "undo", "redo"
		goldTags  int      // claim (agreed) + chosen
		left      int
		speakerIs string // the gold quotes' speakers, sorted and joined by "|"; "" = no gold quote
	}{
		{"take ann then none", []string{"take:ann", "none"}, 2, 0, "mayor"},
		{"take bob, take bob", []string{"take:bob", "take:bob"}, 3, 0, "the mayor"},
		{"all keeps both quotes", []string{"all"}, 3, 1, "mayor|the mayor"},
		{"undo a decision", []string{"take:ann", "undo"}, 1, 2, ""},
		{"undo then redo", []string{"take:ann", "none", "undo", "undo", "redo"}, 2, 1, "mayor"},
		{"a new decision clears redo", []string{"take:ann", "undo", "none", "redo"}, 1, 1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, doc := fixture(t)
			gold := model.NewAnnotationSet(doc, model.SetOptions{Author: GoldAuthor})
			s, err := NewSession(p, gold, DocumentState{})
			if err != nil {
				t.Fatal(err)
			}
			for _, st := range tc.steps {
				switch {
				case st == "undo":
					s.Undo()
				case st == "redo":
					s.Redo()
				case strings.HasPrefix(st, "take:"):
					if _, err := s.Decide(ChooseOne, strings.TrimPrefix(st, "take:")); err != nil {
						t.Fatal(err)
					}
				default:
					if _, err := s.Decide(st, ""); err != nil {
						t.Fatal(err)
					}
				}
			}
			if n := gold.Len(); n != tc.goldTags {
				t.Errorf("gold has %d tags, want %d", n, tc.goldTags)
			}
			if left, total := s.Progress(); left != tc.left || total != 2 {
				t.Errorf("progress %d/%d, want %d/2", left, total, tc.left)
			}
			var speakers []string
			for _, a := range gold.All() {
				if a.Label == "quote" {
					speakers = append(speakers, a.Speaker)
					if a.Author != GoldAuthor || a.ProposedBy == "" {
						t.Errorf("gold quote author %q proposed by %q", a.Author, a.ProposedBy)
					}
				}
			}
			sort.Strings(speakers)
			speaker := strings.Join(speakers, "|")
			if speaker != tc.speakerIs {
				t.Errorf("gold quote speaker %q, want %q", speaker, tc.speakerIs)
			}
		})
	}
}

func TestSessionResumesFromSavedState(t *testing.T) {
	p, doc := fixture(t)
	dir := t.TempDir()
	path := StatePath(dir)
	gold := model.NewAnnotationSet(doc, model.SetOptions{Author: GoldAuthor})
	s, _ := NewSession(p, gold, DocumentState{})
	s.Decide(ChooseOne, "bob")
	st, err := LoadState(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Documents["x.txt"] = s.State()
	if err := SaveState(path, st); err != nil {
		t.Fatal(err)
	}

	// A new process: gold as saved, state as saved; the agreed claim was
	// deleted from gold meanwhile and must not come back.
	for _, a := range gold.All() {
		if a.Label == "claim" && a.ProposedBy == "ann,bob" {
			gold.Remove(a.ID)
		}
	}
	back, err := LoadState(path)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := NewSession(p, gold, back.Documents["x.txt"])
	if err != nil {
		t.Fatal(err)
	}
	if left, _ := s2.Progress(); left != 1 {
		t.Fatalf("resumed with %d left, want 1", left)
	}
	cur, _ := s2.Current()
	if cur.ID != p.Disagreements[1].ID {
		t.Fatal("resumed at the wrong disagreement")
	}
	if gold.Len() != 1 {
		t.Fatalf("gold has %d tags after resume, want 1 (the deleted agreed tag stays deleted)", gold.Len())
	}
	// Undo after resume removes the saved decision's tag from gold.
	if _, ok := s2.Undo(); !ok || gold.Len() != 0 {
		t.Fatalf("undo after resume: gold has %d tags", gold.Len())
	}
}

func TestLoadStateRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	for _, content := range []string{"{not json", `{"schema":"other","version":1}`, `{"schema":"annotty/adjudication","version":9}`} {
		writeFile(t, path, content)
		if _, err := LoadState(path); err == nil {
			t.Errorf("LoadState accepted %q", content)
		}
	}
	if _, err := LoadState(dir); err == nil {
		t.Error("LoadState accepted a folder")
	}
}
