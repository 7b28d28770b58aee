package side

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Tab is one tab of the side pane (Outline, Quotes, Speakers,
// Promos, Tags). Tabs are values: Update returns the new tab.
type Tab interface {
	// Title is the tab's name in the tab bar.
	Title() string
	// Update handles a key while the side pane has focus. To move the
	// article, return a command that yields a JumpMsg.
	Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd)
	// Follow tells the tab where the reader is (the document offset of the
	// top line), so it can mark the current entry.
	Follow(offset int) Tab
	// View draws the tab in exactly width x height cells.
	View(width, height int, focused bool, styles *theme.Styles) string
}

// JumpMsg asks the article pane to show the line holding document offset
// Offset at the top. Side tabs send it when an entry is chosen.
type JumpMsg struct {
	Offset int
	// Focus moves the keyboard focus back to the article.
	Focus bool
}

// JumpTo returns a command that sends a JumpMsg.
func JumpTo(offset int, focus bool) tea.Cmd {
	return func() tea.Msg { return JumpMsg{Offset: offset, Focus: focus} }
}

// Pane is a tabbed container drawn right of the article.
type Pane struct {
	tabs          []Tab
	active        int
	width, height int
	styles        *theme.Styles
}

// SetSize gives the pane width x height cells (the border included).
func (s *Pane) SetSize(width, height int) { s.width, s.height = width, height }

// ActiveTab is the tab on show (nil when there is none).
func (s *Pane) ActiveTab() Tab {
	if len(s.tabs) == 0 {
		return nil
	}
	return s.tabs[s.active]
}

// AddTab appends a tab; later features call it (Quotes, Speakers, Tags).
func (s *Pane) AddTab(t Tab) { s.tabs = append(s.tabs, t) }

// Update routes a key to the tab bar or the active tab.
func (s *Pane) Update(msg tea.KeyMsg, keys Keys) tea.Cmd {
	switch {
	case Capturing(s.ActiveTab()): // typing into the tab: every key is text
	case key.Matches(msg, keys.NextTab):
		s.active = (s.active + 1) % len(s.tabs)
		return nil
	case key.Matches(msg, keys.PrevTab):
		s.active = (s.active + len(s.tabs) - 1) % len(s.tabs)
		return nil
	}
	var cmd tea.Cmd
	s.tabs[s.active], cmd = s.tabs[s.active].Update(msg, keys)
	return cmd
}

// Capturing reports whether tab takes every key (a filter being typed).
func Capturing(tab Tab) bool {
	c, ok := tab.(interface{ Capturing() bool })
	return ok && c.Capturing()
}

// ShowTab makes t the tab on show; false when t is not in the pane.
func (s *Pane) ShowTab(t Tab) bool {
	for i, tab := range s.tabs {
		if tab == t {
			s.active = i
			return true
		}
	}
	return false
}

// Follow tells every tab the reading position.
func (s *Pane) Follow(offset int) {
	for i, t := range s.tabs {
		s.tabs[i] = t.Follow(offset)
	}
}

// tabLabels are the tab bar's labels for a bar inner cells wide: the full
// titles when they all fit (with less padding if need be), else short ones (ShortTitle, or the first three
// letters), so every tab stays visible at 80 columns.
func (s *Pane) tabLabels(inner int) []string {
	labels := make([]string, len(s.tabs))
	used := 0
	for i, t := range s.tabs {
		labels[i] = " " + theme.Sanitize(t.Title()) + " "
		used += ansi.StringWidth(labels[i])
	}
	if used <= inner {
		return labels
	}
	used = 0
	for i, t := range s.tabs {
		labels[i] = " " + theme.Sanitize(t.Title())
		used += ansi.StringWidth(labels[i])
	}
	if used <= inner {
		return labels
	}
	for i, t := range s.tabs {
		title := ""
		if st, ok := t.(interface{ ShortTitle() string }); ok {
			title = st.ShortTitle()
		} else if r := []rune(t.Title()); len(r) > 3 {
			title = string(r[:3])
		} else {
			title = string(r)
		}
		labels[i] = " " + theme.Sanitize(title)
	}
	return labels
}

// firstVisibleTab is the first tab whose label shows in a bar inner cells
// wide: 0, or later when the labels up to the active tab would not fit.
func firstVisibleTab(labels []string, active, inner int) int {
	first, used := active, 0
	for i := active; i >= 0; i-- {
		used += ansi.StringWidth(labels[i])
		if used > inner {
			break
		}
		first = i
	}
	return first
}

// View draws the border, the tab bar and the active tab.
func (s *Pane) View(focused bool) string {
	inner := s.width - 2
	if inner < 1 || s.height < 3 {
		return strings.Repeat(strings.Repeat(" ", max(s.width, 0))+"\n", max(s.height-1, 0)) + strings.Repeat(" ", max(s.width, 0))
	}
	var bar strings.Builder
	used := 0
	labels := s.tabLabels(inner)
	first := firstVisibleTab(labels, s.active, inner)
	for i, title := range labels {
		if i < first {
			continue // scrolled off so that the active tab shows
		}
		w := ansi.StringWidth(title)
		if used+w > inner {
			break
		}
		style := s.styles.SideTab
		if i == s.active {
			style = s.styles.SideTabActive
		}
		bar.WriteString(style.Render(title))
		used += w
	}
	bar.WriteString(strings.Repeat(" ", inner-used))
	body := s.tabs[s.active].View(inner, s.height-2, focused, s.styles)
	rows := append([]string{bar.String(), s.styles.SideBorder.Render(strings.Repeat("─", inner))}, strings.Split(body, "\n")...)
	border := s.styles.SideBorder.Render("│")
	var b strings.Builder
	for i, row := range rows[:s.height] {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(border)
		b.WriteByte(' ')
		b.WriteString(row)
	}
	return b.String()
}
