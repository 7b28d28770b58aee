package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

func TestSearchInTheReader(t *testing.T) {
	doc := mustDoc(t, "a.txt", numberedArticle(60)+"The LAST paragraph mentions Rafah.\n")
	m := sized(doc, 80, 24)
	m = press(t, m, append(append([]string{"/"}, typed("paragraph 5")...), "enter")...)
	// "paragraph 5" matches paragraphs 5 and 50-59: 11 matches, smart case.
	if n := m.sess.SearchMatches().Len(); n != 11 {
		t.Fatalf("matches = %d, want 11", n)
	}
	if m.sess.CurrentMatch() != 0 || !strings.Contains(screen(m), "1/11") {
		t.Fatalf("current = %d; status:\n%s", m.sess.CurrentMatch(), lastLine(screen(m)))
	}
	if !m.article.OnScreen(m.sess.SearchMatches().At(0).Start) {
		t.Fatal("first match not on screen")
	}
	m = press(t, m, "n", "n")
	if m.sess.CurrentMatch() != 2 || !strings.Contains(lastLine(screen(m)), "3/11") {
		t.Fatalf("after n n: current %d, status %q", m.sess.CurrentMatch(), lastLine(screen(m)))
	}
	if !m.article.OnScreen(m.sess.SearchMatches().At(2).Start) {
		t.Fatal("third match not on screen")
	}
	m = press(t, m, "N", "N", "N")
	if m.sess.CurrentMatch() != 10 || !strings.Contains(m.message, "wrapped") {
		t.Fatalf("N past the first match: current %d, message %q", m.sess.CurrentMatch(), m.message)
	}
	m = press(t, m, "n")
	if m.sess.CurrentMatch() != 0 || !strings.Contains(m.message, "wrapped") {
		t.Fatalf("n past the last match: current %d, message %q", m.sess.CurrentMatch(), m.message)
	}
	// An uppercase letter makes the search case-sensitive.
	m = press(t, m, append(append([]string{"/"}, typed("LAST")...), "enter")...)
	if m.sess.SearchMatches().Len() != 1 {
		t.Fatalf("LAST: %d matches", m.sess.SearchMatches().Len())
	}
	m = press(t, m, append(append([]string{"/"}, typed("zebra")...), "enter")...)
	if !strings.Contains(lastLine(screen(m)), "no matches") {
		t.Fatalf("status for no matches: %q", lastLine(screen(m)))
	}
	m = press(t, m, "/", "x", "esc")
	if m.focus != focusArticle || m.sess.SearchQuery() != "zebra" {
		t.Fatalf("esc should cancel the prompt and keep the last search")
	}
}

// The prompt replaces the status line while typing: "/" and the query,
// edited with textinput's keys; a pasted line break becomes a space and
// escape sequences are dropped; a long query keeps its end in sight.
func TestSearchPromptEditing(t *testing.T) {
	doc := mustDoc(t, "a.txt", numberedArticle(10))
	m := sized(doc, 40, 12)
	m = press(t, m, append([]string{"/"}, typed("paragrah 3")...)...)
	if got := lastLine(screen(m)); strings.TrimRight(got, " ") != "/paragrah 3" || ansi.StringWidth(got) != 40 {
		t.Fatalf("prompt %q", got)
	}
	// Fix the typo in the middle: left twice, then type the missing p.
	m = deliver(t, m, tea.KeyMsg{Type: tea.KeyLeft})
	m = deliver(t, m, tea.KeyMsg{Type: tea.KeyLeft})
	m = deliver(t, m, tea.KeyMsg{Type: tea.KeyLeft})
	m = press(t, m, "p")
	if got := strings.TrimRight(lastLine(screen(m)), " "); got != "/paragraph 3" {
		t.Fatalf("after the fix %q", got)
	}
	m = press(t, m, "enter")
	if m.sess.SearchQuery() != "paragraph 3" || !strings.Contains(lastLine(screen(m)), "1/1") {
		t.Fatalf("query %q, status %q", m.sess.SearchQuery(), lastLine(screen(m)))
	}
	m = press(t, m, "/")
	m = deliver(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("para\x1b[31mgraph\r\n1"), Paste: true})
	m = press(t, m, "backspace", "2", "enter")
	if m.sess.SearchQuery() != "paragraph 2" {
		t.Fatalf("pasted query %q", m.sess.SearchQuery())
	}
	m = press(t, m, append([]string{"/"}, typed(strings.Repeat("x", 60)+"END")...)...)
	if got := lastLine(screen(m)); !strings.Contains(got, "xxEND") || ansi.StringWidth(got) != 40 {
		t.Fatalf("long query %q (%d cells)", got, ansi.StringWidth(got))
	}
}

func TestSearchHighlightsEveryVisibleMatch(t *testing.T) {
	doc := mustDoc(t, "a.txt", "cat dog cat\nbird cat\n")
	m := New(doc, Options{Styles: colourStyles()})
	m = deliver(t, m, tea.WindowSizeMsg{Width: 40, Height: 6})
	m = press(t, m, "/", "c", "a", "t", "enter")
	view := m.View()
	match, current := m.styles.Match.Open(), m.styles.CurrentMatch.Open()
	if match == "" || current == "" {
		t.Fatal("colour styles have no paint")
	}
	// Each "cat" must be drawn right after a run of escape sequences that
	// holds the match paint, exactly one of them the current-match paint.
	plain, cur := 0, 0
	for i := strings.Index(view, "cat"); i >= 0; i = next(view, "cat", i) {
		run := escapeRunBefore(view, i)
		switch {
		case strings.Contains(run, current):
			cur++
		case strings.Contains(run, match):
			plain++
		default:
			t.Errorf("match at %d not highlighted (run %q)", i, run)
		}
	}
	if plain != 2 || cur != 1 {
		t.Errorf("%d plain and %d current highlights, want 2 and 1", plain, cur)
	}
}

// next finds sub in s after position i, or -1.
func next(s, sub string, i int) int {
	j := strings.Index(s[i+1:], sub)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// escapeRunBefore returns the escape sequences written immediately before s[i].
func escapeRunBefore(s string, i int) string {
	j := i
	for j > 0 && s[j-1] == 'm' {
		k := strings.LastIndex(s[:j], "\x1b[")
		if k < 0 || strings.ContainsAny(s[k+2:j-1], "abcdefghijklmnopqrstuvwxyz ") {
			break
		}
		j = k
	}
	return s[j:i]
}

// lastLine is the status line of a screen.
func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	return lines[len(lines)-1]
}
