package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// Keys that reach the program together ("jj") act like keys typed one by one.
func TestKeyBurstActsLikeSeparateKeys(t *testing.T) {
	doc := mustDoc(t, "a.txt", strings.Repeat("A line of text that is long enough.\n", 60))
	one := press(t, sized(doc, 80, 12), "j", "j", "j")
	burst := deliver(t, sized(doc, 80, 12), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jjj")})
	if topLine(burst) != topLine(one) || one.article.Top() != burst.article.Top() {
		t.Fatalf("burst top %+v, separate keys top %+v", burst.article.Top(), one.article.Top())
	}
	fresh := sized(doc, 80, 12)
	if one.article.Top() == fresh.article.Top() {
		t.Fatal("j did not scroll; the test proves nothing")
	}
}

// A burst typed into the search prompt stays text, and a paste is never split.
func TestKeyBurstStaysTextInInputs(t *testing.T) {
	doc := mustDoc(t, "a.txt", "alpha beta\ngamma jj delta\n")
	m := press(t, sized(doc, 80, 12), "/")
	m = deliver(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jj")})
	if !strings.Contains(screen(m), "jj") {
		t.Fatalf("search prompt lost the burst:\n%s", screen(m))
	}
	pasted := deliver(t, sized(doc, 80, 12), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jj"), Paste: true})
	if fresh := sized(doc, 80, 12); pasted.article.Top() != fresh.article.Top() {
		t.Fatal("a paste scrolled the article")
	}
}
