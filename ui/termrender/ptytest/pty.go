//go:build linux

package ptytest

import (
	"bytes"
	"os"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"unsafe"
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
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		tb.Skipf("no pseudo-terminals here: %v", err)
	}
	var n, unlock uint32
	if err := ioctl(master, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		tb.Fatal(err)
	}
	if err := ioctl(master, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		tb.Fatal(err)
	}
	tty, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		tb.Fatal(err)
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

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); e != 0 {
		return e
	}
	return nil
}

// Resize sets the terminal's size. (The kernel signals the terminal's
// session, which a test is not in: send SIGWINCH yourself.)
func (p *Pty) Resize(tb testing.TB, cols, rows int) {
	ws := struct{ rows, cols, x, y uint16 }{uint16(rows), uint16(cols), 0, 0}
	if err := ioctl(p.Master, syscall.TIOCSWINSZ, unsafe.Pointer(&ws)); err != nil {
		tb.Fatal(err)
	}
}

// Termios is the terminal's mode now (compare before and after a program).
func (p *Pty) Termios(tb testing.TB) syscall.Termios {
	var tio syscall.Termios
	if err := ioctl(p.TTY, syscall.TCGETS, unsafe.Pointer(&tio)); err != nil {
		tb.Fatal(err)
	}
	return tio
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
