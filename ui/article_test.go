package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// numberedArticle has n paragraphs, each long enough to wrap several times.
func numberedArticle(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Paragraph %d opens here. %s\n", i, strings.Repeat("Words fill the line to make it wrap. ", 6))
	}
	return b.String()
}

func TestViewFillsTheTerminalExactly(t *testing.T) {
	plain := mustDoc(t, "a.txt", numberedArticle(30)+"漢字とかなの混じった文章も正しく折り返されるべきです。👩‍💻 e\u0301\n")
	md := mustDoc(t, "a.md", "# Title\n\n- a list item long enough to wrap at every width we try here\n"+
		"   continued in the source\n1. numbered\n\n"+numberedArticle(20))
	for _, size := range [][2]int{{80, 24}, {120, 40}, {20, 5}, {33, 7}, {33, 40}} {
		for _, doc := range []*model.Document{plain, md} {
			checkFills(t, doc, size[0], size[1], "G")
			checkFills(t, doc, size[0], size[1], "g")
		}
	}
}

// checkFills presses keys and checks the screen is exactly width x height cells.
func checkFills(t *testing.T, doc *model.Document, width, height int, keys ...string) {
	t.Helper()
	m := press(t, sized(doc, width, height), keys...)
	lines := strings.Split(m.View(), "\n")
	if len(lines) != height {
		t.Fatalf("%s %dx%d: %d lines", doc.Path, width, height, len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != width {
			t.Errorf("%s %dx%d: line %d is %d cells: %q", doc.Path, width, height, i, w, ansi.Strip(l))
		}
	}
}

func TestResizeKeepsTheParagraphBeingRead(t *testing.T) {
	doc := mustDoc(t, "a.txt", numberedArticle(40))
	m := sized(doc, 100, 30)
	m = press(t, m, "ctrl+d", "ctrl+d", "ctrl+d", "ctrl+d")
	before := m.article.Top().Para
	if before == 0 {
		t.Fatal("scrolling did not move")
	}
	// Put a paragraph's first line at the top so the check is exact.
	m.article.SetTop(article.Position{Para: before})
	want := fmt.Sprintf("Paragraph %d opens", before+1)
	for _, width := range []int{60, 40, 140, 25, 100} {
		next, _ := m.Update(tea.WindowSizeMsg{Width: width, Height: 30})
		m = next.(Model)
		if got := topLine(m); !strings.HasPrefix(got, want) {
			t.Fatalf("after resize to %d, top line is %q, want it to start with %q", width, got, want)
		}
	}
}

func TestResizeKeepsTheLineInsideALongParagraph(t *testing.T) {
	doc := mustDoc(t, "a.txt", "Intro.\n"+strings.Repeat("alpha beta gamma delta ", 200)+"MARKER omega\n"+strings.Repeat("Outro.\n", 50))
	m := sized(doc, 60, 10)
	off := strings.Index(doc.Text, "MARKER")
	m.article.JumpTo(off)
	for _, width := range []int{40, 90, 30} {
		next, _ := m.Update(tea.WindowSizeMsg{Width: width, Height: 10})
		m = next.(Model)
		if !m.article.OnScreen(off) {
			t.Fatalf("width %d: MARKER left the screen:\n%s", width, screen(m))
		}
		if top := m.article.TopOffset(); top > off || off-top > 2*width {
			t.Fatalf("width %d: top line starts %d bytes before MARKER", width, off-top)
		}
	}
}

func TestScrollingKeys(t *testing.T) {
	doc := mustDoc(t, "a.txt", numberedArticle(50))
	m := sized(doc, 80, 24)
	if got := topLine(m); !strings.HasPrefix(got, "Paragraph 1 ") {
		t.Fatalf("start: %q", got)
	}
	m = press(t, m, "j", "j", "k")
	if m.article.Top() != (article.Position{Para: 0, Line: 1}) {
		t.Fatalf("j j k: top = %+v", m.article.Top())
	}
	m = press(t, m, "G")
	if !strings.Contains(screen(m), "Paragraph 50 opens") || m.article.Percent() != 100 {
		t.Fatalf("G does not show the end (%d%%)", m.article.Percent())
	}
	end := m.article.Top()
	m = press(t, m, "j", "pgdown", " ", "ctrl+d")
	if m.article.Top() != end {
		t.Fatalf("scrolled past the end: %+v, want %+v", m.article.Top(), end)
	}
	m = press(t, m, "b")
	if m.article.Top() == end {
		t.Fatal("b did not page up")
	}
	m = press(t, m, "g")
	if m.article.Top() != (article.Position{}) {
		t.Fatalf("g: top = %+v", m.article.Top())
	}
	m = press(t, m, "pgdown", "pgup")
	if m.article.Top() != (article.Position{}) {
		t.Fatalf("pgdown pgup: top = %+v", m.article.Top())
	}
	next, _ := m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if scrolled := next.(Model); scrolled.article.Top() == (article.Position{}) {
		t.Fatal("mouse wheel did not scroll")
	}
}

func TestShortDocumentDoesNotScroll(t *testing.T) {
	m := sized(mustDoc(t, "a.txt", "One line only.\n"), 80, 24)
	m = press(t, m, "j", "G", "pgdown")
	if m.article.Top() != (article.Position{}) || topLine(m) != "One line only." {
		t.Fatalf("top = %+v, line %q", m.article.Top(), topLine(m))
	}
}

func TestHiddenParagraphsAreSkipped(t *testing.T) {
	doc := mustDoc(t, "a.txt", "First.\nPROMO LINE\nSecond.\nANOTHER PROMO\nThird.\n")
	m := sized(doc, 40, 10)
	hidden := make([]bool, len(doc.Paragraphs))
	hidden[1], hidden[3] = true, true
	m.article.SetHidden(hidden)
	got := screen(m)
	if strings.Contains(got, "PROMO") || !strings.Contains(got, "Third.") {
		t.Fatalf("hidden paragraphs drawn:\n%s", got)
	}
	m.article.JumpTo(doc.Paragraphs[1].Start) // a hidden paragraph: land on the next shown one
	if pos := m.article.PositionOf(doc.Paragraphs[1].Start); pos.Para != 2 {
		t.Fatalf("position of a hidden paragraph = %+v, want paragraph 2", pos)
	}
}

func TestTinyTerminal(t *testing.T) {
	doc := mustDoc(t, "a.txt", numberedArticle(3))
	for _, size := range [][2]int{{15, 4}, {19, 24}, {80, 4}, {1, 1}} {
		m := press(t, sized(doc, size[0], size[1]), "j", "G", "tab", "?")
		got := screen(m)
		if size[0] > 4 && !strings.Contains(strings.Join(strings.Fields(got), " "), "terminal too small") {
			t.Errorf("%dx%d: no notice:\n%s", size[0], size[1], got)
		}
		lines := strings.Split(got, "\n")
		if len(lines) != size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
	}
}

func TestEscapeSequencesNeverReachTheTerminal(t *testing.T) {
	doc := mustDoc(t, "evil.txt", "Title \x1b]0;owned\x07 here\nClear \x1b[2J\x1b[H screen \u009b and \u202ereversed\u202c.\nTabs\tand\tbells\x07.\r\n")
	m := New(doc, Options{Styles: colourStyles()})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 10})
	view := next.(Model).View()
	// Our own styling uses SGR only ("ESC [ ... m"); anything else is a leak.
	for i := 0; i < len(view); i++ {
		if view[i] != 0x1b {
			continue
		}
		j := i + 1
		if j < len(view) && view[j] == '[' {
			j++
			for j < len(view) && (view[j] >= '0' && view[j] <= '9' || view[j] == ';') {
				j++
			}
			if j < len(view) && view[j] == 'm' {
				continue
			}
		}
		t.Fatalf("non-SGR escape at %d: %q", i, view[i:min(i+12, len(view))])
	}
	plain := ansi.Strip(view)
	for _, want := range []string{"␛]0;owned␇", "␛[2J␛[H", "\uFFFD and \uFFFDreversed\uFFFD", "Tabs    and bells␇."} {
		if !strings.Contains(plain, want) {
			t.Errorf("view lacks %q:\n%s", want, plain)
		}
	}
	if strings.ContainsAny(plain, "\x07\r\u009b\u202e\t") {
		t.Errorf("raw control characters in view: %q", plain)
	}
}

func TestParagraphsAsDisplayed(t *testing.T) {
	tests := []struct {
		name, path, text string
		want             []string // the screen's non-blank lines, in order
	}{
		{"single newlines", "a.txt", "One.\nTwo.\nThree.", []string{"One.", "Two.", "Three."}},
		{"blank lines", "a.txt", "One.\n\n\nTwo.\n", []string{"One.", "Two."}},
		{"CRLF", "a.txt", "One.\r\nTwo.\r\n\r\nThree.\r\n", []string{"One.", "Two.", "Three."}},
		{"markdown joins lines", "a.md", "# Title\n\nfirst line\nsecond line\n\n- item one\n- item two\n", []string{"# Title", "first line second line", "- item one", "- item two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sized(mustDoc(t, tt.path, tt.text), 60, 12)
			var got []string
			lines := strings.Split(screen(m), "\n")
			for _, l := range lines[:len(lines)-1] {
				if l = strings.TrimSpace(l); l != "" {
					got = append(got, l)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("screen lines %q, want %q", got, tt.want)
			}
		})
	}
}
