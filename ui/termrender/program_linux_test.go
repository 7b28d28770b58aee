//go:build linux

package termrender

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annotty/annotty/ui/termrender/ptytest"
	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/sys/unix"
)

// run starts a Program for counter on a fresh 20x3 pty.
func run(t *testing.T) (*ptytest.Pty, *Program, unix.Termios, chan error, *tea.Model) {
	t.Helper()
	p := ptytest.Open(t, 20, 3)
	before := p.Termios(t)
	prog, err := NewProgram(counter{}, Options{Input: p.TTY, Output: p.TTY, Mouse: true})
	if err != nil {
		t.Fatal(err)
	}
	if !prog.Immediate() {
		t.Fatal("a pty should get the immediate renderer")
	}
	done := make(chan error, 1)
	var final tea.Model
	go func() {
		var err error
		final, err = prog.Run()
		done <- err
	}()
	p.WaitFor(t, "keys \x1b[K\r\n"+strings.Repeat("-", 20))
	return p, prog, before, done, &final
}

func wait(t *testing.T, done chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("the program did not end")
		return nil
	}
}

// Keys come in raw, frames go out at once, a resize repaints, and quitting
// leaves the terminal as it was.
func TestProgramOnAPty(t *testing.T) {
	p, _, before, done, final := run(t)
	if p.Termios(t) == before {
		t.Fatal("the terminal is not in raw mode while the program runs")
	}
	if _, err := p.Master.WriteString("j"); err != nil {
		t.Fatal(err)
	}
	p.WaitFor(t, "\x1b[Hkeys j\x1b[K\r\n")
	p.Resize(t, 10, 3)
	if err := syscall.Kill(os.Getpid(), syscall.SIGWINCH); err != nil { // the pty signals its session; this test is not in it
		t.Fatal(err)
	}
	p.WaitFor(t, "\x1b[Hkeys j\x1b[K\r\n"+strings.Repeat("-", 10)+"\x1b[3;H\x1b[J\x1b[2;H")
	if _, err := p.Master.WriteString("q"); err != nil {
		t.Fatal(err)
	}
	if err := wait(t, done); err != nil {
		t.Fatal(err)
	}
	if c, ok := (*final).(counter); !ok || c.keys != "j" || c.width != 10 {
		t.Fatalf("final model %#v, want the program's own", *final)
	}
	if p.Termios(t) != before {
		t.Fatal("the terminal's mode was not restored")
	}
	end := "\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l\x1b[?25h\x1b[?1049l\x1b[?25h"
	p.WaitFor(t, end) // the terminal reads on its own goroutine
	out := p.Output()
	if !strings.HasPrefix(out, "\x1b[?1049h\x1b[2J\x1b[H\x1b[?25l\x1b[?2004h\x1b[?1002h\x1b[?1006h") {
		t.Errorf("start %q", out[:min(len(out), 60)])
	}
	if !strings.HasSuffix(out, end) {
		t.Errorf("end %q", out[max(0, len(out)-80):])
	}
}

// Kill (how a signal handler may end it) also restores the terminal.
func TestProgramSendAndKill(t *testing.T) {
	p, prog, before, done, _ := run(t)
	prog.Send(key("x"))
	p.WaitFor(t, "keys x")
	prog.tea.Kill()
	if err := wait(t, done); !errors.Is(err, tea.ErrProgramKilled) {
		t.Fatalf("Run: %v", err)
	}
	if p.Termios(t) != before {
		t.Fatal("the terminal's mode was not restored after Kill")
	}
}

// Output that is not a terminal gets Bubble Tea's standard renderer.
func TestProgramFallsBackWithoutATerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	prog, err := NewProgram(counter{}, Options{Input: f, Output: f})
	if err != nil {
		t.Fatal(err)
	}
	if prog.Immediate() {
		t.Fatal("a file got the immediate renderer")
	}
}
