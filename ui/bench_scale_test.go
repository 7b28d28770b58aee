package ui

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/side"
)

// Issue #14's scale: every key's Update+View at 100 KB, 10 MB and 50 MB,
// and with 10,000 and 100,000 tags. These benchmarks assert nothing about
// time; docs/performance.md records their figures.

// scaleSizes add a 50 MB article to benchSizes.
var scaleSizes = append(benchSizes[:len(benchSizes):len(benchSizes)], struct {
	name string
	size int
}{"50MB", 50 << 20})

// tagCounts are the tag counts the tag benchmarks run with.
var tagCounts = []int{10_000, 100_000}

// BenchmarkReadingKeysAtScale measures the reading and cursor keys
// (j k G g w ] and the search steps n N) at up to 50 MB.
func BenchmarkReadingKeysAtScale(b *testing.B) {
	benchKeysOn(b, scaleSizes, withSearch("council"), "j", "k", "G", "g", "w", "]", "n", "N")
}

// withSearch finishes a search for query, so n and N step through its matches.
func withSearch(query string) func(*testing.B, Model) Model {
	return func(b *testing.B, m Model) Model {
		next, cmd := m.startSearch(query)
		m = next.(Model).searchDone(cmd().(searchDoneMsg))
		b.Logf("%d matches", m.sess.SearchMatches().Len())
		return m
	}
}

// BenchmarkTagUndoRedoKeys measures tag, undo, redo and undo (1 u ctrl+r
// u) on a 10 MB article holding 10,000 and 100,000 tags; the reader has no
// store here, so this is the key path without the save.
func BenchmarkTagUndoRedoKeys(b *testing.B) {
	for _, n := range tagCounts {
		b.Run(strconv.Itoa(n)+"tags", func(b *testing.B) {
			benchKeysOn(b, benchSizes[1:], withSpreadTags(n), "1", "u", "ctrl+r", "u")
		})
	}
}

// BenchmarkTagsTabKeys measures moving and paging in the Tags tab, and its
// label filter, with 10,000 and 100,000 tags.
func BenchmarkTagsTabKeys(b *testing.B) {
	for _, n := range tagCounts {
		b.Run(strconv.Itoa(n)+"tags", func(b *testing.B) {
			setup := func(b *testing.B, m Model) Model {
				m = withSpreadTags(n)(b, m)
				m = press(b, m, "tab")
				for !isTagsTab(m.side.ActiveTab()) {
					m = press(b, m, "l")
				}
				return m
			}
			benchKeysOn(b, benchSizes[1:], setup, "j", "pgdown", "G", "k", "g", "f", "j", "f")
		})
	}
}

// isTagsTab reports whether tab is the Tags tab.
func isTagsTab(tab side.Tab) bool {
	_, ok := tab.(*side.TagsTab)
	return ok
}

// withSpreadTags adds n short tags spread evenly over the article (addSpreadTags).
func withSpreadTags(n int) func(*testing.B, Model) Model {
	return func(b *testing.B, m Model) Model {
		addSpreadTags(b, m.sess.Set(), n)
		b.Logf("%d tags", m.sess.Set().Len())
		return m
	}
}

// addSpreadTags adds n short tags spread evenly over set's article, so
// more tags than paragraphs fit: every third a quote (every sixth naming a
// speaker), the others claims, with a note on every tenth.
func addSpreadTags(b *testing.B, set *model.AnnotationSet, n int) {
	text := set.Document().Text
	step := len(text) / n
	for i := range n {
		start := runeStart(text, i*step)
		end := runeStart(text, min(start+max(step/2, 1), len(text)))
		a := model.Annotation{Label: "claim", Span: model.Span{Start: start, End: end}, Source: model.SourceManual}
		if i%3 == 0 {
			a.Label = "quote"
		}
		if i%6 == 0 {
			a.Speaker = "Ann Park"
		}
		if i%10 == 0 {
			a.Note = "checked against the minutes"
		}
		if end > start {
			if _, err := set.Add(a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// runeStart moves i back to the start of the rune holding it.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// BenchmarkOneParagraph10MB measures loading and the first frame, then the
// reading keys, on 10 MB without a line break: one paragraph.
func BenchmarkOneParagraph10MB(b *testing.B) {
	text := []byte(strings.ReplaceAll(string(generateArticle(10<<20)), "\n", " "))
	b.Run("first-view", func(b *testing.B) { benchFirstView(b, text) })
	b.Run("keys", func(b *testing.B) {
		m := withSearch("council")(b, readerFor(b, text))
		benchPress(b, m, "j", "G", "k", "g", "w", "n", "N")
	})
}
