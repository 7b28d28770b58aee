package ui

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
)

// The edit keys as the running reader meets them (issue #14): a 10 MB
// article whose sidecar holds 10,000 or 100,000 saved tags, opened as the
// CLI opens it (deferred re-anchoring, then placed), with the real
// analysis in, and the due saves running on another goroutine while the
// keys go on, as they do in the program. Each sub-benchmark is Update+View
// of one key of the cycle; they assert nothing about time.

// analyzedArticle is the generated 10 MB article and its analysis, made once.
var analyzedArticle = sync.OnceValues(func() ([]byte, *model.Analysis) {
	data := generateArticle(10 << 20)
	doc, err := model.NewDocument("a.txt", data, false)
	if err != nil {
		panic(err)
	}
	a, err := annotate.AnalyzeContext(context.Background(), doc, nil)
	if err != nil {
		panic(err)
	}
	return data, a
})

// readerWithSavedTags is the reader on the 10 MB article with n saved
// tags spread over it (addSpreadTags: a third of them quotes), opened with its store as the CLI does, analysed, at
// 100x40, with the cursor in the tagged part.
func readerWithSavedTags(b *testing.B, n int) Model {
	b.Helper()
	data, analysis := analyzedArticle()
	path := filepath.Join(b.TempDir(), "a.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	doc := mustDoc(b, path, string(data))
	store, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		b.Fatal(err)
	}
	addSpreadTags(b, store.Set(), n)
	if err := store.Close(); err != nil {
		b.Fatal(err)
	}
	doc = mustDoc(b, path, string(data))
	store, err = model.OpenStore(doc, model.StoreOptions{DeferReanchor: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = store.Close() })
	m, _ := update2(New(doc, Options{Styles: colourStyles(), Store: store}), windowSize(100, 40))
	if err := store.Pending().Run(context.Background(), nil); err != nil {
		b.Fatal(err)
	}
	m, _ = update2(m, reanchorMsg{Finished: true})
	m, _ = update2(m, AnalysisDoneMsg{Analysis: analysis})
	if got := m.sess.Set().Len(); got != n {
		b.Fatalf("%d tags placed, want %d", got, n)
	}
	m.article.JumpTo(doc.Paragraphs[len(doc.Paragraphs)/4].Start)
	_ = m.View()
	return m
}

// backgroundSaves runs the reader's due saves on another goroutine, one
// at a time, as the program's command runner does.
type backgroundSaves struct {
	done chan savedMsg
	busy bool
}

// after delivers a finished save and starts the next one every few keys.
func (s *backgroundSaves) after(m Model, key int) Model {
	select {
	case st := <-s.done:
		m, _ = update2(m, st)
		s.busy = false
	default:
	}
	if !s.busy && key%4 == 3 {
		if job := m.sess.StartSave(); job != nil {
			s.busy = true
			go func() { s.done <- savedMsg(job()) }()
		}
	}
	return m
}

// wait delivers the save still running, if any.
func (s *backgroundSaves) wait(m Model) Model {
	if s.busy {
		m, _ = update2(m, <-s.done)
		s.busy = false
	}
	return m
}

// benchEditKeys measures Update+View of keys, cycled, on m, with the
// saves in the background; check, when set, runs after every key outside
// the timing.
func benchEditKeys(b *testing.B, m Model, keys []string, check func(b *testing.B, m Model, key int)) {
	msgs := make([]tea.KeyMsg, len(keys))
	for i, k := range keys {
		msgs[i] = keyMsg(k)
	}
	saves := &backgroundSaves{done: make(chan savedMsg, 1)}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m, _ = update2(m, msgs[i%len(msgs)])
		_ = m.View()
		b.StopTimer()
		if check != nil {
			check(b, m, i%len(msgs))
		}
		m = saves.after(m, i)
		b.StartTimer()
		i++
	}
	b.StopTimer()
	saves.wait(m)
}

// BenchmarkEditKeysWithSavedTags: tag, undo, redo, undo (1 u ctrl+r u)
// and accepting a detected quote and undoing it (a u), with 10,000 and
// 100,000 saved tags.
func BenchmarkEditKeysWithSavedTags(b *testing.B) {
	for _, n := range tagCounts {
		m := readerWithSavedTags(b, n)
		b.Run(strconv.Itoa(n)+"tags/tag-undo-redo", func(b *testing.B) {
			benchEditKeys(b, m, []string{"1", "u", "ctrl+r", "u"}, func(b *testing.B, m Model, key int) {
				if want := n + map[int]int{0: 1, 2: 1}[key]; m.sess.Set().Len() != want {
					b.Fatalf("after key %d: %d tags, want %d", key, m.sess.Set().Len(), want)
				}
			})
		})
		b.Run(strconv.Itoa(n)+"tags/accept-undo", func(b *testing.B) {
			m := m.cursorTo(unreviewedDetection(b, m))
			base := m.sess.Set().Len()
			benchEditKeys(b, m, []string{"a", "u"}, func(b *testing.B, m Model, key int) {
				if want := base + 1 - key; m.sess.Set().Len() != want {
					b.Fatalf("after key %d: %d tags, want %d (%s)", key, m.sess.Set().Len(), want, m.message)
				}
			})
		})
	}
}

// unreviewedDetection is where the first detection the user has not dealt
// with starts, a quote when there is one (with many tags, most quotes
// carry a quote tag already), else a promo line.
func unreviewedDetection(b *testing.B, m Model) int {
	promo := -1
	for _, d := range m.sess.Detections() {
		switch {
		case m.sess.Reviewed(d):
		case d.Label() == string(model.DetectionQuote):
			b.Logf("accepting the quote at %d", d.Span.Start)
			return d.Span.Start
		case promo < 0:
			promo = d.Span.Start
		}
	}
	if promo < 0 {
		b.Fatal("every detection is reviewed")
	}
	b.Logf("accepting the promo at %d (every quote is tagged)", promo)
	return promo
}
