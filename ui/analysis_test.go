package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
)

func TestAnalysisStartsFromInitAndIsDeliveredOnce(t *testing.T) {
	doc := mustDoc(t, "a.txt", "\"Hello,\" she said.\nREAD MORE: SOMETHING ELSE\n")
	want := &model.Analysis{
		Quotes: []model.Quote{{Span: model.Span{Start: 0, End: 8}}},
		Promos: []model.Promo{{Span: model.Span{Start: doc.Paragraphs[1].Start, End: doc.Paragraphs[1].End}, Kind: model.PromoHeadlineLink}},
	}
	calls := 0
	analyze := func(ctx context.Context, d *model.Document, progress func(done, total int)) (*model.Analysis, error) {
		calls++
		if d != doc {
			t.Error("analysis got another document")
		}
		progress(1, 2)
		progress(2, 2)
		return want, nil
	}
	m := New(doc, Options{Styles: plainStyles(), Analyze: analyze})
	m = deliver(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	if calls != 0 {
		t.Fatal("the analysis started before Init")
	}
	m = deliverCmd(t, m, m.Init())
	if calls != 1 || m.detect.Analysis != want || m.sess.Analysis() != want {
		t.Fatalf("analysis not delivered (calls %d)", calls)
	}
	m = deliver(t, m, tea.WindowSizeMsg{Width: 100, Height: 12})
	if calls != 1 {
		t.Fatalf("a resize started the analysis again (calls %d)", calls)
	}
}

func TestAnalysisFailureIsReported(t *testing.T) {
	doc := mustDoc(t, "a.txt", "Text.\n")
	analyze := func(context.Context, *model.Document, func(int, int)) (*model.Analysis, error) {
		return nil, errors.New("detector exploded")
	}
	m := deliver(t, New(doc, Options{Styles: plainStyles(), Analyze: analyze}), tea.WindowSizeMsg{Width: 80, Height: 10})
	m = deliverCmd(t, m, m.Init())
	if !strings.Contains(lastLine(screen(m)), "detector exploded") {
		t.Fatalf("status %q", lastLine(screen(m)))
	}
}

func TestAnalysisStatus(t *testing.T) {
	if got := analysisStatus(AnalysisProgressMsg{Done: 1, Total: 4}); got != "analyzing… 25%" {
		t.Errorf("got %q", got)
	}
	if got := analysisStatus(AnalysisProgressMsg{}); got != "analyzing…" {
		t.Errorf("got %q", got)
	}
}
