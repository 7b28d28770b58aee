package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// statusInfo is everything the status line shows; the root model fills it.
type statusInfo struct {
	Name      string
	Para, Of  int // paragraph n of N
	Percent   int
	Matches   int
	Current   int // 1-based current match, 0 for none
	Searching bool
	Query     string
	Message   string
	Hints     []key.Binding
	// Mode notes lasting reader settings ("quotes: Jake Sullivan · 4 promos hidden").
	Mode string
	// EditMode is the cursor's mode: NORMAL, VISUAL, NOTE or SPEAKER.
	EditMode string
	// NoPosition leaves the reading position out (nothing is open yet).
	NoPosition bool
}

// displayName is what the status line calls the document.
func displayName(path string) string {
	switch {
	case path == "-":
		return "(stdin)"
	case strings.HasPrefix(path, "sample:"):
		return strings.TrimPrefix(path, "sample:")
	}
	return filepath.Base(path)
}

// renderStatus draws the one-line status bar, width cells wide. The right
// side (Position, search count, hints) is kept; the message gives way first.
func renderStatus(st statusInfo, width int, styles *Styles) string {
	right := fmt.Sprintf("¶ %d/%d  %d%%", st.Para, st.Of, st.Percent)
	if st.NoPosition {
		right = ""
	}
	if st.Mode != "" {
		right = theme.Sanitize(st.Mode) + "  " + right
	}
	switch {
	case st.Searching:
		right = "searching…  " + right
	case st.Query != "" && st.Matches == 0:
		right = "no matches  " + right
	case st.Query != "":
		cur := "-"
		if st.Current > 0 {
			cur = fmt.Sprint(st.Current)
		}
		right = fmt.Sprintf("%s/%d  %s", cur, st.Matches, right)
	}
	hints := make([]string, 0, len(st.Hints))
	for _, h := range st.Hints {
		desc, _, _ := strings.Cut(h.Help().Desc, " (")
		hints = append(hints, h.Help().Key+" "+desc)
	}
	name := " " + theme.Sanitize(st.Name) + " "
	if st.EditMode != "" {
		name += "· " + st.EditMode + " "
	}
	msg := theme.Sanitize(st.Message)

	free := width - ansi.StringWidth(name) - ansi.StringWidth(right) - 1
	// The message comes first; the hints fill what room is left, the first
	// ones giving way before the last ("? help · q quit").
	for len(hints) > 0 && free-ansi.StringWidth(msg)-ansi.StringWidth(strings.Join(hints, " · "))-4 < 0 {
		hints = hints[1:]
	}
	hint := strings.Join(hints, " · ")
	if free < 0 {
		name = ansi.Truncate(name, max(width-ansi.StringWidth(right)-1, 0), "…")
		free = 0
	}
	middle := msg
	if hint != "" {
		middle = msg + strings.Repeat(" ", max(free-ansi.StringWidth(msg)-ansi.StringWidth(hint)-2, 1)) + hint
	}
	middle = truncateKeepingTail(middle, max(free-1, 0))
	gap := max(width-ansi.StringWidth(name)-ansi.StringWidth(middle)-ansi.StringWidth(right)-1, 0)
	line := styles.StatusFile.Render(name) +
		styles.StatusMessage.Render(middle+strings.Repeat(" ", gap)) +
		styles.StatusBar.Render(right+" ")
	return ansi.Truncate(line, width, "")
}

// truncateKeepingTail cuts s to width cells, ending the cut part with "…".
// A closing parenthesis group ("… (u undoes)", "(ctrl+s retries)") is the
// key to go on with: the text before it is cut instead, so it stays whole
// while it takes at most half the room.
func truncateKeepingTail(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		tail := s[i:]
		if tw := ansi.StringWidth(tail); tw <= width/2 {
			return cutWithEllipsis(s[:i], width-tw) + tail
		}
	}
	return cutWithEllipsis(s, width)
}

// cutWithEllipsis cuts s to width cells with a "…", one only when the cut
// lands just after an ellipsis of the text's own (a quoted snippet's).
func cutWithEllipsis(s string, width int) string {
	t := ansi.Truncate(s, width, "…")
	if strings.HasSuffix(t, "……") {
		t = strings.TrimSuffix(t, "…")
	}
	return t
}
