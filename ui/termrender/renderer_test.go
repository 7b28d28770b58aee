package termrender

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annotty/annotty/ui/termrender/ptytest"
)

// terminal is a fake terminal: it records what is written and can be held
// (a write blocks until released), like a terminal that is slow to read.
type terminal struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	writes  int
	gate    chan struct{} // non-nil: each write waits for a value
	entered chan struct{} // a write has started (buffered)
}

func newTerminal() *terminal { return &terminal{entered: make(chan struct{}, 100)} }

func (t *terminal) Write(p []byte) (int, error) {
	t.entered <- struct{}{}
	if t.gate != nil {
		<-t.gate
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.writes++
	return t.buf.Write(p)
}

func (t *terminal) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.buf.String()
}

// waitFor waits until the terminal holds want (the writer is a goroutine).
func (t *terminal) waitFor(tb testing.TB, want string) { ptytest.WaitForOutput(tb, t.String, want) }

func TestStartAndStopSequences(t *testing.T) {
	for _, mouse := range []bool{false, true} {
		term := newTerminal()
		r := NewRenderer(term, mouse)
		if err := r.Start(); err != nil {
			t.Fatal(err)
		}
		if err := r.Stop(); err != nil {
			t.Fatal(err)
		}
		start := "\x1b[?1049h\x1b[2J\x1b[H\x1b[?25l\x1b[?2004h"
		stop := "\x1b[?2004l\x1b[?25h\x1b[?1049l\x1b[?25h"
		if mouse {
			start += "\x1b[?1002h\x1b[?1006h"
			stop = "\x1b[?1002l\x1b[?1003l\x1b[?1006l" + stop
		}
		if got := term.String(); got != start+stop {
			t.Errorf("mouse %v: wrote %q, want %q", mouse, got, start+stop)
		}
		if err := r.Stop(); err != nil || term.String() != start+stop {
			t.Errorf("a second Stop wrote again or failed: %v", err)
		}
	}
}

// A frame is drawn as soon as it is written, once the size is known.
func TestFramesDrawnAtOnceAfterTheSize(t *testing.T) {
	term := newTerminal()
	r := NewRenderer(term, false)
	if err := r.Start(); err != nil {
		t.Fatal(err)
	}
	defer r.Stop()
	r.Write("before any size")
	r.Resize(20, 2)
	r.Write("hello\nworld")
	term.waitFor(t, "\x1b[Hhello\x1b[K\r\nworld\x1b[K\x1b[2;H")
	if strings.Contains(term.String(), "before any size") {
		t.Fatalf("a frame was drawn before the size was known: %q", term.String())
	}
	r.Write("hello\nthere")
	term.waitFor(t, "\x1b[H\nthere\x1b[K\x1b[2;H")
}

// The same frame again writes nothing; after a resize it is drawn whole.
func TestSameFrameSkippedUntilResize(t *testing.T) {
	term := newTerminal()
	r := NewRenderer(term, false)
	r.Resize(10, 1)
	r.Write("x")
	if got := string(r.takeFrame(nil)); got != "\x1b[Hx\x1b[K\x1b[H" {
		t.Fatalf("first: %q", got)
	}
	r.Write("x")
	if got := r.takeFrame(nil); len(got) != 0 {
		t.Fatalf("unchanged frame wrote %q", got)
	}
	r.Resize(5, 1)
	if got := r.takeFrame(nil); len(got) != 0 {
		t.Fatalf("a resize alone drew %q (the program's frame for the size follows)", got)
	}
	r.Write("x")
	if got := string(r.takeFrame(nil)); got != "\x1b[Hx\x1b[K\x1b[H" {
		t.Fatalf("after resize: %q", got)
	}
}

// While the terminal is slow, Write returns at once and only the latest
// frame is drawn when the terminal takes the next one.
func TestSlowTerminalCoalescesFrames(t *testing.T) {
	term := newTerminal()
	term.gate = make(chan struct{})
	r := NewRenderer(term, false)
	go func() { term.gate <- struct{}{} }() // let Start's own write through
	if err := r.Start(); err != nil {
		t.Fatal(err)
	}
	<-term.entered
	r.Resize(10, 1)
	r.Write("frame 0")
	<-term.entered // the writer is now stuck on frame 0
	wrote := make(chan struct{})
	go func() {
		for i := 1; i <= 50; i++ {
			r.Write("frame " + string(rune('0'+i%10)) + string(rune('a'+i/10)))
		}
		close(wrote)
	}()
	select {
	case <-wrote:
	case <-time.After(5 * time.Second):
		t.Fatal("Write waited for the terminal")
	}
	go func() {
		for range 3 {
			term.gate <- struct{}{}
		}
	}()
	term.waitFor(t, "frame 0f")
	stopped := make(chan struct{})
	go func() { r.Stop(); close(stopped) }()
	<-stopped
	got := term.String()
	if strings.Contains(got, "frame 1a") || strings.Contains(got, "frame 9e") {
		t.Errorf("frames between the first and the last were drawn: %q", got)
	}
	if n := term.writes; n != 4 { // start, frame 0, the latest frame, stop
		t.Errorf("%d writes, want 4: %q", n, got)
	}
}

// Stop draws the frame still pending before it restores the terminal.
func TestStopDrawsThePendingFrame(t *testing.T) {
	term := newTerminal()
	r := NewRenderer(term, false) // not started: nothing draws but Stop
	r.Resize(10, 1)
	r.Write("last")
	if err := r.Stop(); err != nil {
		t.Fatal(err)
	}
	if got := term.String(); !strings.HasPrefix(got, "\x1b[Hlast\x1b[K\x1b[H\x1b[?2004l") {
		t.Fatalf("wrote %q", got)
	}
	r.Write("after stop")
	if strings.Contains(term.String(), "after stop") {
		t.Fatal("a frame was drawn after Stop")
	}
}

// panicky is a terminal whose second write (the first frame) panics.
type panicky struct {
	n    int
	tail []byte // what was written after the panic
}

func (p *panicky) Write(b []byte) (int, error) {
	if p.n++; p.n == 2 {
		panic("boom")
	}
	if p.n > 2 {
		p.tail = append(p.tail, b...)
	}
	return len(b), nil
}

// A panic in the writer goroutine closes Failed; Stop reports it and
// still restores the terminal.
func TestWriterPanicIsReported(t *testing.T) {
	out := &panicky{}
	r := NewRenderer(out, false)
	if err := r.Start(); err != nil {
		t.Fatal(err)
	}
	r.Resize(10, 1)
	r.Write("x")
	select {
	case <-r.Failed():
	case <-time.After(5 * time.Second):
		t.Fatal("Failed never closed")
	}
	err := r.Stop()
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("Stop: %v", err)
	}
	if got := string(out.tail); got != "\x1b[?2004l\x1b[?25h\x1b[?1049l\x1b[?25h" {
		t.Errorf("after the panic Stop wrote %q, want the restore sequences alone", got)
	}
}
