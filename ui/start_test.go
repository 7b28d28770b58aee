package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
)

func TestStartPutsTheCursorOnTheSpan(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "Paragraph %d says something plain.\n\n", i)
	}
	b.WriteString("The disputed 🚢 sentence is here.\n")
	text := b.String()
	doc := mustDoc(t, "long.txt", text)
	i := strings.Index(text, "disputed")
	tests := []struct {
		name   string
		start  model.Span
		cursor int
		shown  string
	}{
		{"far down", model.Span{Start: i, End: i + len("disputed 🚢 sentence")}, i, "The disputed 🚢 sentence"},
		{"none", model.Span{}, 0, "Paragraph 1 says"},
		{"out of range", model.Span{Start: i, End: len(text) + 5}, 0, "Paragraph 1 says"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := New(doc, Options{Styles: plainStyles(), Start: tc.start, Notice: "editing gold"})
			m = deliver(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
			if got := m.cursor.at(); got != tc.cursor {
				t.Errorf("cursor at %d, want %d", got, tc.cursor)
			}
			st := screen(m)
			if !strings.Contains(st, tc.shown) || !strings.Contains(st, "editing gold") {
				t.Errorf("screen lacks %q or the notice:\n%s", tc.shown, st)
			}
		})
	}
}
