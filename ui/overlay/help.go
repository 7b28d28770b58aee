package overlay

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
)

// Help shows the key map as a page rendered by glamour. Rendering
// happens in a command, once per width and theme; View only reads the result.
type Help struct {
	page          string // the Markdown page (helpPage)
	styles        *theme.Styles
	width         int
	height        int
	lines         []string
	renderedWidth int
	scroll        int
}

// HelpRenderedMsg carries glamour's output for one width.
type HelpRenderedMsg struct {
	width int
	text  string
	err   error
}

// SetSize records the overlay's size; needsRender then says whether the
// page must be rendered again for the new width.
func (h *Help) SetSize(width, height int) { h.width, h.height = width, height }

// SetPage changes the page (the labels, or where annotations are saved,
// became known); it is rendered again on next use.
func (h *Help) SetPage(page string) {
	if page != h.page {
		h.page, h.renderedWidth = page, -1
	}
}

// NeedsRender reports whether the page must be rendered for the current width.
func (h *Help) NeedsRender() bool { return h.renderedWidth != h.width }

// Render returns the command that renders the help page for the current width.
func (h *Help) Render() tea.Cmd {
	width, markdown := h.width, h.page
	style, profile := theme.GlamourStyle(h.styles.Theme), h.styles.Renderer.ColorProfile()
	return func() tea.Msg {
		r, err := glamour.NewTermRenderer(
			glamour.WithStandardStyle(style),
			glamour.WithColorProfile(profile),
			glamour.WithWordWrap(max(min(width-4, 76), 20)),
		)
		if err != nil {
			return HelpRenderedMsg{width: width, err: err}
		}
		out, err := r.Render(markdown)
		return HelpRenderedMsg{width: width, text: out, err: err}
	}
}

// SetRendered stores a finished rendering.
func (h *Help) SetRendered(msg HelpRenderedMsg) {
	if msg.err != nil {
		msg.text = h.page
	}
	h.renderedWidth = msg.width
	h.lines = strings.Split(strings.TrimRight(msg.text, "\n"), "\n")
	h.scroll = min(h.scroll, max(len(h.lines)-h.height, 0))
}

// ScrollBy moves the page n lines (negative is up).
func (h *Help) ScrollBy(n int) {
	h.scroll = max(0, min(h.scroll+n, len(h.lines)-h.height))
}

// View draws the overlay in width x height cells.
func (h *Help) View() string {
	if h.lines == nil {
		return theme.PadBlock([]string{"", "  rendering help…"}, h.width, h.height)
	}
	end := min(h.scroll+h.height, len(h.lines))
	return theme.PadBlock(h.lines[h.scroll:end], h.width, h.height)
}

// NewHelp is an empty help overlay drawn with styles; SetPage gives it its page.
func NewHelp(styles *theme.Styles) Help { return Help{styles: styles} }

// ScrollToTop shows the page from its start.
func (h *Help) ScrollToTop() { h.scroll = 0 }

// Height is the overlay's height in lines, for paging.
func (h *Help) Height() int { return h.height }
