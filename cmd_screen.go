package main

import (
	"errors"
	"os"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/termrender"
	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/term"
)

// screenProgram is a full-screen program as runWithSignals drives it: a
// termrender.Program, or in tests a plain tea.Program.
type screenProgram interface {
	Run() (tea.Model, error)
	Send(msg tea.Msg)
}

// newReaderScreen builds the full-screen program of a reader (one article,
// a corpus, or the gold being edited from the adjudication): frames drawn
// as soon as they are made (ui/termrender), the mouse on, and signals left
// to runWithSignals, which saves first. Keys come from standard input, or
// from /dev/tty when it is not a terminal (the article came through it).
func newReaderScreen(m tea.Model) (*termrender.Program, error) {
	if err := needTerminalOutput(os.Stdout); err != nil {
		return nil, err
	}
	return termrender.NewProgram(m, readerScreenOptions(nil))
}

// errOutputNotTerminal is why a full-screen program does not start when
// standard output is redirected: its frames would go into the file or pipe
// while the terminal stayed blank, waiting for keys nobody could see the
// point of. It names the commands that write text instead.
var errOutputNotTerminal = errors.New("standard output is not a terminal, and the reader draws on one (for the article's text: annotty text FILE; for its detections: annotty analyze FILE)")

// needTerminalOutput refuses a full-screen program on an out that is not a terminal.
func needTerminalOutput(out *os.File) error {
	if !term.IsTerminal(int(out.Fd())) {
		return errOutputNotTerminal
	}
	return nil
}

// readerScreenOptions are the reader's program options (newReaderScreen).
func readerScreenOptions(in *os.File) termrender.Options {
	return termrender.Options{
		Mouse: true,
		Input: in,
		Extra: []tea.ProgramOption{tea.WithoutSignalHandler()},
	}
}

// newQueueScreen builds the adjudication queue's program: no mouse, and
// Bubble Tea's own handling of SIGINT and SIGTERM (the queue saves each
// decision as it is made).
func newQueueScreen(m tea.Model) (*termrender.Program, error) {
	if err := needTerminalOutput(os.Stdout); err != nil {
		return nil, err
	}
	return termrender.NewProgram(m, termrender.Options{})
}

// closeOnError releases store (if one was opened) when the reader cannot
// start, and returns err.
func closeOnError(store *model.Store, err error) error {
	if store != nil {
		_ = store.Close()
	}
	return err
}
