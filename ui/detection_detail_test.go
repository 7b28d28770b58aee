package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/side"
	"github.com/charmbracelet/x/ansi"
)

func TestQuoteDetailMarkdown(t *testing.T) {
	doc := mustDoc(t, "bridge.txt", bridgeText)
	a := bridgeAnalysis(t)
	md := layers.QuoteDetailMarkdown(doc, a.Quotes[2])
	for _, want := range []string{"**Ana Ruiz**", "“she” in the cue", "added", "→ Ana Ruiz", "confidence", `"It is 'our' bridge,"`, "paragraph 2 of 4"} {
		if !strings.Contains(md, want) {
			t.Errorf("detail lacks %q:\n%s", want, md)
		}
	}
	if md := layers.QuoteDetailMarkdown(doc, a.Quotes[4]); !strings.HasPrefix(md, "No speaker") || !strings.Contains(md, "evidence too weak") {
		t.Errorf("a quote without speaker: %q", md)
	}
	if md := layers.QuoteDetailMarkdown(doc, a.Quotes[3]); !strings.Contains(md, "nested") {
		t.Errorf("a nested quote is not called nested: %q", md)
	}
}

func TestQuoteDetailEscapesArticleText(t *testing.T) {
	text := "\"Use *stars* and [links](x) \x1b[31mnow\",\" # she said.\n"
	doc := mustDoc(t, "evil.txt", text)
	q := model.Quote{Span: model.Span{Start: 0, End: strings.Index(text, ",\"") + 2}}
	md := layers.QuoteDetailMarkdown(doc, q)
	if strings.Contains(md, "\x1b") {
		t.Errorf("escape sequence reaches glamour: %q", md)
	}
	for _, raw := range []string{" *stars*", "[links](x)"} {
		if strings.Contains(md, raw) {
			t.Errorf("markup %q is not escaped: %q", raw, md)
		}
	}
}

func TestQuoteDetailRenderingIsCached(t *testing.T) {
	doc := mustDoc(t, "bridge.txt", bridgeText)
	a := bridgeAnalysis(t)
	var qd layers.QuoteDetail
	cmd := qd.Request(doc, a, 1, a.Quotes[1], 30, plainStyles())
	if cmd == nil {
		t.Fatal("no command for a new rendering")
	}
	if again := qd.Request(doc, a, 1, a.Quotes[1], 30, plainStyles()); again != nil {
		t.Error("a second request while the first is on its way")
	}
	msg, ok := cmd().(layers.QuoteDetailMsg)
	if !ok || msg.Err != nil {
		t.Fatalf("rendering failed: %+v", msg)
	}
	qd.Set(msg)
	if again := qd.Request(doc, a, 1, a.Quotes[1], 30, plainStyles()); again != nil {
		t.Error("re-rendering a cached detail")
	}
	if other := qd.Request(doc, a, 1, a.Quotes[1], 40, plainStyles()); other == nil {
		t.Error("no re-rendering for a new width")
	}
	view := qd.View(doc, a, 1, a.Quotes[1], 30, 8)
	if !strings.Contains(view, "Ana Ruiz") || !strings.Contains(view, "We will build it") {
		t.Errorf("cached view:\n%s", view)
	}
	// Another quote shows its plain rendering until glamour's arrives.
	if view := qd.View(doc, a, 5, a.Quotes[5], 30, 8); !strings.Contains(view, "Tom Baker") {
		t.Errorf("fallback view:\n%s", view)
	}
	qd.Set(layers.QuoteDetailMsg{Key: layers.DetailKey{Analysis: a, Quote: 5, Speaker: layers.SpeakerName(a.Quotes[5]), Width: 30}, Err: errors.New("boom")})
	if view := qd.View(doc, a, 5, a.Quotes[5], 30, 8); !strings.Contains(view, "Tom Baker") {
		t.Errorf("after a failed rendering:\n%s", view)
	}
}

func TestQuotesTabMarksQuoteBeingRead(t *testing.T) {
	doc, a := mustDoc(t, "bridge.txt", bridgeText), bridgeAnalysis(t)
	m := readerWith(t, doc, a, 100, 6)
	m = press(t, m, "tab", "l", "esc") // Quotes tab open, reading the article
	if got := m.quotes.CurrentRow(); got != 0 {
		t.Fatalf("at the top the current quote row is %d, want 0", got)
	}
	m = press(t, m, "j", "j") // paragraph 1 at the top
	if got := m.quotes.CurrentRow(); got != 1 {
		t.Errorf("with the second paragraph at the top the current row is %d, want 1", got)
	}
	if !strings.Contains(screen(m), "▸Ana Ruiz") {
		t.Errorf("current quote not marked:\n%s", screen(m))
	}
	// Reading on renders the detail of the quote now being read.
	if lines := m.detect.Detail.Rendered(layers.DetailKey{Analysis: a, Quote: 1, Speaker: layers.SpeakerName(a.Quotes[1]), Width: m.side.Width() - 2}); lines == nil {
		t.Error("the detail of the quote being read was not rendered while scrolling")
	}
}

func TestTabsBeforeAndAfterAnalysis(t *testing.T) {
	doc := mustDoc(t, "bridge.txt", bridgeText)
	m := sized(doc, 100, 12)
	m.sess.ExpectAnalysis()
	m = press(t, m, "tab", "l")
	if !strings.Contains(screen(m), "analyzing…") {
		t.Errorf("Quotes tab before the analysis:\n%s", screen(m))
	}
	failed := deliver(t, m, AnalysisDoneMsg{Err: errors.New("boom")})
	if !strings.Contains(screen(failed), "analysis failed") {
		t.Errorf("Quotes tab after a failed analysis:\n%s", screen(failed))
	}
	m = deliver(t, m, AnalysisDoneMsg{Analysis: bridgeAnalysis(t)})
	if s := screen(m); !strings.Contains(s, "6 quotes") || !strings.Contains(s, "We will build") {
		t.Errorf("Quotes tab after the analysis:\n%s", s)
	}
}

// Renderings finish in any order; each lands under its own quote.
func TestQuoteDetailOutOfOrder(t *testing.T) {
	doc := mustDoc(t, "bridge.txt", bridgeText)
	a := bridgeAnalysis(t)
	var qd layers.QuoteDetail
	first := qd.Request(doc, a, 1, a.Quotes[1], 30, plainStyles())
	second := qd.Request(doc, a, 5, a.Quotes[5], 30, plainStyles())
	qd.Set(second().(layers.QuoteDetailMsg))
	qd.Set(first().(layers.QuoteDetailMsg))
	for i, want := range map[int]string{1: "Ana Ruiz", 5: "Tom Baker"} {
		if got := qd.Rendered(layers.DetailKey{Analysis: a, Quote: i, Speaker: layers.SpeakerName(a.Quotes[i]), Width: 30}); got == nil || !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("quote %d: rendering %q, want it to name %s", i, got, want)
		}
	}
}

// Every tab fills exactly the cells it is given, at any size, before and
// after the analysis, with and without focus.
func TestDetectionTabsFitTheirCells(t *testing.T) {
	doc := mustDoc(t, "bridge.txt", bridgeText)
	for _, analysed := range []bool{false, true} {
		var a *model.Analysis
		if analysed {
			a = bridgeAnalysis(t)
		}
		d := detectionsFor(doc, a, plainStyles(), true)
		tabs := []side.Tab{side.NewQuotesTab(d), side.NewSpeakersTab(d, "enter", "esc", ""), side.NewPromosTab(d, "p")}
		for _, tab := range tabs {
			for width := 1; width <= 40; width += 3 {
				for height := 1; height <= 16; height++ {
					for _, focused := range []bool{false, true} {
						lines := strings.Split(tab.View(width, height, focused, plainStyles()), "\n")
						if len(lines) != height {
							t.Fatalf("%s %dx%d: %d lines", tab.Title(), width, height, len(lines))
						}
						for i, l := range lines {
							if w := ansi.StringWidth(l); w != width {
								t.Fatalf("%s %dx%d analysed=%v: line %d is %d cells: %q", tab.Title(), width, height, analysed, i, w, l)
							}
						}
					}
				}
			}
		}
	}
}
