package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
)

// readerWith100kSavedTags opens a reader on a 100,000-paragraph article
// whose sidecar (about 30 MB) holds one saved tag per paragraph.
func readerWith100kSavedTags(b *testing.B) Model {
	b.Helper()
	const n = 100_000
	var text strings.Builder
	for i := range n {
		fmt.Fprintf(&text, "Line %d: the council said the budget was “balanced” 📰.\n\n", i)
	}
	path := filepath.Join(b.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(text.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	doc := mustDoc(b, path, text.String())
	store, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = store.Close() })
	for _, p := range doc.Paragraphs {
		if _, err := store.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: p.Start, End: p.End}, Note: "checked"}); err != nil {
			b.Fatal(err)
		}
	}
	if err := store.Save(); err != nil {
		b.Fatal(err)
	}
	m, _ := update2(New(doc, Options{Styles: plainStyles(), Store: store}), windowSize(120, 40))
	return m
}

// update2 is Update for benchmarks (no testing.T).
func update2(m Model, msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// benchSavingKeys measures Update+View of keys on a reader with 100,000
// saved tags; every 64 keys the due background save runs, outside the
// timing (it runs on another goroutine in the program), so the journal
// handed to the writer stays as small as a real session's.
func benchSavingKeys(b *testing.B, keys ...string) {
	m := readerWith100kSavedTags(b)
	msgs := make([]tea.KeyMsg, len(keys))
	for i, k := range keys {
		msgs[i] = keyMsg(k)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m, _ = update2(m, msgs[i%len(msgs)])
		_ = m.View()
		i++
		if i%64 == 0 {
			b.StopTimer()
			if job := m.sess.StartSave(); job != nil {
				m, _ = update2(m, savedMsg(job()))
			}
			b.StartTimer()
		}
	}
}

// BenchmarkKeyWith100kSavedTags: reading and cursor keys with 100,000 saved
// tags (issue #9: a 100 MB sidecar cost about 1 s per key). Must stay < 1 ms.
func BenchmarkKeyWith100kSavedTags(b *testing.B) {
	benchSavingKeys(b, "j", "w", ")", "k", "B", "(")
}

// BenchmarkTagUndoWith100kSavedTags: tagging a sentence and undoing it with
// 100,000 saved tags; the key hands no work to the disk (a flag and a tick).
func BenchmarkTagUndoWith100kSavedTags(b *testing.B) {
	benchSavingKeys(b, "G", "2", "u")
}
