package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkCorpusSwitch is the time from the next-document key to the next
// 100 KB document's first frame (the analysis fills in after, off the key
// path): the old document saved and closed, the new one loaded, its store
// opened, laid out at its position and drawn.
func BenchmarkCorpusSwitch(b *testing.B) {
	dir := b.TempDir()
	for _, name := range []string{"1.txt", "2.txt"} {
		text := strings.Repeat(corpusArticle(len(name)), 100_000/len(corpusArticle(0))+1)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	m := newTestCorpusModel(b, dir)
	m = sendCorpus(b, m, windowSize(120, 40))
	b.ResetTimer()
	for i := range b.N {
		act := actNextDocument
		if i%2 == 1 {
			act = actPrevDocument
		}
		next, _ := m.queue(act) // the commands (analysis, state save) run after the frame
		m = next.(CorpusModel)
		_ = m.View()
	}
	b.StopTimer()
	if m.Store() != nil {
		_ = m.Store().Close()
	}
}
