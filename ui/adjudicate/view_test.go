package adjudicate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annotty/annotty/model"
	adj "github.com/annotty/annotty/model/adjudicate"
	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"
)

const story = `Ferry fares will rise by 8% in March, the authority said.

"We have held prices for three years," said Maria Lopez, its chief executive. 🚢

Commuters were unimpressed. "It is the third rise," said Tom Reed.
`

// writeStory writes story as ferry.txt in a new folder.
func writeStory(t *testing.T) (dir, path string, doc *model.Document) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "ferry.txt")
	if err := os.WriteFile(path, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument(path, []byte(story), false)
	if err != nil {
		t.Fatal(err)
	}
	return dir, path, doc
}

// corpus writes an article with ann's and bob's sidecars and opens it.
func corpus(t *testing.T) *adj.Corpus {
	t.Helper()
	dir, path, doc := writeStory(t)
	write := func(author string, tags ...[3]string) {
		set := model.NewAnnotationSet(doc, model.SetOptions{Author: author, NewID: fakeIDs(author)})
		for _, g := range tags {
			i := strings.Index(story, g[1])
			if _, err := set.Add(model.Annotation{Label: g[0], Span: model.Span{Start: i, End: i + len(g[1])}, Speaker: g[2]}); err != nil {
				t.Fatal(err)
			}
		}
		data, _ := model.NewAnnotationFile(set, nil).MarshalIndent()
		if err := os.WriteFile(model.AuthorSidecarName(path, author), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ann", [3]string{"claim", "Ferry fares will rise by 8% in March", ""}, [3]string{"quote", "We have held prices for three years", "Maria Lopez"}, [3]string{"claim", "Commuters were unimpressed.", ""})
	write("bob", [3]string{"claim", "Ferry fares will rise by 8% in March", ""}, [3]string{"quote", "We have held prices for three years", "Lopez"}, [3]string{"quote", "It is the third rise", "Tom Reed"})
	c, warnings, err := adj.OpenCorpus(dir, func(p string) (*model.Document, error) {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		return model.NewDocument(p, data, false)
	})
	if err != nil || len(warnings) > 0 {
		t.Fatalf("OpenCorpus: %v %v", err, warnings)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// fakeIDs makes predictable annotation IDs.
func fakeIDs(prefix string) func() string {
	n := 0
	return func() string { n++; return fmt.Sprintf("a-%s%d", prefix, n) }
}

func plainStyles() Styles {
	return NewStyles(theme.NewStyles(theme.DarkTheme(), lipgloss.NewRenderer(os.Stdout, termenv.WithProfile(termenv.Ascii))))
}

// press sends keys through Update, as a terminal would.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "ctrl+r":
			msg = tea.KeyMsg{Type: tea.KeyCtrlR}
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		case "shift+tab":
			msg = tea.KeyMsg{Type: tea.KeyShiftTab}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

func TestKeySequences(t *testing.T) {
	tests := []struct {
		keys     []string
		left     int
		gold     int    // tags in gold: 1 agreed + chosen (3 disagreements: quote speaker, ann's claim, bob's quote)
		contains string // on screen afterwards
	}{
		{nil, 3, 1, "disagreements left: 3 / 3"},
		{[]string{"1"}, 2, 2, "took ann's version (1 tag)"},
		{[]string{"2", "a", "a"}, 0, 4, "settled"},
		{[]string{"1", "u"}, 3, 1, "undid: took ann's version"},
		{[]string{"1", "u", "ctrl+r"}, 2, 2, "redid"},
		{[]string{"n", "n", "n"}, 0, 1, "settled"},
		{[]string{"3"}, 3, 1, "there are 2 annotators"},
		{[]string{"tab"}, 3, 1, "selected bob's version"},
		{[]string{"tab", "tab"}, 3, 1, "selected ann's version"},
		{[]string{"shift+tab"}, 3, 1, "selected bob's version"},
		{[]string{"tab", "1"}, 2, 2, "took ann's version"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.keys, ""), func(t *testing.T) {
			c := corpus(t)
			m := press(New(c, plainStyles()), tc.keys...)
			if left, _ := c.Progress(); left != tc.left {
				t.Errorf("left = %d, want %d", left, tc.left)
			}
			if n := c.Jobs[0].Session.Gold().Len(); n != tc.gold {
				t.Errorf("gold has %d tags, want %d", n, tc.gold)
			}
			if v := ansi.Strip(m.View()); !strings.Contains(v, tc.contains) {
				t.Errorf("screen lacks %q:\n%s", tc.contains, v)
			}
		})
	}
}

func TestDecisionsAreSavedAsTheyAreMade(t *testing.T) {
	c := corpus(t)
	press(New(c, plainStyles()), "2")
	st, err := adj.LoadState(adj.StatePath(c.Dir))
	if err != nil || len(st.Documents["ferry.txt"].Decisions) != 1 {
		t.Fatalf("state after one decision: %+v %v", st, err)
	}
	f, err := os.ReadFile(c.Jobs[0].Gold.Path())
	if err != nil || !strings.Contains(string(f), `"speaker": "Lopez"`) || !strings.Contains(string(f), `"proposed_by"`) {
		t.Fatalf("gold on disk lacks bob's quote: %v\n%s", err, f)
	}
}

func TestGoldenSideBySide(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := teatest.NewTestModel(t, New(corpus(t), plainStyles()), teatest.WithInitialTermSize(size[0], size[1]))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return strings.Contains(string(b), "bob") }, teatest.WithDuration(10*time.Second))
			tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
			final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
			golden.RequireEqual(t, []byte(ansi.Strip(final.View())))
		})
	}
}

// twoArticles is corpus(t) with a copy of its article (and sidecars) as a
// second article, reopened.
func twoArticles(t *testing.T) *adj.Corpus {
	t.Helper()
	first := corpus(t)
	dir := first.Dir
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ferry.txt", "ferry.txt.annotty.ann.json", "ferry.txt.annotty.bob.json"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "second-"+name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, _, err := adj.OpenCorpus(dir, func(p string) (*model.Document, error) {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		return model.NewDocument(p, data, false)
	})
	if err != nil || len(c.Jobs) != 2 {
		t.Fatalf("OpenCorpus: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestUndoAfterMovingOnTakesBackTheLastDecision(t *testing.T) {
	c := twoArticles(t)
	m := press(New(c, plainStyles()), "1", "1", "1") // settles ferry.txt, moves on to second-ferry.txt
	if m.current().Name != "second-ferry.txt" {
		t.Fatalf("on %s after settling the first article", m.current().Name)
	}
	m = press(m, "u")
	if left, _ := c.Jobs[0].Session.Progress(); left != 1 || m.current().Name != "ferry.txt" {
		t.Errorf("after u: %d left in ferry.txt, on %s; want the last decision undone, back on ferry.txt", left, m.current().Name)
	}
	m = press(m, "ctrl+r")
	if left, _ := c.Jobs[0].Session.Progress(); left != 0 {
		t.Errorf("after ctrl+r: %d left in ferry.txt, want 0", left)
	}
}

func TestManyAnnotatorsFitTheTerminal(t *testing.T) {
	dir, path, doc := writeStory(t)
	for i := range 10 {
		author := fmt.Sprintf("a%d", i)
		set := model.NewAnnotationSet(doc, model.SetOptions{Author: author, NewID: fakeIDs(author)})
		if _, err := set.Add(model.Annotation{Label: "claim", Span: model.Span{Start: 0, End: 10 + i}}); err != nil {
			t.Fatal(err)
		}
		data, _ := model.NewAnnotationFile(set, nil).MarshalIndent()
		if err := os.WriteFile(model.AuthorSidecarName(path, author), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, _, err := adj.OpenCorpus(dir, func(p string) (*model.Document, error) { return model.NewDocument(p, []byte(story), false) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	next, _ := New(c, plainStyles()).Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	lines := strings.Split(ansi.Strip(next.View()), "\n")
	if len(lines) > 24 || !strings.HasPrefix(lines[0], "adjudicate · ferry.txt") || !strings.Contains(lines[len(lines)-1], "q quit") {
		t.Errorf("%d lines (want at most 24, header first, keys last):\n%s", len(lines), strings.Join(lines, "\n"))
	}
}
