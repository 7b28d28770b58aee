//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui"
	tea "github.com/charmbracelet/bubbletea"
)

// BenchmarkOpenToFirstView is the reader's start after package init, in
// process: the article read into the reader's buffer and checked, the
// store opened (lock, and a 10,000-tag sidecar only looked at: the
// re-anchoring run reads it after the first frame), the reader built and
// its first View drawn at 100x40. Wall time per open, and the process's
// CPU time over the same part as cpu-ms/op (all goroutines: the scan runs
// on every CPU), which holds up better on a loaded machine
// (docs/performance.md, "Fourth pass: start-up").
func BenchmarkOpenToFirstView(b *testing.B) {
	for _, size := range []int{1 << 10, 10 << 20, 50 << 20} {
		for _, tags := range []int{0, 10000} {
			if size < 10<<20 && tags > 0 {
				continue
			}
			name := fmt.Sprintf("%dMB/tags=%d", size>>20, tags)
			if size < 1<<20 {
				name = fmt.Sprintf("%dKB", size>>10)
			}
			b.Run(name, func(b *testing.B) {
				path := writeBenchArticle(b, size, tags)
				opts := &readerOptions{width: 80, theme: "dark"}
				styles := ui.NewStyles(ui.ThemeFor("dark", true), ui.NewRenderer(ui.ThemeFor("dark", true), 0))
				var mapped [][]byte
				alloc := func(n int) []byte { // the reader's buffer, unmapped after each open
					buf := articleBuffer(n)
					if n >= offHeapMinBytes {
						mapped = append(mapped, buf)
					}
					return buf
				}
				var cpu int64
				for b.Loop() {
					start := cpuTime()
					doc, err := openArticleInto(path, nil, alloc)
					if err != nil {
						b.Fatal(err)
					}
					labels, store, err := openTagging(&opts.tagging, doc)
					if err != nil {
						b.Fatal(err)
					}
					m := ui.New(doc, ui.Options{Measure: opts.width, Styles: styles, Analyze: annotate.AnalyzeContext, Store: store, Labels: labels})
					next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
					if !strings.Contains(next.View(), "¶") {
						b.Fatal("no status line in the first view")
					}
					b.StopTimer()
					cpu += cpuTime() - start
					_ = store.Close() // places the saved tags (nothing to write) and unlocks
					for _, buf := range mapped {
						_ = syscall.Munmap(buf)
					}
					mapped = mapped[:0]
					b.StartTimer()
				}
				b.ReportMetric(float64(cpu)/1e6/float64(b.N), "cpu-ms/op")
			})
		}
	}
}

// cpuTime is this process's user and system CPU time so far, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// writeBenchArticle writes a size-byte article of news-like prose
// (accented names, CJK, curly quotes) and, when tags > 0, a sidecar with
// that many tags beside it.
func writeBenchArticle(b *testing.B, size, tags int) string {
	b.Helper()
	para := "Officials in Zürich said the “harbour plan” would cost 東京 more than the café owners expected. Critics called it naïve. "
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, "%d. %s\n\n", i, para)
	}
	path := filepath.Join(b.TempDir(), "article.txt")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	if tags == 0 {
		return path
	}
	doc, err := openArticle(path, nil)
	if err != nil {
		b.Fatal(err)
	}
	st, _ := model.OpenStore(doc, model.StoreOptions{})
	step := len(doc.Text) / tags
	for i := range tags {
		start := strings.Index(doc.Text[i*step:], "Critics") + i*step
		if _, err := st.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: start, End: start + len("Critics called it naïve.")}}); err != nil {
			b.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}
