//go:build linux

package termrender

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	tea "github.com/charmbracelet/bubbletea"
)

// pty is a pseudo-terminal for a Program: the program gets the tty end,
// the test plays the terminal on the master end.
type pty struct {
	master, tty *os.File
	mu          sync.Mutex
	out         bytes.Buffer // everything the program wrote
}

func openPty(t *testing.T, cols, rows int) *pty {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	var n, unlock uint32
	if err := ioctl(master, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Fatal(err)
	}
	if err := ioctl(master, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Fatal(err)
	}
	tty, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := &pty{master: master, tty: tty}
	p.resize(t, cols, rows)
	go func() { // drain, as a terminal does
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			p.mu.Lock()
			p.out.Write(buf[:n])
			p.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { tty.Close(); master.Close() })
	return p
}

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); e != 0 {
		return e
	}
	return nil
}

func (p *pty) resize(t *testing.T, cols, rows int) {
	ws := struct{ rows, cols, x, y uint16 }{uint16(rows), uint16(cols), 0, 0}
	if err := ioctl(p.master, syscall.TIOCSWINSZ, unsafe.Pointer(&ws)); err != nil {
		t.Fatal(err)
	}
}

func (p *pty) termios(t *testing.T) syscall.Termios {
	var tio syscall.Termios
	if err := ioctl(p.tty, syscall.TCGETS, unsafe.Pointer(&tio)); err != nil {
		t.Fatal(err)
	}
	return tio
}

func (p *pty) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

func (p *pty) waitFor(t *testing.T, want string) { t.Helper(); waitForOutput(t, p.output, want) }

// run starts a Program for counter on a fresh 20x3 pty.
func run(t *testing.T) (*pty, *Program, syscall.Termios, chan error, *tea.Model) {
	t.Helper()
	p := openPty(t, 20, 3)
	before := p.termios(t)
	prog, err := NewProgram(counter{}, Options{Input: p.tty, Output: p.tty, Mouse: true})
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
	p.waitFor(t, "keys \x1b[K\r\n"+strings.Repeat("-", 20))
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
	if p.termios(t) == before {
		t.Fatal("the terminal is not in raw mode while the program runs")
	}
	if _, err := p.master.WriteString("j"); err != nil {
		t.Fatal(err)
	}
	p.waitFor(t, "\x1b[Hkeys j\x1b[K\r\n")
	p.resize(t, 10, 3)
	if err := syscall.Kill(os.Getpid(), syscall.SIGWINCH); err != nil { // the pty signals its session; this test is not in it
		t.Fatal(err)
	}
	p.waitFor(t, "\x1b[Hkeys j\x1b[K\r\n"+strings.Repeat("-", 10)+"\x1b[3;H\x1b[J\x1b[2;H")
	if _, err := p.master.WriteString("q"); err != nil {
		t.Fatal(err)
	}
	if err := wait(t, done); err != nil {
		t.Fatal(err)
	}
	if c, ok := (*final).(counter); !ok || c.keys != "j" || c.width != 10 {
		t.Fatalf("final model %#v, want the program's own", *final)
	}
	if p.termios(t) != before {
		t.Fatal("the terminal's mode was not restored")
	}
	end := "\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l\x1b[?25h\x1b[?1049l\x1b[?25h"
	p.waitFor(t, end) // the terminal reads on its own goroutine
	out := p.output()
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
	p.waitFor(t, "keys x")
	prog.tea.Kill()
	if err := wait(t, done); !errors.Is(err, tea.ErrProgramKilled) {
		t.Fatalf("Run: %v", err)
	}
	if p.termios(t) != before {
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
