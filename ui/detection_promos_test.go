package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
)

// promoArticle has 30 paragraphs; every third one (2, 5, 8, …) is a promo
// line, the others wrap to two or three lines at 40 columns.
func promoArticle(t *testing.T) (*model.Document, *model.Analysis) {
	var b strings.Builder
	for i := range 30 {
		if i%3 == 2 {
			fmt.Fprintf(&b, "SUBSCRIBE TO THE DAILY BRIEFING %d\n", i)
		} else {
			fmt.Fprintf(&b, "Paragraph %d of the story runs long enough to wrap across two lines here.\n", i)
		}
	}
	doc := mustDoc(t, "promos.txt", b.String())
	a := &model.Analysis{}
	for i, p := range doc.Paragraphs {
		if i%3 == 2 {
			a.Promos = append(a.Promos, model.Promo{Span: model.Span{Start: p.Start, End: p.End}, Kind: model.PromoCallToAction})
		}
	}
	return doc, a
}

func TestTogglePromosKeepsReadingPosition(t *testing.T) {
	doc, a := promoArticle(t)
	tests := []struct {
		name     string
		para     int // paragraph put at the top
		down     int // lines scrolled into it
		wantPara int // paragraph at the top once promos are hidden
		wantLine int
	}{
		{"story paragraph stays at the top", 10, 0, 10, 0},
		{"second line of a paragraph stays", 13, 1, 13, 1},
		{"hidden top paragraph gives way to the next", 11, 0, 12, 0},
		{"first paragraph", 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := readerWith(t, doc, a, 40, 10)
			m.article.JumpTo(doc.Paragraphs[tt.para].Start)
			m.article.ScrollDown(tt.down)
			before := m.article.Top()
			m = press(t, m, "p")
			if got := m.article.Top(); got != (article.Position{Para: tt.wantPara, Line: tt.wantLine}) {
				t.Fatalf("top after p = %+v, want {%d %d}", got, tt.wantPara, tt.wantLine)
			}
			s := screen(m)
			if strings.Contains(s, "SUBSCRIBE") {
				t.Errorf("promo lines still drawn:\n%s", s)
			}
			if !strings.Contains(s, "10 promos hidden") {
				t.Errorf("status line does not say promos are hidden:\n%s", s)
			}
			m = press(t, m, "p")
			if tt.para == tt.wantPara && m.article.Top() != before {
				t.Errorf("showing promos again moved the top from %+v to %+v", before, m.article.Top())
			}
			if strings.Contains(screen(m), "promos hidden") {
				t.Error("status line still says promos are hidden")
			}
		})
	}
}

func TestTogglePromosBeforeAnalysis(t *testing.T) {
	doc, _ := promoArticle(t)
	m := sized(doc, 40, 10)
	m.sess.ExpectAnalysis()
	m = press(t, m, "p")
	if m.detect.PromosHidden() || m.article.Hidden() != nil {
		t.Error("p hid promos before there was an analysis")
	}
	if !strings.Contains(m.message, "analyzing") {
		t.Errorf("message %q, want it to say the analysis is running", m.message)
	}
}

func TestPromosTabJumps(t *testing.T) {
	doc, a := promoArticle(t)
	m := readerWith(t, doc, a, 100, 12)
	// Outline, Quotes, Speakers, Promos; the third promo is paragraph 8.
	m = press(t, m, "tab", "l", "l", "l", "j", "j", "enter")
	if got := m.article.TopParagraph(); got != 8 {
		t.Fatalf("enter on the third promo shows paragraph %d at the top, want 8", got)
	}
	if m.focus != focusArticle {
		t.Error("jumping did not return the focus to the article")
	}
	if s := screen(m); !strings.Contains(s, "10 promos · p hides") || !strings.Contains(s, "action") {
		t.Errorf("Promos tab:\n%s", s)
	}
}
