package session

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// Two people who share a family name, and a bare "Park" the detector kept
// apart from Ann Park: the case a whole-article merge or rename is for.
const speakersText = "\"We are ready,\" said Ann Park, the mayor. \"Not yet,\" Park added. " +
	"\"Wait,\" said Bo Park. \"Later,\" he said.\n"

// speakersFixture is a session on speakersText: quotes 0 by Ann Park, 1 by
// "Park", 2 and 3 by Bo Park.
func speakersFixture(t *testing.T) *Session {
	t.Helper()
	doc, err := model.NewDocument("t.txt", []byte(speakersText), false)
	if err != nil {
		t.Fatal(err)
	}
	quote := func(q, who, name string) model.Quote {
		qs := strings.Index(speakersText, q)
		ws := strings.Index(speakersText[qs:], who) + qs
		return model.Quote{
			Span:    model.Span{Start: qs, End: qs + len(q)},
			Speaker: &model.SpeakerMention{Name: name, Span: model.Span{Start: ws, End: ws + len(who)}, Kind: model.MentionName},
		}
	}
	qs := []model.Quote{
		quote(`"We are ready,"`, "Ann Park", "Ann Park"),
		quote(`"Not yet,"`, "Park", "Park"),
		quote(`"Wait,"`, "Bo Park", "Bo Park"),
		quote(`"Later,"`, "he", "Bo Park"),
	}
	s := New(doc, Options{AnalysisWanted: true})
	s.SetAnalysis(&model.Analysis{Quotes: qs, Speakers: []model.Speaker{
		{Name: "Ann Park", Role: "mayor", Quotes: 1},
		{Name: "Park", Quotes: 1},
		{Name: "Bo Park", Quotes: 2},
	}}, nil)
	return s
}

// counts is the Speakers list as "name:count" in its order.
func counts(s *Session) string {
	var out []string
	for _, sp := range s.Speakers() {
		out = append(out, sp.Name+":"+string(rune('0'+sp.Quotes)))
	}
	return strings.Join(out, " ")
}

func TestSpeakerOperations(t *testing.T) {
	rename := func(from, to string) func(*Session) Outcome {
		return func(s *Session) Outcome { return s.RenameSpeaker(from, to) }
	}
	merge := func(from, into string) func(*Session) Outcome {
		return func(s *Session) Outcome { return s.MergeSpeakers(from, into) }
	}
	accept := func(name string) func(*Session) Outcome {
		return func(s *Session) Outcome { return s.AcceptSpeaker(name) }
	}
	undo := func(s *Session) Outcome { return s.Undo() }
	tests := []struct {
		name        string
		steps       []func(*Session) Outcome
		wantCounts  string
		wantTags    int
		wantMessage string
		wantNext    NextKey
	}{
		{"before anything", nil, "Bo Park:2 Ann Park:1 Park:1", 0, "", NextNone},
		{"merge the bare surname into the person", []func(*Session) Outcome{merge("Park", "Ann Park")},
			"Ann Park:2 Bo Park:2 Park:0", 1, "merged Park into Ann Park (1 quote)", NextUndo},
		{"merge is one undo step", []func(*Session) Outcome{merge("Park", "Ann Park"), undo},
			"Bo Park:2 Ann Park:1 Park:1", 0, "undone (no more)", NextNone},
		{"rename for the whole article", []func(*Session) Outcome{rename("Bo Park", "Robert Park")},
			"Robert Park:2 Ann Park:1 Park:1 Bo Park:0", 2, "renamed Bo Park → Robert Park (2 quotes)", NextUndo},
		{"rename into another speaker merges", []func(*Session) Outcome{rename("Park", "Bo Park")},
			"Bo Park:3 Ann Park:1 Park:0", 1, "merged Park into Bo Park (1 quote)", NextUndo},
		{"rename twice follows the quotes", []func(*Session) Outcome{rename("Bo Park", "Rob Park"), rename("Rob Park", "Robert Park")},
			"Robert Park:2 Ann Park:1 Park:1 Bo Park:0", 2, "renamed Rob Park → Robert Park", NextUndo},
		{"rename to nothing is refused", []func(*Session) Outcome{rename("Park", "  ")},
			"Bo Park:2 Ann Park:1 Park:1", 0, "no name given", NextNone},
		{"rename to the same name is refused", []func(*Session) Outcome{rename("Park", "Park")},
			"Bo Park:2 Ann Park:1 Park:1", 0, "same name", NextNone},
		{"merge into itself is refused", []func(*Session) Outcome{merge("Park", "Park")},
			"Bo Park:2 Ann Park:1 Park:1", 0, "pick another speaker", NextNone},
		{"merge into a stranger fails", []func(*Session) Outcome{merge("Park", "Nobody")},
			"Bo Park:2 Ann Park:1 Park:1", 0, "no such speaker", NextNone},
		{"accept every quote of one speaker", []func(*Session) Outcome{accept("Bo Park")},
			"Bo Park:2 Ann Park:1 Park:1", 2, "accepted 2 quotes of Bo Park", NextUndo},
		{"accept again has nothing left", []func(*Session) Outcome{accept("Bo Park"), accept("Bo Park")},
			"Bo Park:2 Ann Park:1 Park:1", 2, "already reviewed", NextNone},
		{"accept all is one undo step", []func(*Session) Outcome{accept("Bo Park"), undo},
			"Bo Park:2 Ann Park:1 Park:1", 0, "undone (no more)", NextNone},
		{"a merged speaker's quotes are accepted under the new name", []func(*Session) Outcome{merge("Park", "Ann Park"), accept("Ann Park")},
			"Ann Park:2 Bo Park:2 Park:0", 2, "accepted 1 quote of Ann Park", NextUndo},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := speakersFixture(t)
			var o Outcome
			for _, st := range tc.steps {
				o = st(s)
			}
			if got := counts(s); got != tc.wantCounts {
				t.Errorf("speakers %q, want %q", got, tc.wantCounts)
			}
			if n := s.Set().Len(); n != tc.wantTags {
				t.Errorf("%d tags, want %d", n, tc.wantTags)
			}
			checkOutcome(t, o, tc.wantMessage, tc.wantNext)
		})
	}
}

func TestRenamedSpeakerKeepsRoleAndFilter(t *testing.T) {
	s := speakersFixture(t)
	s.SetSpeakerFilter("Ann Park")
	s.RenameSpeaker("Ann Park", "Anne Park")
	if s.SpeakerFilter() != "Anne Park" {
		t.Fatalf("the filter stayed on %q", s.SpeakerFilter())
	}
	for _, sp := range s.Speakers() {
		if sp.Name == "Anne Park" && sp.Role != "mayor" {
			t.Fatalf("the renamed speaker lost the role: %+v", sp)
		}
	}
	if from := s.RenamedFrom("Anne Park"); from != "Ann Park" {
		t.Fatalf("Anne Park renamed from %q", from)
	}
	s.Undo()
	if s.SpeakerFilter() != "" {
		t.Fatalf("after the rename was undone the filter stayed on %q, who has no quote", s.SpeakerFilter())
	}
	s.Redo()
	s.SetSpeakerFilter("Anne Park")
	s.MergeSpeakers("Park", "Bo Park")
	s.RenameSpeaker("Bo Park", "Robert Park") // quotes of two detected speakers: no single role to inherit
	for _, sp := range s.Speakers() {
		if sp.Name == "Robert Park" && (sp.Quotes != 3 || sp.Role != "") {
			t.Fatalf("Robert Park: %+v", sp)
		}
	}
	if from := s.RenamedFrom("Robert Park"); from != "" {
		t.Fatalf("Robert Park, with quotes of two speakers, renamed from %q", from)
	}
}

func TestSpeakerOperationsRefusedReadOnly(t *testing.T) {
	doc, _ := model.NewDocument("t.txt", []byte(speakersText), false)
	s := New(doc, Options{Store: &fakeStore{readOnly: errReadOnly}})
	for _, o := range []Outcome{s.RenameSpeaker("Park", "X"), s.MergeSpeakers("Park", "Bo Park"), s.AcceptSpeaker("Park")} {
		if o.Changed || o.Err == nil {
			t.Fatalf("a read-only session changed: %+v", o)
		}
	}
}
