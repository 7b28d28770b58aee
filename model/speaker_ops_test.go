package model

import (
	"errors"
	"slices"
	"sort"
	"testing"
)

// speakerTestAnalysis attributes the three quotes of setTestText: two to
// "Alpha", one to "A. Alpha" (the same person under two names).
func speakerTestAnalysis(t *testing.T) *Analysis {
	t.Helper()
	q := func(sub, name string) Quote {
		return Quote{Span: spanOf(t, sub), Speaker: &SpeakerMention{Name: name, Span: spanOf(t, "Alpha")}, Confidence: 0.9}
	}
	return &Analysis{Quotes: []Quote{
		q("\"hello 👩‍👩‍👧 world\"", "Alpha"),
		q("“你好”", "A. Alpha"),
		q("\"open late\"", "Alpha"),
	}}
}

// speakersOf returns the speakers of the set's quote annotations, sorted.
func speakersOf(s *AnnotationSet) []string {
	var out []string
	for _, a := range s.All() {
		out = append(out, a.Speaker+"/"+string(a.Source))
	}
	sort.Strings(out)
	return out
}

func TestSpeakerOperations(t *testing.T) {
	tests := []struct {
		name    string
		run     func(s *AnnotationSet, a *Analysis) (int, error)
		want    []string
		changed int
		err     error
	}{
		{"rename updates annotations and records unreviewed quotes",
			func(s *AnnotationSet, a *Analysis) (int, error) { return s.RenameSpeaker(a, "Alpha", "Ann Alpha") },
			[]string{"Ann Alpha/edited", "Ann Alpha/edited"}, 2, nil},
		{"merge folds one name into another",
			func(s *AnnotationSet, a *Analysis) (int, error) { return s.MergeSpeakers(a, "A. Alpha", "Alpha") },
			[]string{"Alpha/auto", "Alpha/edited"}, 1, nil},
		{"merge into an unknown speaker fails",
			func(s *AnnotationSet, a *Analysis) (int, error) { return s.MergeSpeakers(a, "Alpha", "Nobody") },
			[]string{"Alpha/auto"}, 0, ErrUnknownSpeaker},
		{"rename to an empty name fails",
			func(s *AnnotationSet, a *Analysis) (int, error) { return s.RenameSpeaker(a, "Alpha", "  ") },
			[]string{"Alpha/auto"}, 0, ErrEmptySpeaker},
		{"rename to the same name changes nothing",
			func(s *AnnotationSet, a *Analysis) (int, error) { return s.RenameSpeaker(a, "Alpha", "Alpha") },
			[]string{"Alpha/auto"}, 0, nil},
		{"accept all quotes of one speaker",
			func(s *AnnotationSet, a *Analysis) (int, error) { return s.AcceptSpeaker(a, "Alpha") },
			[]string{"Alpha/auto", "Alpha/auto"}, 1, nil},
		{"accept all of an unknown speaker fails",
			func(s *AnnotationSet, a *Analysis) (int, error) { return s.AcceptSpeaker(a, "Nobody") },
			[]string{"Alpha/auto"}, 0, ErrUnknownSpeaker},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The first quote is accepted as is: operations meet both
			// annotations and unreviewed detections.
			s, _ := newTestSet(t)
			a := speakerTestAnalysis(t)
			if _, err := s.Accept(DetectionsOf(a)[0], nil); err != nil {
				t.Fatal(err)
			}
			before := speakersOf(s)
			n, err := tt.run(s, a)
			if !errors.Is(err, tt.err) || n != tt.changed {
				t.Fatalf("changed %d, err %v; want %d, %v", n, err, tt.changed, tt.err)
			}
			if got := speakersOf(s); !slices.Equal(got, tt.want) {
				t.Fatalf("annotations %q, want %q", got, tt.want)
			}
			if tt.changed == 0 {
				return
			}
			// One action, one undo step.
			if !s.Undo() {
				t.Fatal("nothing to undo")
			}
			if got := speakersOf(s); !slices.Equal(got, before) {
				t.Errorf("after undo %q, want %q", got, before)
			}
			s.Redo()
			if got := speakersOf(s); !slices.Equal(got, tt.want) {
				t.Errorf("after redo %q, want %q", got, tt.want)
			}
		})
	}
}

// A quote nested inside an accepted outer quote keeps its own speaker, so
// renaming or merging that speaker still reaches it (and tags it).
func TestSpeakerChangeReachesNestedQuote(t *testing.T) {
	s, _ := newTestSet(t)
	outer := spanOf(t, "\"hello 👩‍👩‍👧 world\"")
	inner := spanOf(t, "👩‍👩‍👧")
	a := &Analysis{Quotes: []Quote{
		{Span: outer, Speaker: &SpeakerMention{Name: "Alpha", Span: spanOf(t, "Alpha")}, Confidence: 0.9},
		{Span: inner, Depth: 1, Speaker: &SpeakerMention{Name: "Beta", Span: spanOf(t, "Alpha")}, Confidence: 0.7},
	}}
	if n, err := s.AcceptSpeaker(a, "Alpha"); n != 1 || err != nil {
		t.Fatalf("accepting Alpha: %d, %v", n, err)
	}
	n, err := s.MergeSpeakers(a, "Beta", "Alpha")
	if n != 1 || err != nil {
		t.Fatalf("merging the nested quote's speaker: %d, %v", n, err)
	}
	if got := speakersOf(s); !slices.Equal(got, []string{"Alpha/auto", "Alpha/edited"}) {
		t.Fatalf("annotations %q", got)
	}
	if n, _ := s.MergeSpeakers(a, "Beta", "Alpha"); n != 0 {
		t.Fatalf("a second merge changed %d annotations", n)
	}
}
