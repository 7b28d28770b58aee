//go:build linux && !race

package termrender

import (
	"errors"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// (Not under -race: Bubble Tea's own shutdown after a panic closes the
// input reader while its read loop may still be reading, a race of
// Bubble Tea's, with or without this renderer.)

// A panic in Update ends the program with Bubble Tea's panic error and
// the terminal restored (Bubble Tea prints the panic on standard output).
func TestProgramPanicRestoresTheTerminal(t *testing.T) {
	p, _, before, done, _ := run(t)
	if _, err := p.Master.WriteString("p"); err != nil {
		t.Fatal(err)
	}
	err := wait(t, done)
	if !errors.Is(err, tea.ErrProgramPanic) {
		t.Fatalf("Run: %v, want the panic", err)
	}
	if p.Termios(t) != before {
		t.Fatal("the terminal's mode was not restored after the panic")
	}
	p.WaitFor(t, "\x1b[?1049l\x1b[?25h")
}
