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

// Saving with 100,000 tags (a 50 MB sidecar), in three steps:
//   - key-path: a change to one tag plus Autosaver.Changed (no encoding, no disk);
//   - hand-over: Autosaver.Start after a change (on the UI goroutine, at most once per Delay);
//   - background-write: the job Start returns (encode what changed, write atomically);
//   - first-write: the same when no record is encoded yet, as for the first
//     save after opening (every record is encoded).
func BenchmarkSave100k(b *testing.B) {
	st, ids := storeWithTags(b, 100_000)
	a := NewAutosaver(st, 0)
	b.Run("key-path", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			changeNote(st, ids, i)
			a.Changed()
		}
		b.StopTimer()
		a.Flush()
	})
	b.Run("hand-over", func(b *testing.B) { timeSaveStep(b, st, ids, a, false) })
	b.Run("background-write", func(b *testing.B) { timeSaveStep(b, st, ids, a, true) })
	b.Run("first-write", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			changeNote(st, ids, i)
			job := a.Start()
			st.copy.records = recordCache{}
			b.StartTimer()
			if s := job(); s.Err != nil {
				b.Fatal(s.Err)
			}
		}
	})
}

// timeSaveStep changes one tag per iteration (untimed) and times either the
// hand-over (Start) or the background write (the job), running the other untimed.
func timeSaveStep(b *testing.B, st *Store, ids []string, a *Autosaver, write bool) {
	b.StopTimer()
	for i := 0; i < b.N; i++ {
		changeNote(st, ids, i)
		if !write {
			b.StartTimer()
		}
		job := a.Start()
		if !write {
			b.StopTimer()
		}
		if job == nil {
			b.Fatal("nothing to save")
		}
		if write {
			b.StartTimer()
		}
		s := job()
		b.StopTimer()
		if s.Err != nil {
			b.Fatal(s.Err)
		}
	}
}

// noteSeq makes every note changeNote writes new (an unchanged note is no change).
var noteSeq int

// changeNote gives the i-th tag (cycling) a new note: one small change.
func changeNote(st *Store, ids []string, i int) {
	noteSeq++
	_ = st.Set().Update(ids[i%len(ids)], func(x *Annotation) { x.Note = fmt.Sprint(noteSeq) })
}
