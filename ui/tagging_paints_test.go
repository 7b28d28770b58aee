package ui

import (
	"io"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Nested tags give two decorations; the inner one sorts after the outer one,
// so its colour wins inside it. Each label has its own colour.
func TestTagDecorationsNested(t *testing.T) {
	doc := mustDoc(t, "n.txt", tagText)
	tags := layers.NewTags(session.New(doc, session.Options{}), colourStyles())
	outer := model.Span{Start: 0, End: len("Officials met on Monday.")}
	inner := model.Span{Start: len("Officials "), End: len("Officials met")}
	for _, a := range []model.Annotation{{Label: "claim", Span: outer}, {Label: "quote", Span: inner}} {
		if _, err := tags.Sess.Set().Add(a); err != nil {
			t.Fatal(err)
		}
	}
	ds := tags.Decorate(nil, doc, 0)
	article.SortDecorations(ds)
	if len(ds) != 2 || ds[0].Span != outer || ds[1].Span != inner || ds[0].Paint == ds[1].Paint {
		t.Fatalf("decorations %+v", ds)
	}
	if got, ok := tags.Sess.TagAt(inner.Start); !ok || got.Label != "quote" {
		t.Fatalf("innermost at %d: %+v", inner.Start, got)
	}
	if got, ok := tags.Sess.TagAt(0); !ok || got.Label != "claim" {
		t.Fatalf("tag at 0: %+v", got)
	}
}

// Without colour, tags are underlined and the cursor is in reverse video.
func TestTagPaintsNoColor(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	p := layers.NewTagPaints(theme.NewStyles(theme.NoColorTheme(true), r), model.DefaultLabels())
	for _, l := range model.DefaultLabels().Labels {
		if open := p.ForLabel(l.Name).Open(); !strings.Contains(open, "4") || strings.Contains(open, "38;") {
			t.Errorf("%s: paint %q, want underline without colour", l.Name, open)
		}
	}
	if !strings.Contains(p.Cursor.Open(), "7") {
		t.Errorf("cursor paint %q", p.Cursor.Open())
	}
}
