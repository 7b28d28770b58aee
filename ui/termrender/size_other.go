//go:build !unix

package termrender

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// supported says whether this platform draws frames at once: not without
// SIGWINCH, so here Bubble Tea's standard renderer draws.
const supported = false

// watchSize is never called where supported is false.
func watchSize(out *os.File, send func(tea.Msg)) (stop func()) { return func() {} }
