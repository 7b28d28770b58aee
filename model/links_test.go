package model

import (
	"strings"
	"testing"
)

func TestAcceptKeepsQuoteLinksAndDropsAStaleSpeakerMention(t *testing.T) {
	text := "Officials met. \"We will go,\" Sullivan told reporters. 👩‍👩‍👧 \"Not yet,\" he said.\n"
	doc, err := NewDocument("t.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	at := func(sub string) Span { i := strings.Index(text, sub); return Span{i, i + len(sub)} }
	d := Detection{Kind: DetectionQuote, Span: at("\"We will go,\""), Speaker: "Jake Sullivan",
		SpeakerMention: LinkedSpan{Span: at("Sullivan")}, Cue: LinkedSpan{Span: at("told reporters")}}
	tests := []struct {
		name                string
		edit                func(*Annotation)
		wantMention, wanCue string
	}{
		{"accepted as is", nil, "Sullivan", "told reporters"},
		{"note added", func(a *Annotation) { a.Note = "check" }, "Sullivan", "told reporters"},
		{"speaker changed", func(a *Annotation) { a.Speaker = "Joe Biden" }, "", "told reporters"},
		{"speaker and mention changed", func(a *Annotation) {
			a.Speaker, a.SpeakerMention = "he", LinkedSpan{Span: at("he said")}
			a.SpeakerMention.Span.End -= len(" said")
		}, "he", "told reporters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := NewAnnotationSet(doc, SetOptions{Author: "t"})
			a, err := set.Accept(d, tt.edit)
			if err != nil {
				t.Fatal(err)
			}
			if a.SpeakerMention.Text != tt.wantMention || a.Cue.Text != tt.wanCue {
				t.Errorf("links = %+v / %+v", a.SpeakerMention, a.Cue)
			}
			if !a.SpeakerMention.IsZero() && text[a.SpeakerMention.Span.Start:a.SpeakerMention.Span.End] != a.SpeakerMention.Text {
				t.Errorf("mention text not the text at its span")
			}
		})
	}
}

func TestUpdateSpeakerDropsMentionAndInvalidLinkSpanIsDropped(t *testing.T) {
	text := "\"Go,\" Ann said. Café\u0301 北京"
	doc, _ := NewDocument("t.txt", []byte(text), false)
	set := NewAnnotationSet(doc, SetOptions{Author: "t"})
	ann := strings.Index(text, "Ann")
	a, err := set.Add(Annotation{Label: "quote", Span: Span{0, 5}, Speaker: "Ann", SpeakerMention: LinkedSpan{Span: Span{ann, ann + 3}},
		Cue: LinkedSpan{Span: Span{len(text) - 1, len(text) + 4}}}) // cue outside the text
	if err != nil {
		t.Fatal(err)
	}
	if a.SpeakerMention.Text != "Ann" || !a.Cue.IsZero() {
		t.Fatalf("added links %+v %+v", a.SpeakerMention, a.Cue)
	}
	if err := set.Update(a.ID, func(x *Annotation) { x.Speaker = "Bob" }); err != nil {
		t.Fatal(err)
	}
	if got, _ := set.Get(a.ID); !got.SpeakerMention.IsZero() {
		t.Errorf("a new speaker must drop the old mention: %+v", got.SpeakerMention)
	}
}

func TestLinkNear(t *testing.T) {
	doc := "he said. 北京 he said. he"
	tests := []struct {
		text         string
		hint, window int
		want         int
		ok           bool
	}{
		{"he", 0, 0, 0, true},
		{"he", 12, 100, 16, true}, // nearest to the hint
		{"he", 30, 100, 25, true},
		{"he", 5, 1, 0, false},
		{"北京", 8, 5, 9, true},
		{"", 0, 10, 0, false},
	}
	for _, tt := range tests {
		got, ok := linkNear(doc, tt.text, tt.hint, tt.window)
		if ok != tt.ok || (ok && got.Start != tt.want) {
			t.Errorf("linkNear(%q, %d, %d) = %v %v, want %d %v", tt.text, tt.hint, tt.window, got, ok, tt.want, tt.ok)
		}
	}
}
