package side

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"
)

// listTab is a list of numbered rows drawn with the shared list cursor.
type listTab struct {
	title  string
	rows   int
	cursor ListCursor
}

// Title names the tab.
func (t *listTab) Title() string { return t.title }

// Update moves the cursor.
func (t *listTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
	t.cursor.Move(msg, keys, t.rows)
	return t, nil
}

// Follow changes nothing.
func (t *listTab) Follow(int) Tab { return t }

// View draws the visible rows.
func (t *listTab) View(width, height int, focused bool, styles *theme.Styles) string {
	first, end := t.cursor.Window(height, t.rows)
	var rows []string
	for r := first; r < end; r++ {
		rows = append(rows, t.cursor.ListRow(r, fmt.Sprintf("%2d ", r+1), styles.Muted, "a row of the list", width, focused, styles))
	}
	return PadRows(rows, width, height)
}

// plainStyles are the dark theme's styles without escape sequences.
func plainStyles() *theme.Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return theme.NewStyles(theme.DarkTheme(), r)
}

// newTestPane is a pane with the reader's five tab titles.
func newTestPane(width, height int) Pane {
	p := NewPane(plainStyles())
	for _, title := range []string{"Outline", "Quotes", "Speakers", "Promos", "Tags 12"} {
		p.AddTab(&listTab{title: title, rows: 30, cursor: NewListCursor()})
	}
	p.SetSize(width, height)
	return p
}

// Every tab stays visible in the bar: full titles when they fit, less
// padding next, then short titles (the reader's side pane is 28 cells wide
// at 80 columns and 40 at 120; "Tags 12" is wider than the reader's count).
func TestTabBarShowsEveryTab(t *testing.T) {
	for _, tc := range []struct {
		width int
		want  []string
	}{
		{60, []string{" Outline ", " Quotes ", " Speakers ", " Promos ", " Tags 12 "}},
		{42, []string{"Outline", "Quotes", "Speakers", "Promos", "Tags 12"}},
		{28, []string{"Out", "Quo", "Spe", "Pro", "Tag"}},
	} {
		p := newTestPane(tc.width, 10)
		bar := strings.SplitN(ansi.Strip(p.View(true)), "\n", 2)[0]
		for _, w := range tc.want {
			if !strings.Contains(bar, w) {
				t.Errorf("width %d: bar %q lacks %q", tc.width, bar, w)
			}
		}
	}
}

// Golden screens of the pane with a list scrolled past its first page.
func TestGoldenPane(t *testing.T) {
	keys := Keys{Down: keyBinding("j")}
	for _, size := range [][2]int{{28, 23}, {40, 39}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := newTestPane(size[0], size[1])
			for range 25 {
				p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")}, keys)
			}
			golden.RequireEqual(t, []byte(ansi.Strip(p.View(true))))
		})
	}
}

// keyBinding binds one key, for tests.
func keyBinding(k string) key.Binding { return key.NewBinding(key.WithKeys(k)) }
