package session

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

const text = "Officials met on Monday. \"We will not stop,\" Sullivan said. Nobody cheered 🎉 today.\n"

// fixture is a session on text with the quote "We will not stop," by Jake
// Sullivan (nested quote-free) and the third sentence as a promo.
func fixture(t *testing.T) (*Session, model.Quote, model.Promo) {
	t.Helper()
	doc, err := model.NewDocument("t.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	qs, qe := strings.Index(text, "\"We"), strings.Index(text, ",\"")+2
	ss := strings.Index(text, "Sullivan said")
	ps, pe := strings.Index(text, "Nobody"), strings.Index(text, "today.")+len("today.")
	q := model.Quote{Span: model.Span{Start: qs, End: qe}, Speaker: &model.SpeakerMention{Name: "Jake Sullivan", Span: model.Span{Start: ss, End: ss + 8}}}
	p := model.Promo{Span: model.Span{Start: ps, End: pe}, Kind: model.PromoCallToAction}
	s := New(doc, Options{AnalysisWanted: true})
	s.SetAnalysis(&model.Analysis{
		Quotes:   []model.Quote{q},
		Promos:   []model.Promo{p},
		Speakers: []model.Speaker{{Name: "Jake Sullivan", Quotes: 1, Mentions: []model.Span{q.Speaker.Span}}},
	}, nil)
	return s, q, p
}

// step is one operation of a table test.
type step func(s *Session, q model.Quote, p model.Promo) Outcome

func TestOperations(t *testing.T) {
	speaker := func(name string) step {
		return func(s *Session, q model.Quote, _ model.Promo) Outcome {
			target, _, o := s.SpeakerTarget(q.Span.Start + 1)
			if !target.Valid() {
				return o
			}
			return s.SetSpeaker(target, name)
		}
	}
	tagQuote := func(s *Session, q model.Quote, _ model.Promo) Outcome { return s.Tag(1, q.Span) }
	accept := func(s *Session, q model.Quote, _ model.Promo) Outcome { return s.Accept(q.Span.Start) }
	reject := func(s *Session, q model.Quote, _ model.Promo) Outcome { return s.Reject(q.Span.Start) }
	undo := func(s *Session, _ model.Quote, _ model.Promo) Outcome { return s.Undo() }
	redo := func(s *Session, _ model.Quote, _ model.Promo) Outcome { return s.Redo() }
	tests := []struct {
		name        string
		steps       []step
		wantTags    int
		wantSpeaker string // QuoteSpeaker(0) afterwards
		wantMessage string // in the last outcome's message
		wantNext    NextKey
	}{
		{"tag confirms label and words", []step{tagQuote}, 1, "Jake Sullivan", "tagged quote: \"We will not stop,\"", NextUndo},
		{"accept names speaker and words", []step{accept}, 1, "Jake Sullivan", "accepted quote · Jake Sullivan: \"We will not", NextUndo},
		{"accept twice is refused", []step{accept, accept}, 1, "Jake Sullivan", "already tagged quote", NextNone},
		{"accept after a hand tag is refused", []step{tagQuote, accept}, 1, "Jake Sullivan", "already tagged quote", NextNone},
		{"speaker on a detection accepts it", []step{speaker("Ann Park")}, 1, "Ann Park", "accepted quote · Ann Park", NextUndo},
		{"speaker on a hand tag updates it", []step{tagQuote, speaker("Ann Park")}, 1, "Ann Park", "speaker: Ann Park", NextUndo},
		{"speaker twice keeps one tag", []step{speaker("Ann Park"), speaker("Bo Li")}, 1, "Bo Li", "speaker: Bo Li", NextUndo},
		{"undo a speaker change", []step{speaker("Ann Park"), undo}, 0, "Jake Sullivan", "undone (no more)", NextNone},
		{"redo it", []step{speaker("Ann Park"), undo, redo}, 1, "Ann Park", "redone (no more)", NextNone},
		{"undo with more to undo", []step{tagQuote, speaker("Ann Park"), undo}, 1, "Jake Sullivan", "undone", NextUndoAgain},
		{"reject then reject deletes nothing", []step{reject, reject}, 0, "Jake Sullivan", "no detection or tag", NextNone},
		{"reject a hand tag deletes it", []step{tagQuote, reject}, 0, "Jake Sullivan", "deleted tag quote", NextUndo},
		{"nothing to undo", []step{undo}, 0, "Jake Sullivan", "nothing to undo", NextNone},
		{"empty span", []step{func(s *Session, _ model.Quote, _ model.Promo) Outcome { return s.Tag(2, model.Span{}) }}, 0, "Jake Sullivan", "nothing to tag", NextNone},
		{"no label on 9", []step{func(s *Session, q model.Quote, _ model.Promo) Outcome { return s.Tag(9, q.Span) }}, 0, "Jake Sullivan", "no label on key 9", NextNone},
		{"a promo has no speaker", []step{func(s *Session, _ model.Quote, p model.Promo) Outcome {
			_, _, o := s.SpeakerTarget(p.Span.Start)
			return o
		}}, 0, "Jake Sullivan", "a promo has no speaker", NextNone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, q, p := fixture(t)
			var o Outcome
			for _, st := range tc.steps {
				o = st(s, q, p)
			}
			if n := s.Set().Len(); n != tc.wantTags {
				t.Errorf("%d tags, want %d", n, tc.wantTags)
			}
			if got := s.QuoteSpeaker(0); got != tc.wantSpeaker {
				t.Errorf("speaker %q, want %q", got, tc.wantSpeaker)
			}
			checkOutcome(t, o, tc.wantMessage, tc.wantNext)
		})
	}
}

// checkOutcome fails t unless o's message holds wantMessage and it points
// at the key wantNext.
func checkOutcome(t *testing.T, o Outcome, wantMessage string, wantNext NextKey) {
	t.Helper()
	if !strings.Contains(o.Message, wantMessage) {
		t.Errorf("message %q lacks %q", o.Message, wantMessage)
	}
	if o.Next != wantNext {
		t.Errorf("next key %d, want %d", o.Next, wantNext)
	}
}

func TestSpeakerChangeMovesTheCount(t *testing.T) {
	s, q, _ := fixture(t)
	target, current, _ := s.SpeakerTarget(q.Span.Start)
	if current != "Jake Sullivan" {
		t.Fatalf("current speaker %q", current)
	}
	s.SetSpeaker(target, "Ann Park")
	counts := map[string]int{}
	for _, sp := range s.Speakers() {
		counts[sp.Name] = sp.Quotes
	}
	if counts["Ann Park"] != 1 || counts["Jake Sullivan"] != 0 {
		t.Fatalf("counts after the change: %v", counts)
	}
	if !s.MentionReassigned(q.Speaker.Span) {
		t.Fatal("the old attribution still marks the quote's speaker")
	}
}

// fakeStore saves into memory and fails when told to.
type fakeStore struct {
	fail     error
	readOnly error
	saves    int
}

func (f *fakeStore) Save() error {
	f.saves++
	return f.fail
}
func (f *fakeStore) Path() string { return "/tmp/x.annotty.json" }
func (f *fakeStore) Location() model.SidecarLocation {
	return model.SidecarLocation{Path: f.Path(), Reason: model.ReasonNext}
}
func (f *fakeStore) ReadOnly() error                   { return f.readOnly }
func (f *fakeStore) MoveCorruptAside() (string, error) { return "", nil }
func (f *fakeStore) Report() model.ReanchorReport      { return model.ReanchorReport{} }

func TestSaveState(t *testing.T) {
	doc, _ := model.NewDocument("t.txt", []byte(text), false)
	store := &fakeStore{}
	s := New(doc, Options{Store: store})
	if s.Dirty() || s.SavedOnce() {
		t.Fatal("a new session is dirty or saved")
	}
	s.Tag(2, model.Span{Start: 0, End: 9})
	if !s.Dirty() {
		t.Fatal("a change is not dirty")
	}
	store.fail = errors.New("disk full")
	if err := s.Save(); err == nil || s.LastSaveError() == nil || !s.Dirty() {
		t.Fatalf("failed save: err %v, last %v, dirty %v", err, s.LastSaveError(), s.Dirty())
	}
	store.fail = nil
	if err := s.Save(); err != nil || s.LastSaveError() != nil || s.Dirty() || !s.SavedOnce() {
		t.Fatalf("retry: err %v, last %v, dirty %v", err, s.LastSaveError(), s.Dirty())
	}
	s.Tag(3, model.Span{Start: 10, End: 20}) // without a background saver: saved when due, in place
	saves := store.saves
	if !s.NoteChange() || s.StartSave() != nil || store.saves != saves+1 || s.Dirty() {
		t.Fatalf("a due save of another Store: saves %d → %d, dirty %v", saves, store.saves, s.Dirty())
	}
	if got := s.Where(func(p string) string { return p }); got != "x.annotty.json" {
		t.Fatalf("where %q", got)
	}
}

func TestFilters(t *testing.T) {
	s, _, _ := fixture(t)
	rev := s.FilterRevision()
	if !s.SetSpeakerFilter("Jake Sullivan") || s.SpeakerFilter() != "Jake Sullivan" || s.FilterRevision() == rev {
		t.Fatal("setting the speaker filter did not take")
	}
	if s.SetSpeakerFilter("Jake Sullivan") {
		t.Fatal("setting the same filter again reported a change")
	}
	rev = s.FilterRevision()
	s.SetPromosHidden(true)
	if !s.PromosHidden() || s.FilterRevision() == rev {
		t.Fatal("hiding promos did not take")
	}
	s.SetAnalysis(&model.Analysis{}, nil) // a new analysis: its speakers may differ
	if s.SpeakerFilter() != "" {
		t.Fatalf("a new analysis kept the filter %q", s.SpeakerFilter())
	}
}

func TestAttackUnreadableSidecarSaysPermissionDenied(t *testing.T) {
	doc, _ := model.NewDocument("t.txt", []byte(text), false)
	store := &fakeStore{readOnly: &model.SidecarUnreadableError{Path: "/tmp/x.annotty.json", Err: os.ErrPermission}}
	s := New(doc, Options{Store: store})
	why := s.NotSaving()
	if !strings.Contains(why, "permission denied") || !strings.Contains(why, "read-only") || strings.Contains(why, "corrupt") {
		t.Fatalf("NotSaving %q", why)
	}
	if s.Corrupt() || !s.ReadOnly() {
		t.Fatalf("corrupt %v (moving aside offered), read-only %v", s.Corrupt(), s.ReadOnly())
	}
	if o := s.Tag(2, model.Span{Start: 0, End: 9}); o.Changed {
		t.Fatal("an unreadable sidecar took a tag")
	}
}
