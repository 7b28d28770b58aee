package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
)

// BenchmarkTagDecorate measures one frame's tag lookups for a paragraph near
// the end of a long article with 5,000 tags.
func BenchmarkTagDecorate(b *testing.B) {
	text := strings.Repeat("A sentence of the article goes here. Another one follows it.\n\n", 5000)
	doc := mustDoc(b, "long.txt", text)
	tags := layers.NewTags(session.New(doc, session.Options{}), plainStyles())
	for i := range doc.Paragraphs {
		p := doc.Paragraphs[i]
		if _, err := tags.Sess.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: p.Start, End: p.Start + 36}}); err != nil {
			b.Fatal(err)
		}
	}
	last := len(doc.Paragraphs) - 10
	var buf []article.Decoration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf = tags.Decorate(buf[:0], doc, last)
	}
	if len(buf) != 1 {
		b.Fatalf("%d decorations", len(buf))
	}
}

// BenchmarkCursorDecorate measures drawing the cursor, its sentence and a selection.
func BenchmarkCursorDecorate(b *testing.B) {
	text := strings.Repeat("A sentence of the article goes here. Another one follows it.\n\n", 5000)
	m := sized(mustDoc(b, "long.txt", text), 80, 24)
	m = press(b, m, "G", "v", ")")
	h := cursorHighlighter{state: m.cursor, Paints: &m.tags.Paints}
	p := m.doc.ParagraphAt(m.cursor.at())
	var buf []article.Decoration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf = h.Decorate(buf[:0], m.doc, p)
	}
}
