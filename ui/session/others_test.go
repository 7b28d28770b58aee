package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// othersFixture writes text as story.txt with one sidecar per annotator
// (each tagging the phrases given as "label:phrase") and opens a session as
// "ann" with their loader.
func othersFixture(t *testing.T, tags map[string][]string) (*Session, string) {
	t.Helper()
	dir := t.TempDir()
	doc := writeStory(t, dir, text)
	path := doc.Path
	for author, phrases := range tags {
		set := model.NewAnnotationSet(doc, model.SetOptions{Author: author})
		for _, lp := range phrases {
			label, phrase, _ := strings.Cut(lp, ":")
			i := strings.Index(text, phrase)
			if _, err := set.Add(model.Annotation{Label: label, Span: model.Span{Start: i, End: i + len(phrase)}}); err != nil {
				t.Fatal(err)
			}
		}
		data, err := model.NewAnnotationFile(set, nil).MarshalIndent()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(model.AuthorSidecarName(path, author), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := New(doc, Options{})
	own := model.AuthorSidecarName(path, "ann")
	s.SetOthersLoader(SidecarsBeside(doc, own))
	return s, dir
}

func TestCycleOthers(t *testing.T) {
	tests := []struct {
		name    string
		tags    map[string][]string
		presses int
		shown   string // OthersShownLabel afterwards
		message string // in the last outcome
		at      string // OthersAt the start of "Officials"
	}{
		{"nobody else", map[string][]string{"ann": {"claim:Officials met"}}, 1, "", "no other annotator's tags", ""},
		{"own file is left out", map[string][]string{"ann": {"claim:Officials met"}, "bob": {"quote:We will"}}, 1, "bob's tags", "showing bob's tags (1 tag, read-only)", ""},
		{"one other: on", map[string][]string{"bob": {"claim:Officials met", "quote:We will"}}, 1, "bob's tags", "(2 tags, read-only)", "bob: claim"},
		{"one other: off again, no all", map[string][]string{"bob": {"claim:Officials met"}}, 2, "", "hidden", ""},
		{"two others: first", map[string][]string{"bob": {"claim:Officials"}, "cy": {"quote:Officials met"}}, 1, "bob's tags", "bob's", "bob: claim"},
		{"two others: second", map[string][]string{"bob": {"claim:Officials"}, "cy": {"quote:Officials met"}}, 2, "cy's tags", "cy's", "cy: quote"},
		{"two others: all", map[string][]string{"bob": {"claim:Officials"}, "cy": {"quote:Officials met"}}, 3, "tags of bob, cy", "(2 tags", "bob: claim, cy: quote"},
		{"two others: none", map[string][]string{"bob": {"claim:Officials"}, "cy": {"quote:Officials met"}}, 4, "", "hidden", ""},
		{"two others: round again", map[string][]string{"bob": {"claim:Officials"}, "cy": {"quote:Officials met"}}, 5, "bob's tags", "bob's", "bob: claim"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := othersFixture(t, tc.tags)
			var o Outcome
			for i := 0; i < tc.presses; i++ {
				o = s.CycleOthers()
			}
			if o.Changed {
				t.Error("showing others' tags must not change the user's annotations")
			}
			if got := s.OthersShownLabel(); got != tc.shown {
				t.Errorf("shown %q, want %q", got, tc.shown)
			}
			if !strings.Contains(o.Message, tc.message) {
				t.Errorf("message %q lacks %q", o.Message, tc.message)
			}
			if got := s.OthersAt(strings.Index(text, "Officials")); got != tc.at {
				t.Errorf("OthersAt %q, want %q", got, tc.at)
			}
		})
	}
}

func TestOthersAreReadOnlyAndReloaded(t *testing.T) {
	s, dir := othersFixture(t, map[string][]string{"bob": {"claim:Officials met"}})
	bob := filepath.Join(dir, "story.txt.annotty.bob.json")
	before, _ := os.ReadFile(bob)
	s.CycleOthers()
	if _, err := os.Stat(bob + ".lock"); err == nil {
		t.Error("bob's file was locked")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files beside the article: %v (nothing may be written)", entries)
	}
	if after, _ := os.ReadFile(bob); string(after) != string(before) {
		t.Error("bob's file changed")
	}
	// bob's newer file is read when the cycle comes round again.
	if err := os.WriteFile(bob, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.CycleOthers() // hidden
	o := s.CycleOthers()
	if !strings.Contains(o.Message, "bob's tags not shown") || s.OthersShownLabel() != "" {
		t.Errorf("a corrupt file: %q, shown %q", o.Message, s.OthersShownLabel())
	}
}

func TestOthersWithoutAFile(t *testing.T) {
	doc, _ := model.NewDocument("-", []byte(text), false)
	s := New(doc, Options{})
	s.SetOthersLoader(SidecarsBeside(doc, ""))
	if o := s.CycleOthers(); !strings.Contains(o.Message, "opened from a file") {
		t.Errorf("stdin: %q", o.Message)
	}
	if len(New(doc, Options{}).ShownOthers()) != 0 {
		t.Error("a new session shows nobody's tags")
	}
}

// BenchmarkOthersOverlapping is one paragraph's lookup of two annotators'
// tags, as the others' layer does per visible paragraph per frame.
func BenchmarkOthersOverlapping(b *testing.B) {
	para := "Officials met on Monday and said little. "
	doc, err := model.NewDocument("b.txt", []byte(strings.Repeat(para, 2000)), false)
	if err != nil {
		b.Fatal(err)
	}
	s := New(doc, Options{})
	s.SetOthersLoader(func() ([]Other, []string) {
		var others []Other
		for _, author := range []string{"bob", "cy"} {
			set := model.NewAnnotationSet(doc, model.SetOptions{Author: author})
			for i := 0; i < 2000; i++ {
				if _, err := set.Add(model.Annotation{Label: "claim", Span: model.Span{Start: i * len(para), End: i*len(para) + 9}}); err != nil {
					b.Fatal(err)
				}
			}
			others = append(others, NewOther(author, set))
		}
		return others, nil
	})
	s.CycleOthers()
	s.CycleOthers()
	s.CycleOthers() // all
	mid := 1000 * len(para)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		s.OthersOverlapping(mid, mid+4*len(para), func(string, model.Annotation) { n++ })
		if n != 8 {
			b.Fatalf("found %d", n)
		}
	}
}
