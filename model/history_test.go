package model

import (
	"fmt"
	"testing"
)

func TestUndoIsUnlimited(t *testing.T) {
	set, _ := newTestSet(t)
	span := spanOf(t, "你好")
	const n = 1500
	for i := 0; i < n; i++ {
		if _, err := set.Add(Annotation{Label: fmt.Sprint("l", i), Span: span}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < n; i++ {
		if !set.Undo() {
			t.Fatalf("undo %d failed", i)
		}
	}
	if set.Len() != 0 || set.Undo() {
		t.Fatalf("after %d undos: %d left", n, set.Len())
	}
	for i := 0; i < n; i++ {
		if !set.Redo() {
			t.Fatalf("redo %d failed", i)
		}
	}
	if set.Len() != n || set.Redo() || !set.CanUndo() {
		t.Fatalf("after redos: %d", set.Len())
	}
}

func TestOverlapping(t *testing.T) {
	set, _ := newTestSet(t)
	for _, step := range "AN" { // a quote and the emoji nested inside it
		if err := runStep(t, set, step); err != nil {
			t.Fatal(err)
		}
	}
	emoji := spanOf(t, "👩‍👩‍👧")
	if got := set.Overlapping(Span{emoji.Start, emoji.Start + 1}); len(got) != 2 {
		t.Errorf("inside the emoji: %d annotations, want 2", len(got))
	}
	if got := set.Overlapping(spanOf(t, "world")); len(got) != 1 || got[0].Label != "quote" {
		t.Errorf("on 'world': %+v", got)
	}
	if got := set.Overlapping(spanOf(t, "Alpha")); len(got) != 0 {
		t.Errorf("outside: %+v", got)
	}
}

// benchmarkSet returns a set with n annotations over a long article.
func benchmarkSet(b *testing.B, n int) *AnnotationSet {
	text := ""
	for i := 0; i < n; i++ {
		text += fmt.Sprintf("Paragraph %d: the minister said \"we will act\" on day %d.\n", i, i)
	}
	doc, _ := NewDocument("bench.txt", []byte(text), false)
	set := NewAnnotationSet(doc, SetOptions{Author: "b"})
	for i, off := 0, 0; i < n; i++ {
		start := off + len(fmt.Sprintf("Paragraph %d: the minister said ", i))
		if _, err := set.Add(Annotation{Label: "quote", Span: Span{start, start + len("\"we will act\"")}}); err != nil {
			b.Fatal(err)
		}
		off += len(fmt.Sprintf("Paragraph %d: the minister said \"we will act\" on day %d.\n", i, i))
	}
	return set
}

func BenchmarkAllAfterChange(b *testing.B) {
	set := benchmarkSet(b, 1000)
	id := set.All()[500].ID
	for b.Loop() {
		_ = set.Update(id, func(a *Annotation) { a.Note += "x" })
		_ = set.All()
	}
}

func BenchmarkStoreSave1000(b *testing.B) {
	set := benchmarkSet(b, 1000)
	dir := b.TempDir()
	doc := set.Document()
	doc.Path = dir + "/bench.txt"
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	st.set = set
	id := set.All()[500].ID
	for b.Loop() {
		_ = set.Update(id, func(a *Annotation) { a.Note += "x" })
		if err := st.Save(); err != nil {
			b.Fatal(err)
		}
	}
}
