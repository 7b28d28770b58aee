package session

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// reviewState is the review list as (reason, stored text) pairs.
func reviewState(s *Session) []string {
	var out []string
	for _, a := range s.Review() {
		out = append(out, s.ReviewReason(a)+": "+a.Text)
	}
	return out
}

func TestReviewOperations(t *testing.T) {
	man, mayor, spokesman := reviewTags[1], reviewTags[2], reviewTags[3]
	all := []string{"text changed: " + man, "context changed: " + mayor, "not found: " + spokesman}
	idOf := func(s *Session, text string) string {
		for _, a := range s.Review() {
			if a.Text == text {
				return a.ID
			}
		}
		t.Fatalf("%q is not in the review list", text)
		return ""
	}
	tests := []struct {
		name string
		do   func(s *Session) Outcome
		want []string // the review list after
		msg  string   // in the outcome's message
	}{
		{"confirm one", func(s *Session) Outcome { return s.Confirm(idOf(s, man)) }, all[1:], "confirmed claim at “the woman was arrested on Elm"},
		{"confirm all", func(s *Session) Outcome { return s.ConfirmAll() }, all[2:], "confirmed 2 re-anchored tags"},
		{"confirm an orphan without a suggestion", func(s *Session) Outcome { return s.Confirm(idOf(s, spokesman)) }, all, "no place to confirm"},
		{"place an orphan", func(s *Session) Outcome {
			i := strings.Index(reviewAfter, "budget")
			return s.Place(idOf(s, spokesman), model.Span{Start: i, End: i + len("budget")})
		}, all[:2], "placed claim at “budget”"},
		{"place at nothing", func(s *Session) Outcome { return s.Place(idOf(s, spokesman), model.Span{Start: 3, End: 3}) }, all, "select the text"},
		{"tag elsewhere", func(s *Session) Outcome {
			i := strings.Index(reviewAfter, "budget")
			return s.Tag(1, model.Span{Start: i, End: i + len("budget")})
		}, all, "tagged"},
		{"delete a re-anchored tag", func(s *Session) Outcome { return s.Delete(idOf(s, man)) }, all[1:], "deleted"},
		{"confirm a confirmed tag", func(s *Session) Outcome {
			id := idOf(s, man)
			s.Confirm(id)
			return s.Confirm(id)
		}, all[1:], "already confirmed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := reviewFixture(t)
			if got := reviewState(s); strings.Join(got, "|") != strings.Join(all, "|") {
				t.Fatalf("review list before: %q", got)
			}
			o := tt.do(s)
			if got := reviewState(s); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("review list after: %q, want %q", got, tt.want)
			}
			if !strings.Contains(o.Message, tt.msg) {
				t.Fatalf("message %q, want %q", o.Message, tt.msg)
			}
			if o.Changed && len(tt.want) < len(all) { // one undo step brings the stored anchors back
				s.Undo()
				if got := reviewState(s); len(got) <= len(tt.want) {
					t.Fatalf("after undo: %q", got)
				}
			}
		})
	}
}

func TestConfirmedTagStoresTheNewPassage(t *testing.T) {
	s := reviewFixture(t)
	var id string
	for _, a := range s.Review() {
		if a.Text == reviewTags[1] {
			id = a.ID
		}
	}
	s.Confirm(id)
	a, _ := s.Set().Get(id)
	if a.Text != reviewAfter[a.Span.Start:a.Span.End] || a.Reanchored {
		t.Fatalf("confirmed tag keeps %q (reanchored %v)", a.Text, a.Reanchored)
	}
}
