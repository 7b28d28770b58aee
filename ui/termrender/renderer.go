// Package termrender draws a Bubble Tea program's frames on the terminal
// as soon as its View has made them.
//
// Bubble Tea v1's standard renderer writes a frame only on its ticker (at
// most 120 times a second), so every key waits 0–8.3 ms for the next tick
// before it shows. Here the program runs with tea.WithoutRenderer, a
// wrapper Model hands each frame View returns to a Renderer, and the
// Renderer's writer goroutine puts it on the terminal at once with the
// standard renderer's line diff. Frames that come faster than the terminal
// takes them are coalesced: only the latest is written.
//
// With no renderer Bubble Tea leaves the terminal alone, so Program does
// what the standard renderer did: raw mode, the alternate screen, a hidden
// cursor, bracketed paste and mouse reporting, window sizes (SIGWINCH), and
// the restoring of all of it on every way out (quit, error, signal, panic).
// Commands that act on Bubble Tea's renderer or terminal (tea.ClearScreen,
// EnterAltScreen, ExecProcess, Suspend, Println) do nothing under it.
package termrender

import (
	"fmt"
	"io"
	"runtime/debug"
	"sync"
)

// Sequences that turn the full-screen modes on and off.
const (
	enterAltScreen = "\x1b[?1049h"
	exitAltScreen  = "\x1b[?1049l"
	hideCursor     = "\x1b[?25l"
	showCursor     = "\x1b[?25h"
	pasteOn        = "\x1b[?2004h"
	pasteOff       = "\x1b[?2004l"
	mouseOn        = "\x1b[?1002h\x1b[?1006h" // cell motion (clicks, wheel, drags), SGR coordinates
	mouseOff       = "\x1b[?1002l\x1b[?1003l\x1b[?1006l"
)

// Renderer writes frames to a terminal from its own goroutine, each as
// soon as it is handed over. Write never waits for the terminal.
type Renderer struct {
	out   io.Writer
	mouse bool

	mu      sync.Mutex
	frame   string // the latest frame not yet written
	pending bool
	sized   bool // a size came: nothing is drawn before
	width   int  // 0: unknown, lines are not cut
	height  int
	resized bool // the next frame draws every line
	stopped bool

	wake     chan struct{} // one slot: a frame is pending
	quit     chan struct{}
	done     chan struct{} // closed when the writer goroutine has returned
	failed   chan struct{} // closed when the writer stopped on a panic
	failure  error
	started  bool
	stopOnce sync.Once

	// Owned by the writer goroutine (by Stop once it has returned).
	screen screen
	last   string // the frame on the screen
	buf    []byte
}

// NewRenderer returns a renderer that draws on out (a terminal); mouse
// turns on mouse reporting while it runs.
func NewRenderer(out io.Writer, mouse bool) *Renderer {
	return &Renderer{
		out:    out,
		mouse:  mouse,
		wake:   make(chan struct{}, 1),
		quit:   make(chan struct{}),
		done:   make(chan struct{}),
		failed: make(chan struct{}),
	}
}

// Start enters the alternate screen, hides the cursor, turns on bracketed
// paste (and the mouse) and starts the writer goroutine.
func (r *Renderer) Start() error {
	seq := enterAltScreen + eraseScreen + cursorHome + hideCursor + pasteOn
	if r.mouse {
		seq += mouseOn
	}
	_, err := io.WriteString(r.out, seq) // before the writer: no frame ahead of the alternate screen
	r.started = true
	go r.run()
	return err
}

// Resize tells the renderer the terminal's size; the next frame draws
// every line. A frame still pending was made for the old size and is
// dropped: the one the program makes for the new size follows.
func (r *Renderer) Resize(width, height int) {
	r.mu.Lock()
	r.width, r.height, r.resized, r.sized = width, height, true, true
	r.pending = false
	r.mu.Unlock()
}

// Write hands frame to the writer goroutine and returns at once. A frame
// not yet written when the next one comes is dropped for it.
func (r *Renderer) Write(frame string) {
	r.mu.Lock()
	if r.stopped {
		r.mu.Unlock()
		return
	}
	r.frame, r.pending = frame, true
	r.mu.Unlock()
	select {
	case r.wake <- struct{}{}:
	default: // the writer is already woken; it takes the latest frame
	}
}

// Failed is closed when the writer goroutine stopped on a panic; Stop then
// returns the panic as an error.
func (r *Renderer) Failed() <-chan struct{} { return r.failed }

// Stop writes the frame still pending, if any, then turns off what Start
// turned on and leaves the alternate screen. It waits for a write in
// progress. Later calls do nothing and return the same error.
func (r *Renderer) Stop() error {
	r.stopOnce.Do(func() {
		r.mu.Lock()
		r.stopped = true
		r.mu.Unlock()
		if r.started {
			close(r.quit)
			<-r.done
		}
		var buf []byte
		if r.failure == nil {
			buf = r.takeFrame(nil)
		}
		if r.mouse {
			buf = append(buf, mouseOff...)
		}
		buf = append(buf, pasteOff+showCursor+exitAltScreen+showCursor...)
		_, _ = r.out.Write(buf)
	})
	return r.failure
}

// run is the writer goroutine: it draws the pending frame each time it is
// woken, until Stop.
func (r *Renderer) run() {
	defer close(r.done)
	defer func() {
		if v := recover(); v != nil {
			r.failure = fmt.Errorf("drawing the screen: %v\n%s", v, debug.Stack())
			close(r.failed)
		}
	}()
	for {
		select {
		case <-r.quit:
			return
		case <-r.wake:
			if buf := r.takeFrame(r.buf[:0]); len(buf) > 0 {
				// Errors are the standard renderer's to ignore too: a
				// terminal gone away ends the program through SIGHUP.
				_, _ = r.out.Write(buf)
				r.buf = buf
			}
		}
	}
}

// takeFrame appends to buf the bytes that draw the pending frame, if there
// is one, the size is known and it differs from the frame on the screen.
func (r *Renderer) takeFrame(buf []byte) []byte {
	r.mu.Lock()
	frame, pending := r.frame, r.pending
	width, height, resized, sized := r.width, r.height, r.resized, r.sized
	if pending && sized {
		r.pending, r.resized = false, false
	}
	r.mu.Unlock()
	if !pending || !sized {
		return buf
	}
	if resized {
		r.screen.forget()
	} else if frame == r.last {
		return buf
	}
	r.last = frame
	return r.screen.appendFrame(buf, frame, width, height)
}
