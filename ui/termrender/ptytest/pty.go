//go:build linux

package ptytest

import (
	"bytes"
	"os"
	"sync"
	"testing"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// Pty is an open pseudo-terminal whose output is collected.
type Pty struct {
	// Master is the terminal's end: write keys to it.
	Master *os.File
	// TTY is the program's end: its input and output.
	TTY *os.File

	mu  sync.Mutex
	out bytes.Buffer
}

// Open opens a cols×rows pseudo-terminal, closed when the test ends; it
// skips the test where there are none.
func Open(tb testing.TB, cols, rows int) *Pty {
	tb.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		tb.Skipf("no pseudo-terminals here: %v", err)
	}
	p := &Pty{Master: master, TTY: tty}
	p.Resize(tb, cols, rows)
	go p.drain()
	tb.Cleanup(func() { tty.Close(); master.Close() })
	return p
}

// drain reads what the program writes, as a terminal does.
func (p *Pty) drain() {
	buf := make([]byte, 4096)
	for {
		n, err := p.Master.Read(buf)
		p.mu.Lock()
		p.out.Write(buf[:n])
		p.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// Resize sets the terminal's size. (The kernel signals the terminal's
// session, which a test is not in: send SIGWINCH yourself.)
func (p *Pty) Resize(tb testing.TB, cols, rows int) {
	if err := pty.Setsize(p.Master, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)}); err != nil {
		tb.Fatal(err)
	}
}

// Termios is the terminal's mode now (compare before and after a program).
func (p *Pty) Termios(tb testing.TB) unix.Termios {
	tio, err := unix.IoctlGetTermios(int(p.TTY.Fd()), unix.TCGETS)
	if err != nil {
		tb.Fatal(err)
	}
	return *tio
}

// Output is everything the program has written so far.
func (p *Pty) Output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

// WaitFor waits up to 5 s until the output holds want.
func (p *Pty) WaitFor(tb testing.TB, want string) {
	tb.Helper()
	WaitForOutput(tb, p.Output, want)
}
