package article

import (
	"io"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// headerPane is goldenText in a 60x8 pane under a three-line header (the
// title wraps to two lines; the URL is cut to one; an escape is dropped).
func headerPane(t *testing.T) Pane {
	t.Helper()
	doc, err := model.NewDocument("g.txt", []byte(goldenText), false)
	if err != nil {
		t.Fatal(err)
	}
	p := New(doc, theme.NewStyles(theme.DarkTheme(), lipgloss.NewRenderer(io.Discard)), 0)
	p.SetHeader([]HeaderLine{
		{Text: "Harbour council splits over the ferry plan as costs rise \x1b[31magain", Heading: true},
		{Text: "Ann Lee · 2024-05-01 · The Harbour Post"},
		{Text: "https://example.com/news/2024/05/01/harbour-council-splits-over-the-ferry-plan"},
	})
	p.SetSize(60, 8)
	return p
}

func TestHeaderAboveTheText(t *testing.T) {
	p := headerPane(t)
	rows := strings.Split(ansi.Strip(p.View()), "\n")
	if len(rows) != 8 {
		t.Fatalf("%d rows, want 8", len(rows))
	}
	want := []string{"Harbour council splits over the ferry plan as costs rise", "␛[31magain", "Ann Lee · 2024-05-01 · The Harbour Post", "https://example.com/news/2024/05/01/harbour-council-spli…", "", "Harbour plan stalls"}
	for i, w := range want {
		if got := strings.TrimSpace(rows[i]); !strings.HasPrefix(got, w) || w == "" && got != "" {
			t.Errorf("row %d = %q, want %q", i, got, w)
		}
	}
	if strings.Contains(p.View(), "\x1b[31m") {
		t.Error("an escape sequence in the header reached the terminal")
	}
	if p.TopOffset() != 0 {
		t.Errorf("top offset %d under the header, want 0: the header holds no offsets", p.TopOffset())
	}
	if _, ok := p.OffsetAt(5, 0); ok {
		t.Error("a click on the header landed in the text")
	}
	if off, ok := p.OffsetAt(p.left+gutterWidth, 5); !ok || off != 0 {
		t.Errorf("a click on the first text row gave %d %v, want offset 0", off, ok)
	}
	if p.OnScreen(p.doc.Paragraphs[len(p.doc.Paragraphs)-1].Start) {
		t.Error("OnScreen counts the last paragraph in, under the header's rows")
	}
}

func TestHeaderScrolls(t *testing.T) {
	tests := []struct {
		name    string
		move    func(p *Pane)
		wantTop string // the first row on screen, trimmed
	}{
		{"one line down scrolls the title's first line away", func(p *Pane) { p.ScrollDown(1) }, "␛[31magain"},
		{"past the header the text moves", func(p *Pane) { p.ScrollDown(7) }, "Councillors met"},
		{"back up brings the header back", func(p *Pane) { p.ScrollDown(7); p.ScrollUp(20) }, "Harbour council"},
		{"a jump into the text hides it", func(p *Pane) { p.JumpTo(p.doc.Paragraphs[1].Start) }, "Councillors met"},
		{"the top shows it again", func(p *Pane) { p.GotoBottom(); p.GotoTop() }, "Harbour council"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := headerPane(t)
			tc.move(&p)
			first := strings.TrimSpace(strings.Split(ansi.Strip(p.View()), "\n")[0])
			if !strings.HasPrefix(first, tc.wantTop) {
				t.Errorf("first row %q, want %q…", first, tc.wantTop)
			}
		})
	}
}
