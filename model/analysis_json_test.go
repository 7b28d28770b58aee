package model

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeSlice returns the code points [start, end) of s.
func runeSlice(s string, start, end int) string {
	r := []rune(s)
	return string(r[start:end])
}

func TestAnalysisJSONOffsetsAreCodePoints(t *testing.T) {
	text := "😀 记者说：“你好 😀” e\u0301té\n\"Oui,\" dit-il. 🇫🇷\nCLICK HERE TO GET THE APP\n"
	doc, err := NewDocument("a.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	byteSpan := func(sub string) Span {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%q not in text", sub)
		}
		return Span{i, i + len(sub)}
	}
	a := &Analysis{
		Quotes: []Quote{
			{Span: byteSpan("“你好 😀”"), Speaker: &SpeakerMention{Name: "记者", Span: byteSpan("记者")}, Cue: &Span{byteSpan("说").Start, byteSpan("说").End}, Confidence: 0.9},
			{Span: byteSpan(`"Oui,"`), Depth: 0, Partial: true},
		},
		Speakers: []Speaker{{Name: "记者", Mentions: []Span{byteSpan("记者")}, Quotes: 1}},
		Promos:   []Promo{{Span: byteSpan("CLICK HERE TO GET THE APP"), Kind: PromoCallToAction}},
	}
	j := NewAnalysisJSON(doc, a)
	if j.Offsets != "unicode-code-points" || j.Path != "a.txt" {
		t.Errorf("header = %q %q", j.Offsets, j.Path)
	}
	for _, q := range j.Quotes {
		if got := runeSlice(text, q.Start, q.End); got != q.Text {
			t.Errorf("quote [%d,%d) slices %q, text is %q", q.Start, q.End, got, q.Text)
		}
		if got := text[q.ByteStart:q.ByteEnd]; got != q.Text {
			t.Errorf("quote bytes [%d,%d) = %q, text %q", q.ByteStart, q.ByteEnd, got, q.Text)
		}
	}
	q0 := j.Quotes[0]
	if q0.Start != 6 || q0.End != 12 {
		t.Errorf("first quote at [%d,%d), want [6,12)", q0.Start, q0.End)
	}
	if q0.Speaker == nil || q0.Speaker.Name != "记者" || runeSlice(text, q0.Speaker.Start, q0.Speaker.End) != "记者" {
		t.Errorf("speaker = %+v", q0.Speaker)
	}
	if q0.Cue == nil || q0.Cue.Text != "说" {
		t.Errorf("cue = %+v", q0.Cue)
	}
	if j.Quotes[1].Speaker != nil || !j.Quotes[1].Partial {
		t.Errorf("second quote = %+v", j.Quotes[1])
	}
	p := j.Promos[0]
	if runeSlice(text, p.Start, p.End) != p.Text || p.Kind != PromoCallToAction {
		t.Errorf("promo = %+v", p)
	}
	if len(j.Speakers) != 1 || j.Speakers[0].Aliases == nil || j.Speakers[0].Quotes != 1 {
		t.Errorf("speakers = %+v", j.Speakers)
	}

	data, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"speaker":null`, `"aliases":[]`, `"offsets":"unicode-code-points"`, `"byte_start"`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("JSON lacks %s: %s", key, data)
		}
	}
}

func TestAnalysisJSONEmptyAndClamped(t *testing.T) {
	doc, err := NewDocument("b.txt", []byte("é"), false)
	if err != nil {
		t.Fatal(err)
	}
	j := NewAnalysisJSON(doc, nil)
	if j.Quotes == nil || j.Speakers == nil || j.Promos == nil {
		t.Errorf("nil lists would marshal as null: %+v", j)
	}
	j = NewAnalysisJSON(doc, &Analysis{Promos: []Promo{{Span: Span{-3, 99}, Kind: PromoAdvertisement}}})
	if p := j.Promos[0]; p.Start != 0 || p.End != 1 || p.Text != "é" {
		t.Errorf("clamped promo = %+v", p)
	}
}

// FuzzAnalysisJSON checks that any byte spans convert to code-point offsets
// whose slice of the text equals the reported text.
func FuzzAnalysisJSON(f *testing.F) {
	f.Add("😀 记者说：“你好” e\u0301", 2, 9)
	f.Add("plain", 0, 5)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		doc, err := NewDocument("f.txt", []byte(text), false)
		if err != nil {
			return
		}
		j := NewAnalysisJSON(doc, &Analysis{
			Quotes: []Quote{{Span: Span{start, end}, Speaker: &SpeakerMention{Name: "x", Span: Span{end, start}}}},
			Promos: []Promo{{Span: Span{start, end}, Kind: PromoAdvertisement}},
		})
		runes := []rune(doc.Text)
		q := j.Quotes[0]
		if q.Start < 0 || q.Start > q.End || q.End > len(runes) {
			t.Fatalf("quote offsets [%d,%d) outside %d code points", q.Start, q.End, len(runes))
		}
		if doc.Text[q.ByteStart:q.ByteEnd] != q.Text {
			t.Fatalf("byte range [%d,%d) does not hold %q", q.ByteStart, q.ByteEnd, q.Text)
		}
		if utf8.ValidString(q.Text) && string(runes[q.Start:q.End]) != q.Text {
			t.Fatalf("code points [%d,%d) = %q, text %q", q.Start, q.End, string(runes[q.Start:q.End]), q.Text)
		}
	})
}

// BenchmarkNewAnalysisJSON10MB converts a 10 MB analysis with many quotes,
// including building the document's offset index (as `annotty analyze` does).
func BenchmarkNewAnalysisJSON10MB(b *testing.B) {
	para := "The minister said “we share the goal — 世界 🙂” and left. "
	text := strings.Repeat(para, 10<<20/len(para))
	a := &Analysis{}
	for off := 0; off+len(para) <= len(text); off += len(para) {
		q := off + strings.Index(para, "“")
		end := off + strings.Index(para, "”") + len("”")
		cue := off + strings.Index(para, "said")
		a.Quotes = append(a.Quotes, Quote{Span: Span{q, end},
			Speaker: &SpeakerMention{Name: "minister", Span: Span{off + 4, off + 12}}, Cue: &Span{cue, cue + 4}})
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		doc := &Document{Path: "big.txt", Text: text}
		NewAnalysisJSON(doc, a)
	}
}
