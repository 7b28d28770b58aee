package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

func TestStatusLine(t *testing.T) {
	doc := mustDoc(t, "/some/dir/story.txt", numberedArticle(40))
	m := sized(doc, 100, 20)
	status := lastLine(screen(m))
	for _, want := range []string{"story.txt", "¶ 1/40", "0%", "? help", "q quit"} {
		if !strings.Contains(status, want) {
			t.Errorf("status %q lacks %q", status, want)
		}
	}
	m = press(t, m, "G")
	if status := lastLine(screen(m)); !strings.Contains(status, "¶ 40/40") && !strings.Contains(status, "100%") {
		t.Errorf("at the end: %q", status)
	}
	// Narrow terminals drop the hints, never the position.
	m = deliver(t, m, tea.WindowSizeMsg{Width: 30, Height: 10})
	if status := lastLine(screen(m)); !strings.Contains(status, "¶ 3") || !strings.HasSuffix(status, "% ") {
		t.Errorf("narrow status %q", status)
	}
}

func TestStatusLineReportsInvalidUTF8(t *testing.T) {
	doc := mustDoc(t, "latin1.txt", "Caf\xe9 cr\xe8me\nSecond paragraph.\n")
	m := sized(doc, 100, 10)
	m = press(t, m, "/", "x", "y", "z", "enter", "j")
	if status := lastLine(screen(m)); !strings.Contains(status, "replaced 2 invalid UTF-8 sequences") {
		t.Errorf("status %q does not report the replacements", status)
	}
	if !strings.Contains(screen(m), "Caf\uFFFD cr\uFFFDme") {
		t.Errorf("replacement characters not shown:\n%s", screen(m))
	}
}

func TestDisplayName(t *testing.T) {
	for in, want := range map[string]string{"-": "(stdin)", "sample:fox-rafah.txt": "fox-rafah.txt", "/a/b/c.md": "c.md", "x\x1by.txt": "x\x1by.txt"} {
		if got := displayName(in); got != want {
			t.Errorf("displayName(%q) = %q, want %q", in, got, want)
		}
	}
}

// A message is shown whole when it fits; the hints give way first, the
// last ones ("? help · q quit") last.
func TestStatusMessageBeforeHints(t *testing.T) {
	hints := DefaultKeyMap().ShortHelp()
	st := statusInfo{Name: "story.txt", Para: 1, Of: 3, Hints: hints}
	tests := []struct {
		msg        string
		want, lack []string
	}{
		{"", []string{"/ search", "tab outline", "? help", "q quit"}, nil},
		{"7 quotes, 4 promos", []string{"7 quotes, 4 promos", "? help · q quit"}, []string{"/ search"}},
		{"analysis failed: the detector gave up on this article", []string{"analysis failed: the detector gave up on this article"}, []string{"? help"}},
	}
	for _, tt := range tests {
		st.Message = tt.msg
		line := renderStatus(st, 80, plainStyles())
		for _, w := range tt.want {
			if !strings.Contains(line, w) {
				t.Errorf("message %q: %q lacks %q", tt.msg, line, w)
			}
		}
		for _, l := range tt.lack {
			if strings.Contains(line, l) {
				t.Errorf("message %q: %q should not show %q", tt.msg, line, l)
			}
		}
	}
}

// A long message is cut before its closing key hint, so "(u undoes)" and
// "(ctrl+s retries)" stay readable at 80 columns; wide text (emoji, CJK) is
// cut by cells.
func TestLongMessageKeepsItsKeyHint(t *testing.T) {
	st := statusInfo{Name: "story.txt", Para: 1, Of: 3, Hints: DefaultKeyMap().ShortHelp()}
	for _, tt := range []struct{ msg, want string }{
		{"tagged claim: “National Security Adviser Jake Sullivan claimed Israel lacks a coherent…” (u undoes)", "… (u undoes)"},
		{"tagged claim: “北京 😀 北京 😀 北京 😀 北京 😀 北京 😀 北京 😀 北京 😀 北京 😀 北京 😀 北京 😀…” (u undoes)", "… (u undoes)"},
		{"NOT SAVED since 12:01: no space left on device: /some/very/long/path/to/the/story.txt.annotty.json (ctrl+s retries)", "… (ctrl+s retries)"},
	} {
		st.Message = tt.msg
		line := renderStatus(st, 80, plainStyles())
		if !strings.Contains(line, tt.want) || !strings.Contains(line, "¶ 1/3") {
			t.Errorf("%q at 80 columns: %q", tt.msg, line)
		}
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("%q: %d cells", line, w)
		}
	}
	// A cut just after the snippet's own ellipsis shows one, not two.
	if got := truncateKeepingTail("tagged quote: “Sullivan claimed…” · saved", 33); strings.Contains(got, "……") || !strings.HasSuffix(got, "claimed…") {
		t.Errorf("cut after an ellipsis: %q", got)
	}
	// A tail wider than half the room is cut like any text.
	if got := truncateKeepingTail("abc (a very long closing group)", 10); got != "abc (a ve…" {
		t.Errorf("wide tail: %q", got)
	}
}
