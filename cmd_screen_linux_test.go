//go:build linux

package main

import (
	"syscall"
	"testing"

	"github.com/annotty/annotty/ui"
	"github.com/annotty/annotty/ui/termrender"
	"github.com/annotty/annotty/ui/termrender/ptytest"
)

// The reader on a real terminal: keys reach it, frames come back at once,
// and SIGTERM saves the tag, releases the lock and leaves the terminal's
// mode and screen as they were.
func TestReaderOnATerminalRestoresItOnSIGTERM(t *testing.T) {
	pty := ptytest.Open(t, 80, 24)
	before := pty.Termios(t)
	doc := taggingDoc(t)
	labels, store, err := openTagging(&taggingOptions{}, doc)
	if err != nil {
		t.Fatal(err)
	}
	opts := readerScreenOptions(pty.TTY)
	opts.Output = pty.TTY
	p, err := termrender.NewProgram(ui.New(doc, ui.Options{Store: store, Labels: labels}), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Immediate() {
		t.Fatal("a terminal should get the immediate renderer")
	}
	done := make(chan error, 1)
	go func() { done <- runWithSignals(p, store) }()
	pty.WaitFor(t, "¶")
	if _, err := pty.Master.WriteString("1"); err != nil { // tag the cursor's sentence
		t.Fatal(err)
	}
	pty.WaitFor(t, "tagged")
	signalAndWait(t, syscall.SIGTERM, done, func() { p.Send(ui.ShutdownMsg{Reason: "test"}) })
	pty.WaitFor(t, "\x1b[?1049l\x1b[?25h") // out of the alternate screen, cursor shown
	if pty.Termios(t) != before {
		t.Fatal("the terminal's mode was not restored")
	}
	requireSavedTag(t, store, "SIGTERM")
}
