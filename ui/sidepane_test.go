package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/ui/side"
)

func TestTabOpensFocusesAndCloses(t *testing.T) {
	m := sized(mustDoc(t, "a.txt", numberedArticle(30)), 120, 30)
	m = press(t, m, "tab")
	if !m.sideOpen || m.focus != focusSide || !strings.Contains(screen(m), "Outline") {
		t.Fatalf("tab: open %v focus %v", m.sideOpen, m.focus)
	}
	m = press(t, m, "esc")
	if !m.sideOpen || m.focus != focusArticle {
		t.Fatalf("esc: open %v focus %v", m.sideOpen, m.focus)
	}
	m = press(t, m, "tab")
	if m.focus != focusSide {
		t.Fatal("tab on an open pane should focus it")
	}
	m = press(t, m, "tab")
	if m.sideOpen || m.focus != focusArticle || strings.Contains(screen(m), "Outline") {
		t.Fatal("tab on a focused pane should close it")
	}
}

func TestOutlineJumpsToTheChosenParagraph(t *testing.T) {
	m := sized(mustDoc(t, "a.txt", numberedArticle(30)), 120, 30)
	m = press(t, m, "tab", "j", "j", "j", "enter")
	if m.focus != focusArticle || !strings.HasPrefix(topLine(m), "Paragraph 4 opens") {
		t.Fatalf("after choosing entry 4: focus %v, top %q", m.focus, topLine(m))
	}
	// The outline follows the reading position, marking the current entry.
	m = press(t, m, "ctrl+d", "ctrl+d")
	tab := m.side.Tabs()[0].(*side.OutlineTab)
	if want := m.article.TopParagraph(); tab.Current() != want {
		t.Fatalf("outline marks entry %d, reader is at paragraph %d", tab.Current(), want)
	}
	m = press(t, m, "tab", "G", "enter")
	if !strings.Contains(screen(m), "Paragraph 30 opens") {
		t.Fatal("choosing the last entry did not show the last paragraph")
	}
}

func TestOutlineOfMarkdownListsHeadings(t *testing.T) {
	doc := mustDoc(t, "a.md", "# Top\n\nIntro text.\n\n## First part\n\nBody one.\n\n### Detail \x1b[31m\n\nBody two.\n\n## Second part\n\nBody three.\n")
	m := sized(doc, 120, 30)
	m = press(t, m, "tab")
	s := screen(m)
	for _, want := range []string{"Top", " First part", "  Detail ␛[31m", " Second part"} {
		if !strings.Contains(s, want) {
			t.Errorf("outline lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "│  Body one") {
		t.Error("a Markdown outline with headings should list only headings")
	}
	m = press(t, m, "G", "enter")
	if !strings.Contains(screen(m), "Body three.") {
		t.Fatal("jumping to the last heading failed")
	}
}
