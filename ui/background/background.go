// Package background decides whether the terminal background is dark without
// asking the terminal.
//
// Bubble Tea v1 calls lipgloss.HasDarkBackground in its package init, which
// sends an OSC 11 query and can wait up to 5 s on a terminal that never
// answers. Go initialises ready packages in import-path order, and this
// package's path sorts before github.com/charmbracelet/bubbletea, so the init
// below pins lipgloss's answer first and the query is never sent.
package background

import (
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// init pins lipgloss's background answer before Bubble Tea's init asks.
func init() {
	dark, _ := FromEnv(os.Getenv("COLORFGBG"))
	lipgloss.SetHasDarkBackground(dark)
}

// FromEnv reads a COLORFGBG value ("15;0", "0;default;15") as set by rxvt,
// Konsole, iTerm2 and others. ok is false when the value says nothing, in
// which case dark is true (the common terminal default).
func FromEnv(colorfgbg string) (dark, ok bool) {
	parts := strings.Split(colorfgbg, ";")
	if colorfgbg == "" || len(parts) < 2 {
		return true, false
	}
	bg, err := strconv.Atoi(parts[len(parts)-1])
	if err != nil {
		return true, false
	}
	// ANSI colours 0-6 and 8 are dark; 7 and 9-15 are light.
	return bg <= 6 || bg == 8, true
}
