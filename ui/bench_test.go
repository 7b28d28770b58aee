package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
)

// GenerateArticle writes a synthetic news article of about size bytes:
// paragraphs of varied length on single lines, quotes, a few promo lines,
// some accented and CJK words. The same seed gives the same text.
func generateArticle(size int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the president said on Monday that officials would meet again after talks in the capital " +
		"over a plan to rebuild the harbour and to restore the night ferry while critics warned of costs " +
		"café naïve Zürich 東京 minister council budget library reporters statement according to")
	var b strings.Builder
	b.Grow(size + 1024)
	for b.Len() < size {
		switch rng.IntN(20) {
		case 0:
			b.WriteString("READ MORE: COUNCIL VOTES TO KEEP THE LIBRARY OPEN\n")
			continue
		case 1:
			b.WriteString("\n") // a blank line now and then
		}
		n := 20 + rng.IntN(120)
		if rng.IntN(3) == 0 {
			b.WriteString("\u201c")
		}
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		b.WriteString(".\u201d Sullivan said.\n")
	}
	return []byte(b.String())
}

// benchSizes are the article sizes every benchmark runs at.
var benchSizes = []struct {
	name string
	size int
}{{"100KB", 100 << 10}, {"10MB", 10 << 20}}

// benchReader loads a generated article and lays the reader out at 120x40.
func benchReader(b *testing.B, size int) Model { return readerFor(b, generateArticle(size)) }

// readerFor is the reader on data at 120x40, scrolled half way.
func readerFor(b testing.TB, data []byte) Model {
	doc, err := model.NewDocument("bench.txt", data, false)
	if err != nil {
		b.Fatal(err)
	}
	m := New(doc, Options{Styles: colourStyles()})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m = next.(Model)
	m.article.JumpTo(len(doc.Text) / 2)
	_ = m.View()
	return m
}

func BenchmarkLoadAndFirstView(b *testing.B) {
	for _, bs := range benchSizes {
		data := generateArticle(bs.size)
		b.Run(bs.name, func(b *testing.B) { benchFirstView(b, data) })
	}
}

// benchFirstView measures loading data and drawing the first frame.
func benchFirstView(b *testing.B, data []byte) {
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		doc, err := model.NewDocument("bench.txt", data, false)
		if err != nil {
			b.Fatal(err)
		}
		m := New(doc, Options{Styles: colourStyles()})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = next.View()
	}
}

// benchKeys measures Update+View for keys pressed in turn.
func benchKeys(b *testing.B, keys ...string) { benchKeysAfter(b, nil, keys...) }

// benchKeysAfter is benchKeys on a reader that setup (when not nil) has
// prepared first, for example with the detections in.
func benchKeysAfter(b *testing.B, setup func(*testing.B, Model) Model, keys ...string) {
	benchKeysOn(b, benchSizes, setup, keys...)
}

// benchKeysOn is benchKeysAfter at the given article sizes.
func benchKeysOn(b *testing.B, sizes []struct {
	name string
	size int
}, setup func(*testing.B, Model) Model, keys ...string) {
	for _, bs := range sizes {
		b.Run(bs.name, func(b *testing.B) {
			m := benchReader(b, bs.size)
			if setup != nil {
				m = setup(b, m)
			}
			benchPress(b, m, keys...)
		})
	}
}

// benchPress measures Update+View of keys pressed in turn on m.
func benchPress(b *testing.B, m Model, keys ...string) {
	msgs := make([]tea.Msg, len(keys))
	for i, k := range keys {
		msgs[i] = keyMsg(k)
	}
	benchMsgs(b, m, msgs...)
}

// benchMsgs measures Update+View of msgs delivered in turn to m.
func benchMsgs(b *testing.B, m Model, msgs ...tea.Msg) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		next, _ := m.Update(msgs[i%len(msgs)])
		m = next.(Model)
		_ = m.View()
		i++
	}
}

func BenchmarkScrollKey(b *testing.B)   { benchKeys(b, "j", "j", "k", "k") }
func BenchmarkPageDown(b *testing.B)    { benchKeys(b, "pgdown", "pgdown", "pgup", "pgup") }
func BenchmarkJumpToEnd(b *testing.B)   { benchKeys(b, "G", "g") }
func BenchmarkHalfPage(b *testing.B)    { benchKeys(b, "ctrl+d", "ctrl+u") }
func BenchmarkSidePaneKey(b *testing.B) { benchKeys(b, "tab", "j", "j", "k", "k", "tab", "tab") }

func BenchmarkResize(b *testing.B) {
	sizes := []tea.Msg{tea.WindowSizeMsg{Width: 120, Height: 40}, tea.WindowSizeMsg{Width: 90, Height: 30}, tea.WindowSizeMsg{Width: 200, Height: 60}}
	for _, bs := range benchSizes {
		b.Run(bs.name, func(b *testing.B) {
			benchMsgs(b, benchReader(b, bs.size), sizes...)
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	for _, query := range []string{"harbour", "Sullivan", "zürich"} {
		for _, bs := range benchSizes {
			b.Run(fmt.Sprintf("%s/%s", query, bs.name), func(b *testing.B) {
				m := benchReader(b, bs.size)
				b.ReportAllocs()
				b.SetBytes(int64(len(m.doc.Text)))
				for b.Loop() {
					next, cmd := m.startSearch(query)
					done := cmd().(searchDoneMsg)
					m = next.(Model).searchDone(done)
					_ = m.View()
				}
			})
		}
	}
}

func BenchmarkNextMatch(b *testing.B) {
	for _, bs := range benchSizes {
		b.Run(bs.name, func(b *testing.B) {
			m := benchReader(b, bs.size)
			next, cmd := m.startSearch("harbour")
			m = next.(Model).searchDone(cmd().(searchDoneMsg))
			b.ReportAllocs()
			for b.Loop() {
				m = m.stepMatch(+1)
				_ = m.View()
			}
		})
	}
}
