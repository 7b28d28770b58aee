package model

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// setTestText mixes ASCII, emoji (a ZWJ family), CJK and a combining mark.
const setTestText = "Alpha said \"hello 👩‍👩‍👧 world\".\n北京的记者说：“你好”。\nCafe\u0301 owner: \"open late\".\n"

// newTestSet returns a set over setTestText with a fixed clock and sequential IDs.
func newTestSet(t *testing.T) (*AnnotationSet, *time.Time) {
	t.Helper()
	doc, err := NewDocument("t.txt", []byte(setTestText), false)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	n := 0
	set := NewAnnotationSet(doc, SetOptions{
		Author: "tester",
		Now:    func() time.Time { return now },
		NewID:  func() string { n++; return fmt.Sprintf("a-%d", n) },
	})
	return set, &now
}

// spanOf returns the byte span of the first occurrence of sub in setTestText.
func spanOf(t *testing.T, sub string) Span {
	t.Helper()
	i := strings.Index(setTestText, sub)
	if i < 0 {
		t.Fatalf("%q not in test text", sub)
	}
	return Span{i, i + len(sub)}
}

// describe renders the set's state as one comparable string.
func describe(s *AnnotationSet) string {
	var b strings.Builder
	for _, a := range s.All() {
		fmt.Fprintf(&b, "%s:%s:<%s>:%s;", a.ID, a.Label, a.Text, a.Source)
	}
	for _, r := range s.Rejections() {
		fmt.Fprintf(&b, "x%s:<%s>;", r.Kind, r.Text)
	}
	return b.String()
}

func TestAnnotationSetChangeSequences(t *testing.T) {
	tests := []struct {
		name  string
		steps string // one letter per step, see run below
		want  string
	}{
		{"add", "A", `a-1:quote:<"hello 👩‍👩‍👧 world">:manual;`},
		{"add then undo", "Au", ``},
		{"undo then redo", "AuR", `a-1:quote:<"hello 👩‍👩‍👧 world">:manual;`},
		{"two adds sorted by start", "BA", `a-2:quote:<"hello 👩‍👩‍👧 world">:manual;a-1:claim:<你好>:manual;`},
		{"nested spans", "AN", `a-1:quote:<"hello 👩‍👩‍👧 world">:manual;a-2:speaker:<👩‍👩‍👧>:manual;`},
		{"relabel", "AL", `a-1:claim:<"hello 👩‍👩‍👧 world">:manual;`},
		{"relabel undo", "ALu", `a-1:quote:<"hello 👩‍👩‍👧 world">:manual;`},
		{"remove", "AD", ``},
		{"remove undo", "ADu", `a-1:quote:<"hello 👩‍👩‍👧 world">:manual;`},
		{"new change clears redo", "AuBR", `a-2:claim:<你好>:manual;`},
		{"undo everything", "ABLDuuuu", ``},
		{"undo all redo all", "ABLDuuuuRRRR", `a-2:claim:<你好>:manual;`},
		{"reject", "X", `xquote:<"open late">;`},
		{"reject undo", "Xu", ``},
		{"reject twice is one step", "XXu", ``},
		{"unreject", "XU", ``},
		{"unreject undo", "XUu", `xquote:<"open late">;`},
		{"accept detection is auto", "C", `a-1:quote:<"open late">:auto;`},
		{"edit auto speaker marks edited", "CS", `a-1:quote:<"open late">:edited;`},
		{"edit auto note stays auto", "CO", `a-1:quote:<"open late">:auto;`},
		{"edit auto span marks edited", "CP", `a-1:quote:<open late>:edited;`},
		{"edited undo back to auto", "CPu", `a-1:quote:<"open late">:auto;`},
		{"combining mark span", "M", `a-1:source:<Café>:manual;`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, _ := newTestSet(t)
			for _, step := range tt.steps {
				if err := runStep(t, set, step); err != nil {
					t.Fatalf("step %c: %v", step, err)
				}
			}
			if got := describe(set); got != tt.want {
				t.Errorf("state after %q:\n got %s\nwant %s", tt.steps, got, tt.want)
			}
		})
	}
}

// runStep applies one scripted change to set.
func runStep(t *testing.T, set *AnnotationSet, step rune) error {
	quoteSpan := spanOf(t, "\"open late\"")
	var err error
	switch step {
	case 'A':
		_, err = set.Add(Annotation{Label: "quote", Span: spanOf(t, "\"hello 👩‍👩‍👧 world\"")})
	case 'B':
		_, err = set.Add(Annotation{Label: "claim", Span: spanOf(t, "你好")})
	case 'N':
		_, err = set.Add(Annotation{Label: "speaker", Span: spanOf(t, "👩‍👩‍👧")})
	case 'M':
		_, err = set.Add(Annotation{Label: "source", Span: spanOf(t, "Cafe\u0301")})
	case 'C':
		_, err = set.Accept(Detection{Kind: DetectionQuote, Span: quoteSpan, Speaker: "owner"}, nil)
	case 'L':
		err = set.Update("a-1", func(a *Annotation) { a.Label = "claim" })
	case 'S':
		err = set.Update("a-1", func(a *Annotation) { a.Speaker = "Cafe owner" })
	case 'O':
		err = set.Update("a-1", func(a *Annotation) { a.Note = "check hours" })
	case 'P':
		err = set.Update("a-1", func(a *Annotation) { a.Span = Span{quoteSpan.Start + 1, quoteSpan.End - 1} })
	case 'D':
		err = set.Remove("a-1")
	case 'X':
		err = set.Reject(DetectionQuote, quoteSpan)
	case 'U':
		set.Unreject(DetectionQuote, quoteSpan)
	case 'u':
		set.Undo()
	case 'R':
		set.Redo()
	default:
		t.Fatalf("unknown step %c", step)
	}
	return err
}

func TestAnnotationSetAddComputesContext(t *testing.T) {
	set, _ := newTestSet(t)
	a, err := set.Add(Annotation{Label: "claim", Span: spanOf(t, "你好")})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "a-1" || a.Author != "tester" || a.Source != SourceManual || a.Created.IsZero() || a.Updated != a.Created {
		t.Errorf("defaults not applied: %+v", a)
	}
	if a.Text != "你好" {
		t.Errorf("Text = %q", a.Text)
	}
	if got := []rune(a.Prefix); len(got) != ContextRunes || !strings.HasSuffix(a.Prefix, "北京的记者说：“") {
		t.Errorf("Prefix = %q (%d runes), want 32 runes ending before the text", a.Prefix, len(got))
	}
	if want := setTestText[a.Span.End:]; a.Suffix != want { // fewer than 32 code points remain
		t.Errorf("Suffix = %q", a.Suffix)
	}
}

func TestAnnotationSetUpdateTouchesUpdatedOnly(t *testing.T) {
	set, now := newTestSet(t)
	a, _ := set.Add(Annotation{Label: "quote", Span: spanOf(t, "你好")})
	*now = now.Add(time.Hour)
	if err := set.Update(a.ID, func(x *Annotation) { x.Note = "n"; x.ID = "hijack"; x.Created = time.Time{} }); err != nil {
		t.Fatal(err)
	}
	got, ok := set.Get(a.ID)
	if !ok || got.Created != a.Created || !got.Updated.Equal(*now) || got.Note != "n" {
		t.Errorf("after update: %+v", got)
	}
	rev := set.Revision()
	if err := set.Update(a.ID, func(x *Annotation) {}); err != nil || set.Revision() != rev {
		t.Errorf("no-op update changed revision or failed: %v", err)
	}
}

func TestAnnotationSetRejectsBadInput(t *testing.T) {
	set, _ := newTestSet(t)
	emoji := spanOf(t, "👩‍👩‍👧")
	tests := []struct {
		name string
		a    Annotation
		want error
	}{
		{"empty label", Annotation{Label: " ", Span: emoji}, ErrEmptyLabel},
		{"empty span", Annotation{Label: "x", Span: Span{3, 3}}, ErrInvalidSpan},
		{"past end", Annotation{Label: "x", Span: Span{0, len(setTestText) + 1}}, ErrInvalidSpan},
		{"inside a code point", Annotation{Label: "x", Span: Span{emoji.Start + 1, emoji.End}}, ErrInvalidSpan},
		{"bad source", Annotation{Label: "x", Span: emoji, Source: "robot"}, ErrInvalidSource},
	}
	for _, tt := range tests {
		if _, err := set.Add(tt.a); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
	if set.Len() != 0 || set.CanUndo() {
		t.Errorf("failed adds changed the set")
	}
	if _, err := set.Add(Annotation{ID: "dup", Label: "x", Span: emoji}); err != nil {
		t.Fatal(err)
	}
	if _, err := set.Add(Annotation{ID: "dup", Label: "x", Span: emoji}); !errors.Is(err, ErrDuplicateID) {
		t.Errorf("duplicate id: %v", err)
	}
	if err := set.Remove("nope"); !errors.Is(err, ErrUnknownAnnotation) {
		t.Errorf("remove unknown: %v", err)
	}
	if err := set.Update("dup", func(a *Annotation) { a.Span = Span{1, 0} }); !errors.Is(err, ErrInvalidSpan) {
		t.Errorf("update to bad span: %v", err)
	}
}

func TestAnnotationSetByLabelAndReviewed(t *testing.T) {
	set, _ := newTestSet(t)
	quote := spanOf(t, "\"open late\"")
	hello := spanOf(t, "\"hello 👩‍👩‍👧 world\"")
	analysis := &Analysis{
		Quotes: []Quote{{Span: quote}, {Span: hello, Speaker: &SpeakerMention{Name: "Alpha"}}},
		Promos: []Promo{{Span: spanOf(t, "北京"), Kind: PromoCallToAction}},
	}
	if got := len(set.Unreviewed(analysis)); got != 3 {
		t.Fatalf("unreviewed = %d, want 3", got)
	}
	if _, err := set.Accept(DetectionsOf(analysis)[0], nil); err != nil {
		t.Fatal(err)
	}
	if err := set.Reject(DetectionPromo, spanOf(t, "北京")); err != nil {
		t.Fatal(err)
	}
	left := set.Unreviewed(analysis)
	if len(left) != 1 || left[0].Span != quote {
		t.Fatalf("unreviewed after accept+reject = %+v", left)
	}
	if got := set.ByLabel("quote"); len(got) != 1 || got[0].Speaker != "Alpha" || got[0].Source != SourceAuto {
		t.Errorf("ByLabel(quote) = %+v", got)
	}
	if got := set.ByLabel("claim"); len(got) != 0 {
		t.Errorf("ByLabel(claim) = %+v", got)
	}
}

func TestUpdateOrphanValidatesLikePlaced(t *testing.T) {
	doc, _ := NewDocument("o.txt", []byte("He said \"yes\" twice.\n"), false)
	set := NewAnnotationSet(doc, SetOptions{Author: "t"})
	a, err := set.Add(Annotation{Label: "quote", Span: Span{8, 13}, Source: SourceAuto})
	if err != nil {
		t.Fatal(err)
	}
	if err := set.Update(a.ID, func(x *Annotation) { x.Orphan, x.Source = true, "bogus" }); !errors.Is(err, ErrInvalidSource) {
		t.Errorf("orphan with invalid source: %v", err)
	}
	if err := set.Update(a.ID, func(x *Annotation) { x.Orphan, x.Label = true, " " }); !errors.Is(err, ErrEmptyLabel) {
		t.Errorf("orphan with empty label: %v", err)
	}
	if err := set.Update(a.ID, func(x *Annotation) { x.Orphan = true }); err != nil {
		t.Fatal(err)
	}
	got, _ := set.Get(a.ID)
	if !got.Orphan || got.Span != (Span{}) || got.Text != "\"yes\"" {
		t.Errorf("orphaned: %+v", got)
	}
	if got.Source != SourceAuto {
		t.Errorf("orphaning without changing span/label/speaker changed the source to %q", got.Source)
	}
}
