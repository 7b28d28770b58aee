package annotate

import (
	"os"
	"testing"

	"github.com/annotty/annotty/model"
)

// TestSeedArticle checks the bundled Fox News sample exactly: every quote's
// text and speaker, and every promo line with its kind.
func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile("../samples/fox-rafah.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument("fox-rafah.txt", data, false)
	if err != nil {
		t.Fatal(err)
	}
	a := Analyze(doc)

	wantQuotes := []struct {
		text, speaker, mention string
		depth                  int
		partial                bool
	}{
		{`"coherent and sustainable strategy"`, "Jake Sullivan", "Jake Sullivan", 0, true},
		{`"A major ground operation there would be a mistake, it would lead to more innocent civilian deaths, worsen the already dire humanitarian crisis, deepen the anarchy in Gaza, and further isolate Israel internationally,"`, "Jake Sullivan", "Sullivan", 0, false},
		{`"More importantly, the key goals Israel wants to achieve in Rafah can be done by other means,"`, "Jake Sullivan", "he", 0, false},
		{`"The president has repeatedly made the point that continuing military operations need to be connected to a clear strategic end game,"`, "Jake Sullivan", "Sullivan", 0, false},
		{`"The president told the prime minister again today that we share the goal of defeating Hamas, but we just believe you need a coherent and sustainable strategy to make that happen."`, "Jake Sullivan", "Sullivan", 0, false},
		{"\"What the president said today was, ‘I want you, Mr. Prime Minister, to understand exactly where I am on this. You need a strategy that works…. There is a better way,’\"", "Jake Sullivan", "Sullivan", 0, false},
		{"‘I want you, Mr. Prime Minister, to understand exactly where I am on this. You need a strategy that works…. There is a better way,’", "Biden", "the president", 1, false},
	}
	if len(a.Quotes) != len(wantQuotes) {
		t.Fatalf("got %d quotes %q, want %d", len(a.Quotes), quoteTexts(doc, a), len(wantQuotes))
	}
	for i, w := range wantQuotes {
		q := a.Quotes[i]
		if got := doc.Text[q.Span.Start:q.Span.End]; got != w.text {
			t.Errorf("quote %d = %q, want %q", i, got, w.text)
		}
		if q.Speaker == nil {
			t.Errorf("quote %d has no speaker, want %s", i, w.speaker)
			continue
		}
		if q.Speaker.Name != w.speaker {
			t.Errorf("quote %d speaker = %q, want %q", i, q.Speaker.Name, w.speaker)
		}
		if got := doc.Text[q.Speaker.Span.Start:q.Speaker.Span.End]; got != w.mention {
			t.Errorf("quote %d mention = %q, want %q", i, got, w.mention)
		}
		if q.Depth != w.depth || q.Partial != w.partial {
			t.Errorf("quote %d depth/partial = %d/%v, want %d/%v", i, q.Depth, q.Partial, w.depth, w.partial)
		}
	}

	wantPromos := []struct {
		text string
		kind model.PromoKind
	}{
		{"DOSSIER REVEALS INFORMATION USED TO EXPLAIN UN AGENCY'S DEEP TIES TO HAMAS IN GAZA", model.PromoHeadlineLink},
		{"NETANYAHU BLASTS SCHUMER, BIDEN OVER WANING SUPPORT FOR ISRAEL", model.PromoHeadlineLink},
		{"KIRBY DODGES ANSWERING POINT BLANK IF BIDEN BELIEVES NETANYAHU IMPEDES PEACE", model.PromoHeadlineLink},
		{"CLICK HERE TO GET THE FOX NEWS APP", model.PromoCallToAction},
	}
	if len(a.Promos) != len(wantPromos) {
		t.Fatalf("got %d promos, want %d", len(a.Promos), len(wantPromos))
	}
	for i, w := range wantPromos {
		p := a.Promos[i]
		if got := doc.Text[p.Span.Start:p.Span.End]; got != w.text || p.Kind != w.kind {
			t.Errorf("promo %d = %q (%s), want %q (%s)", i, got, p.Kind, w.text, w.kind)
		}
	}

	if len(a.Speakers) != 2 {
		t.Fatalf("speakers = %+v, want Jake Sullivan and Biden", a.Speakers)
	}
	if s := a.Speakers[0]; s.Name != "Jake Sullivan" || s.Quotes != 6 {
		t.Errorf("first speaker = %s with %d quotes, want Jake Sullivan with 6", s.Name, s.Quotes)
	}
	if s := a.Speakers[1]; s.Name != "Biden" || s.Quotes != 1 {
		t.Errorf("second speaker = %s with %d quotes, want Biden with 1", s.Name, s.Quotes)
	}
}
