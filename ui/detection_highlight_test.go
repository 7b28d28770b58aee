package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/layers"
)

// bridgeText is a small article with every kind of detection: attributed,
// partial, nested and unattributed quotes, pronoun mentions, a promo line
// holding quote marks, and a second speaker.
const bridgeText = `Mayor Ana Ruiz said the plan was "ready" today.
"We will build it," Ruiz told reporters. "It is 'our' bridge," she added.
READ MORE: "BRIDGE WILL FALL," CRITICS SAY
"No," said Tom Baker.
`

// spanOf is the byte span of the n-th (0-based) occurrence of sub in text.
func spanOf(t testing.TB, text, sub string, n int) model.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("%q: occurrence %d not found", sub, n)
		}
		if i == n {
			return model.Span{Start: off + j, End: off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

// bridgeAnalysis is a hand-made analysis of bridgeText, independent of the
// detectors' tuning. Quotes, in order: ready (Ruiz, partial), We will build
// (Ruiz), It is our bridge (Ruiz, via "she"), 'our' (nested, nobody),
// BRIDGE WILL FALL (inside the promo, nobody), No (Tom Baker).
func bridgeAnalysis(t testing.TB) *model.Analysis {
	text := bridgeText
	mention := func(name, sub string, n int) *model.SpeakerMention {
		kind := model.MentionName
		if sub == "she" {
			kind = model.MentionPronoun
		}
		return &model.SpeakerMention{Name: name, Span: spanOf(t, text, sub, n), Kind: kind}
	}
	cue := func(sub string) *model.Span { s := spanOf(t, text, sub, 0); return &s }
	return &model.Analysis{
		Quotes: []model.Quote{
			{Span: spanOf(t, text, `"ready"`, 0), Speaker: mention("Ana Ruiz", "Ana Ruiz", 0), Cue: cue("said"), Partial: true},
			{Span: spanOf(t, text, `"We will build it,"`, 0), Speaker: mention("Ana Ruiz", "Ruiz", 1), Cue: cue("told")},
			{Span: spanOf(t, text, `"It is 'our' bridge,"`, 0), Speaker: mention("Ana Ruiz", "she", 0), Cue: cue("added"), Basis: model.BasisAdjacentCue, Confidence: 0.85},
			{Span: spanOf(t, text, `'our'`, 0), Depth: 1},
			{Span: spanOf(t, text, `"BRIDGE WILL FALL,"`, 0)},
			{Span: spanOf(t, text, `"No,"`, 0), Speaker: mention("Tom Baker", "Tom Baker", 0), Cue: cue("said Tom")},
		},
		Speakers: []model.Speaker{
			{Name: "Ana Ruiz", Aliases: []string{"Ruiz", "she"}, Quotes: 3,
				Mentions: []model.Span{spanOf(t, text, "Ana Ruiz", 0), spanOf(t, text, "Ruiz", 1), spanOf(t, text, "she", 0)}},
			{Name: "Tom Baker", Quotes: 1, Mentions: []model.Span{spanOf(t, text, "Tom Baker", 0)}},
		},
		Promos: []model.Promo{{Span: spanOf(t, text, `READ MORE: "BRIDGE WILL FALL," CRITICS SAY`, 0), Kind: model.PromoHeadlineLink}},
	}
}

// bridgeDetections is the shared detection state of bridgeText in colour.
func bridgeDetections(t *testing.T) (*model.Document, *layers.Detections) {
	doc := mustDoc(t, "bridge.txt", bridgeText)
	d := detectionsFor(doc, bridgeAnalysis(t), colourStyles(), true)
	return doc, d
}

// findDeco returns the decoration of paragraph para at layer covering
// exactly the first occurrence of sub in that paragraph.
func findDeco(t *testing.T, d *layers.Detections, doc *model.Document, para int, sub string, layer article.Layer) (article.Decoration, bool) {
	t.Helper()
	p := doc.Paragraphs[para]
	s := spanOf(t, doc.Text[p.Start:p.End], sub, 0)
	s.Start, s.End = s.Start+p.Start, s.End+p.Start
	for _, dec := range d.Decorate(nil, doc, para) {
		if dec.Span == s && dec.Layer == layer {
			return dec, true
		}
	}
	return article.Decoration{}, false
}

func TestDetectionDecorations(t *testing.T) {
	doc, d := bridgeDetections(t)
	ruiz := d.Paints.Speaker(d.Slot("Ana Ruiz"))
	baker := d.Paints.Speaker(d.Slot("Tom Baker"))
	if ruiz.Quote == baker.Quote {
		t.Fatal("two speakers of one article share a colour")
	}
	tests := []struct {
		name  string
		para  int
		sub   string
		layer article.Layer
		paint Paint
	}{
		{"partial quote in the speaker's colour", 0, `"ready"`, article.LayerQuote, ruiz.Quote},
		{"named mention bold in the speaker's colour", 0, "Ana Ruiz", article.LayerSpeaker, ruiz.Mention},
		{"quote", 1, `"We will build it,"`, article.LayerQuote, ruiz.Quote},
		{"surname mention", 1, "Ruiz", article.LayerSpeaker, ruiz.Mention},
		{"pronoun mention", 1, "she", article.LayerSpeaker, ruiz.Mention},
		{"nested quote above its outer quote, neutral", 1, `'our'`, article.LayerQuote + 1, d.Paints.NeutralNested},
		{"unattributed quote neutral", 2, `"BRIDGE WILL FALL,"`, article.LayerQuote, d.Paints.Neutral},
		{"promo dimmed", 2, `READ MORE: "BRIDGE WILL FALL," CRITICS SAY`, article.LayerPromo, d.Paints.Promo},
		{"second speaker's quote", 3, `"No,"`, article.LayerQuote, baker.Quote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec, ok := findDeco(t, d, doc, tt.para, tt.sub, tt.layer)
			if !ok {
				t.Fatalf("no layer-%d decoration on %q in paragraph %d: %+v", tt.layer, tt.sub, tt.para, d.Decorate(nil, doc, tt.para))
			}
			if dec.Paint != tt.paint {
				t.Errorf("paint %q, want %q", dec.Paint.Open(), tt.paint.Open())
			}
		})
	}
	if d.Paints.NeutralNested == ruiz.Quote || d.Paints.Neutral == ruiz.Quote {
		t.Error("nested and unattributed quotes must be told apart from the outer quote")
	}
}

func TestDetectionGutterMarksPromosOnly(t *testing.T) {
	doc, d := bridgeDetections(t)
	for p := range doc.Paragraphs {
		marker, paint, ok := d.Gutter(doc, p)
		if want := p == 2; ok != want {
			t.Errorf("paragraph %d: gutter marker %v, want %v", p, ok, want)
		}
		if ok && (marker != layers.PromoGutterMarker || paint.IsZero()) {
			t.Errorf("paragraph %d: marker %q paint %q", p, marker, paint.Open())
		}
	}
}

func TestDetectionFilterHighlightsOneSpeaker(t *testing.T) {
	doc, d := bridgeDetections(t)
	d.SetFilter("Tom Baker")
	for _, sub := range []string{`"We will build it,"`, "Ruiz", `'our'`} {
		for _, layer := range []article.Layer{article.LayerQuote, article.LayerQuote + 1, article.LayerSpeaker} {
			if _, ok := findDeco(t, d, doc, 1, sub, layer); ok {
				t.Errorf("filtered to Tom Baker, %q is still highlighted", sub)
			}
		}
	}
	if _, ok := findDeco(t, d, doc, 3, `"No,"`, article.LayerQuote); !ok {
		t.Error("filtered to Tom Baker, his quote is not highlighted")
	}
	if _, ok := findDeco(t, d, doc, 2, `READ MORE: "BRIDGE WILL FALL," CRITICS SAY`, article.LayerPromo); !ok {
		t.Error("the speaker filter must not un-dim promos")
	}
	d.SetFilter("")
	if _, ok := findDeco(t, d, doc, 1, `"We will build it,"`, article.LayerQuote); !ok {
		t.Error("clearing the filter did not bring Ruiz's quote back")
	}
}

func TestDetectionsBeforeAnalysis(t *testing.T) {
	doc := mustDoc(t, "bridge.txt", bridgeText)
	d := detectionsFor(doc, nil, colourStyles(), true)
	if got := d.Decorate(nil, doc, 1); len(got) != 0 {
		t.Errorf("decorations before the analysis: %v", got)
	}
	if _, _, ok := d.Gutter(doc, 2); ok {
		t.Error("gutter marker before the analysis")
	}
	if d.Status() != "analyzing…" {
		t.Errorf("status %q", d.Status())
	}
	if off := detectionsFor(doc, nil, colourStyles(), false); off.Status() != "no analysis" {
		t.Errorf("without an analyzer, status %q", off.Status())
	}
}
