package model

import (
	"strings"
	"testing"
)

func paragraphTexts(text string, markdown bool) []string {
	var out []string
	for _, p := range SplitParagraphs(text, markdown) {
		out = append(out, text[p.Start:p.End])
	}
	return out
}

func TestSplitParagraphsPlainText(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"single newlines", "One.\nTwo.\nThree.", []string{"One.", "Two.", "Three."}},
		{"blank lines", "One.\n\nTwo.\n\n\nThree.\n", []string{"One.", "Two.", "Three."}},
		{"crlf", "One.\r\nTwo.\r\n\r\nThree.", []string{"One.", "Two.", "Three."}},
		{"whitespace-only lines", "One.\n   \t\nTwo.", []string{"One.", "Two."}},
		{"no trailing newline", "Only one", []string{"Only one"}},
		{"leading blank", "\n\nFirst", []string{"First"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := paragraphTexts(tt.text, false)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitParagraphsMarkdown(t *testing.T) {
	text := "# Title\nIntro line one\nintro line two\n\n## Part\n- item one\n- item two\n1. first\n\nBody."
	paras := SplitParagraphs(text, true)
	want := []struct {
		text    string
		heading int
		item    bool
	}{
		{"# Title", 1, false},
		{"Intro line one\nintro line two", 0, false},
		{"## Part", 2, false},
		{"- item one", 0, true},
		{"- item two", 0, true},
		{"1. first", 0, true},
		{"Body.", 0, false},
	}
	if len(paras) != len(want) {
		t.Fatalf("got %d paragraphs %q, want %d", len(paras), paragraphTexts(text, true), len(want))
	}
	for i, w := range want {
		p := paras[i]
		if got := text[p.Start:p.End]; got != w.text || p.Heading != w.heading || p.ListItem != w.item {
			t.Errorf("paragraph %d = %q h%d item=%v, want %q h%d item=%v", i, got, p.Heading, p.ListItem, w.text, w.heading, w.item)
		}
	}
}

func TestHeadingLevelNeedsSpace(t *testing.T) {
	if headingLevel("#hashtag") != 0 || headingLevel("####### seven") != 0 || headingLevel("### three") != 3 {
		t.Fatal("heading detection wrong")
	}
}

func FuzzSplitParagraphs(f *testing.F) {
	f.Add("a\nb\n\nc", false)
	f.Add("# h\ntext\n- item", true)
	f.Add("\r\n\r\n", true)
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		prevEnd := -1
		for _, p := range SplitParagraphs(text, markdown) {
			if p.Start < 0 || p.End > len(text) || p.Start >= p.End || p.Start <= prevEnd {
				t.Fatalf("bad paragraph %+v (prev end %d) in %q", p, prevEnd, text)
			}
			if strings.TrimSpace(text[p.Start:p.End]) == "" {
				t.Fatalf("blank paragraph %+v in %q", p, text)
			}
			prevEnd = p.End
		}
	})
}

func TestParagraphIndexIsNotSizedByBlankLines(t *testing.T) {
	for _, text := range []string{"a\n\nb\r\n\r\nc", "a\nb\nc\n", "\n\n\n", "one", "x\n \n\ny", strings.Repeat("para\n\n", 1000)} {
		paras := SplitParagraphs(text, false)
		if cap(paras) > len(paras)+len(paras)/4+1 {
			t.Errorf("%q: index capacity %d for %d paragraphs", text, cap(paras), len(paras))
		}
	}
}
