package ui

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
)

// helpOverlay shows the key map as a page rendered by glamour. Rendering
// happens in a command, once per width and theme; View only reads the result.
type helpOverlay struct {
	page          string // the Markdown page (helpPage)
	styles        *Styles
	width         int
	height        int
	lines         []string
	renderedWidth int
	scroll        int
}

// helpRenderedMsg carries glamour's output for one width.
type helpRenderedMsg struct {
	width int
	text  string
	err   error
}

// setSize records the overlay's size; needsRender then says whether the
// page must be rendered again for the new width.
func (h *helpOverlay) setSize(width, height int) { h.width, h.height = width, height }

// setPage changes the page (the labels, or where annotations are saved,
// became known); it is rendered again on next use.
func (h *helpOverlay) setPage(page string) {
	if page != h.page {
		h.page, h.renderedWidth = page, -1
	}
}

// needsRender reports whether the page must be rendered for the current width.
func (h *helpOverlay) needsRender() bool { return h.renderedWidth != h.width }

// render returns the command that renders the help page for the current width.
func (h *helpOverlay) render() tea.Cmd {
	width, markdown := h.width, h.page
	style, profile := glamourStyle(h.styles.Theme), h.styles.Renderer.ColorProfile()
	return func() tea.Msg {
		r, err := glamour.NewTermRenderer(
			glamour.WithStandardStyle(style),
			glamour.WithColorProfile(profile),
			glamour.WithWordWrap(max(min(width-4, 76), 20)),
		)
		if err != nil {
			return helpRenderedMsg{width: width, err: err}
		}
		out, err := r.Render(markdown)
		return helpRenderedMsg{width: width, text: out, err: err}
	}
}

// glamourStyle picks glamour's built-in style for a theme (never "auto",
// which would query the terminal).
func glamourStyle(t Theme) string {
	switch {
	case t.Name == "none":
		return "notty"
	case t.Dark:
		return "dark"
	}
	return "light"
}

// setRendered stores a finished rendering.
func (h *helpOverlay) setRendered(msg helpRenderedMsg) {
	if msg.err != nil {
		msg.text = h.page
	}
	h.renderedWidth = msg.width
	h.lines = strings.Split(strings.TrimRight(msg.text, "\n"), "\n")
	h.scroll = min(h.scroll, max(len(h.lines)-h.height, 0))
}

// scrollBy moves the page n lines (negative is up).
func (h *helpOverlay) scrollBy(n int) {
	h.scroll = max(0, min(h.scroll+n, len(h.lines)-h.height))
}

// view draws the overlay in width x height cells.
func (h *helpOverlay) view() string {
	if h.lines == nil {
		return theme.PadBlock([]string{"", "  rendering help…"}, h.width, h.height)
	}
	end := min(h.scroll+h.height, len(h.lines))
	return theme.PadBlock(h.lines[h.scroll:end], h.width, h.height)
}
