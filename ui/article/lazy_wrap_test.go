package article

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
)

// longMixedText is n bytes or more of one paragraph mixing ASCII words,
// CJK, emoji, combining marks and an overlong word.
func longMixedText(n int) string {
	parts := []string{"the council met on Monday", "東京都議会は月曜日に", "👩‍👩‍👧 family 🇺🇦 flags", "cafe\u0301 na\u0308ive", strings.Repeat("x", 90)}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(parts[i%len(parts)])
		b.WriteByte(' ')
	}
	return b.String()
}

func TestWrapTextUpToIsAPrefixOfTheWholeWrap(t *testing.T) {
	for _, tc := range []struct {
		name        string
		text        string
		width, hang int
	}{
		{"mixed", longMixedText(20_000), 37, 0},
		{"hanging list item", "- " + longMixedText(5_000), 30, 2},
		{"short", "one line", 40, 0},
		{"empty", "", 40, 0},
	} {
		whole := wrapText(tc.text, 100, tc.width, tc.hang)
		for _, limit := range []int{1, 2, 17, 256, len(whole), len(whole) + 5} {
			t.Run(fmt.Sprintf("%s/limit=%d", tc.name, limit), func(t *testing.T) {
				got, complete := wrapTextUpTo(tc.text, 100, tc.width, tc.hang, limit)
				if len(got) < min(limit, len(whole)) || len(got) > len(whole) {
					t.Fatalf("%d lines for a limit of %d (whole: %d)", len(got), limit, len(whole))
				}
				for i := range got {
					if got[i] != whole[i] {
						t.Fatalf("line %d = %+v, the whole wrap has %+v", i, got[i], whole[i])
					}
				}
				if complete != (len(got) == len(whole)) {
					t.Fatalf("complete = %v with %d of %d lines", complete, len(got), len(whole))
				}
			})
		}
	}
}

// A pane over a long paragraph wraps only what it draws and behaves exactly
// as a pane that wrapped every paragraph whole.
func TestLongParagraphIsWrappedOnlyAsFarAsNeeded(t *testing.T) {
	long := longMixedText(3 * lazyWrapBytes)
	text := "A short first paragraph.\n\n" + long + "\n\nA short last paragraph."
	doc, err := model.NewDocument("long.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	styles := theme.NewStyles(theme.DarkTheme(), lipgloss.NewRenderer(io.Discard))
	lazy, eager := New(doc, styles, 60), New(doc, styles, 60)
	wrapAll := func() {
		for p := range doc.Paragraphs {
			eager.lines(p)
		}
	}
	lazy.SetSize(64, 12)
	eager.SetSize(64, 12)
	wrapAll()
	longPara := doc.ParagraphAt(len("A short first paragraph.\n\n") + 10)
	if lazy.View(); lazy.wrappedWhole(longPara) {
		t.Fatal("the first screen wrapped the whole long paragraph")
	}
	steps := []struct {
		name string
		do   func(p *Pane)
	}{
		{"first screen", func(p *Pane) {}},
		{"down 5", func(p *Pane) { p.ScrollDown(5) }},
		{"down 300", func(p *Pane) { p.ScrollDown(300) }},
		{"up 7", func(p *Pane) { p.ScrollUp(7) }},
		{"jump to the middle", func(p *Pane) { p.JumpTo(len(text) / 2) }},
		{"reveal near the start", func(p *Pane) { p.Reveal(len("A short first paragraph.\n\n") + 900) }},
		{"resize", func(p *Pane) { p.SetSize(50, 9) }},
		{"bottom", func(p *Pane) { p.GotoBottom() }},
		{"up 3 from the bottom", func(p *Pane) { p.ScrollUp(3) }},
		{"top", func(p *Pane) { p.GotoTop() }},
	}
	for _, st := range steps {
		st.do(&lazy)
		st.do(&eager)
		if st.name == "resize" {
			wrapAll()
		}
		if got, want := lazy.View(), eager.View(); got != want {
			t.Fatalf("%s: drew\n%s\nwant\n%s", st.name, got, want)
		}
		if lazy.top != eager.top || lazy.TopOffset() != eager.TopOffset() || lazy.Percent() != eager.Percent() {
			t.Fatalf("%s: top %+v at %d (%d%%), want %+v at %d (%d%%)", st.name,
				lazy.top, lazy.TopOffset(), lazy.Percent(), eager.top, eager.TopOffset(), eager.Percent())
		}
		for _, off := range []int{lazy.TopOffset(), lazy.TopOffset() + 200, len(text) - 5} {
			if lazy.OnScreen(off) != eager.OnScreen(off) {
				t.Fatalf("%s: OnScreen(%d) = %v, want %v", st.name, off, lazy.OnScreen(off), eager.OnScreen(off))
			}
		}
		lo, lok := lazy.OffsetAt(20, 4)
		eo, eok := eager.OffsetAt(20, 4)
		if lo != eo || lok != eok {
			t.Fatalf("%s: OffsetAt(20, 4) = %d %v, want %d %v", st.name, lo, lok, eo, eok)
		}
	}
}

func TestPrewrapFinishesLongParagraphsOffTheKeyPath(t *testing.T) {
	styles := theme.NewStyles(theme.DarkTheme(), lipgloss.NewRenderer(io.Discard))
	short, err := model.NewDocument("short.txt", []byte("One.\n\nTwo."), false)
	if err != nil {
		t.Fatal(err)
	}
	sp := New(short, styles, 60)
	sp.SetSize(64, 12)
	if sp.Prewrap() != nil {
		t.Fatal("work to do for an article without long paragraphs")
	}

	doc, err := model.NewDocument("long.txt", []byte("First.\n\n"+longMixedText(2*lazyWrapBytes)), false)
	if err != nil {
		t.Fatal(err)
	}
	p := New(doc, styles, 60)
	p.SetSize(64, 12)
	before := p.View()
	work := p.Prewrap()
	if work == nil || p.wrappedWhole(1) {
		t.Fatal("the long paragraph was wrapped before the work ran, or there is no work")
	}
	msg := work()

	stale := New(doc, styles, 60)
	stale.SetSize(40, 12) // another measure: the lines do not fit it
	stale.AdoptPrewrap(msg)
	if stale.wrappedWhole(1) {
		t.Fatal("lines wrapped at another measure were adopted")
	}

	p.AdoptPrewrap(msg)
	if !p.wrappedWhole(1) || p.Prewrap() != nil {
		t.Fatal("the prewrapped paragraph was not adopted")
	}
	if got := p.View(); got != before {
		t.Fatalf("the screen changed once the paragraph was wrapped whole:\n%s\nwant\n%s", got, before)
	}
	middle, err := model.NewDocument("middle.txt", []byte("First.\n\n"+longMixedText(2*lazyWrapBytes)+"\n\n"+strings.Repeat("A short paragraph after it.\n\n", 2000)), false)
	if err != nil {
		t.Fatal(err)
	}
	mp := New(middle, styles, 60)
	mp.SetSize(64, 12)
	if mp.Prewrap() != nil {
		t.Fatal("a long paragraph far from the end is wrapped whole in the background")
	}

	if got, want := p.lines(1), wrapText(doc.Text[doc.Paragraphs[1].Start:doc.Paragraphs[1].End], doc.Paragraphs[1].Start, p.measure, 0); len(got) != len(want) || got[len(got)-1] != want[len(want)-1] {
		t.Fatalf("adopted %d lines, the whole wrap has %d", len(got), len(want))
	}
}
