package model

import (
	"fmt"
	"strings"
	"testing"
)

// storeWithTags opens a store for an article of n lines with one tag on each
// (100,000 tags make a sidecar of about 50 MB).
func storeWithTags(b *testing.B, n int) (*Store, []string) {
	b.Helper()
	var text strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&text, "Line %d: the council said the budget was “balanced” 📰.\n", i)
	}
	doc := writeArticleB(b, text.String())
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	ids := make([]string, 0, n)
	start := 0
	for i := 0; i < n; i++ {
		end := start + strings.IndexByte(doc.Text[start:], '\n')
		a, err := st.Set().Add(Annotation{Label: "claim", Span: Span{start, end}, Note: "checked"})
		if err != nil {
			b.Fatal(err)
		}
		ids = append(ids, a.ID)
		start = end + 1
	}
	if err := st.Save(); err != nil {
		b.Fatal(err)
	}
	return st, ids
}

// writeArticleB writes text as an article in a temporary folder.
func writeArticleB(b *testing.B, text string) *Document {
	b.Helper()
	dir := b.TempDir()
	doc, err := NewDocument(dir+"/a.txt", []byte(text), false)
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// The key path: a change to one of 100,000 tags plus Autosaver.Changed. No
// encoding, no disk: the save work is elsewhere.
func BenchmarkKeyPathChange100k(b *testing.B) {
	st, ids := storeWithTags(b, 100_000)
	a := NewAutosaver(st, 0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := ids[i%len(ids)]
		_ = st.Set().Update(id, func(x *Annotation) { x.Note = fmt.Sprint(i) })
		a.Changed()
	}
}

// Autosaver.Start after a change, on the UI goroutine once per Delay at
// most: the snapshot (it sorts the set when the change invalidated the order).
func BenchmarkAutosaverStart100k(b *testing.B) {
	st, ids := storeWithTags(b, 100_000)
	a := NewAutosaver(st, 0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		_ = st.Set().Update(ids[i%len(ids)], func(x *Annotation) { x.Note = fmt.Sprint(i) })
		b.StartTimer()
		if job := a.Start(); job == nil {
			b.Fatal("nothing to save")
		}
	}
}

// The background job: encode 100,000 tags and write them atomically.
func BenchmarkSaveJob100k(b *testing.B) {
	st, ids := storeWithTags(b, 100_000)
	a := NewAutosaver(st, 0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		_ = st.Set().Update(ids[i%len(ids)], func(x *Annotation) { x.Note = fmt.Sprint(i) })
		job := a.Start()
		b.StartTimer()
		if s := job(); s.Err != nil {
			b.Fatal(s.Err)
		}
	}
}
