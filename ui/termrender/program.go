package termrender

import (
	"errors"
	"fmt"
	"os"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/term"
)

// frameRate is the standard renderer's frames per second where it is
// still used (systems without this renderer, and keys that do not come from
// a terminal, as in teatest): the most Bubble Tea allows.
const frameRate = 120

// Options say what a full-screen Program turns on and where it reads keys.
type Options struct {
	// Mouse turns on mouse reporting (clicks, wheel, drags).
	Mouse bool
	// Input is the terminal keys come from; nil: standard input, or
	// /dev/tty when standard input is not a terminal (as Bubble Tea does).
	Input *os.File
	// Output is where frames go; nil: standard output.
	Output *os.File
	// Extra are more Bubble Tea options (tea.WithoutSignalHandler, ...).
	// They must not set a renderer, an input or an output.
	Extra []tea.ProgramOption
}

// Program is a full-screen Bubble Tea program whose frames reach the
// terminal as soon as they are made. Where the input or output is not a
// terminal it is Bubble Tea's own program with its standard renderer.
type Program struct {
	tea      *tea.Program
	renderer *Renderer // nil: the standard renderer draws
	in, out  *os.File
	closeIn  bool // in was opened here

	restoreOnce sync.Once
	saved       *term.State // the input terminal's mode before raw mode
	restoreErr  error
}

// NewProgram builds the program for model. It fails only when the keys
// would have to come from /dev/tty and it cannot be opened.
func NewProgram(model tea.Model, opts Options) (*Program, error) {
	p := &Program{in: opts.Input, out: opts.Output}
	if p.out == nil {
		p.out = os.Stdout
	}
	if p.in == nil && supported && isTerminal(p.out) {
		if isTerminal(os.Stdin) {
			p.in = os.Stdin
		} else {
			tty, err := os.Open("/dev/tty")
			if err != nil {
				return nil, fmt.Errorf("cannot read keys from the terminal: %w", err)
			}
			p.in, p.closeIn = tty, true
		}
	}
	if !supported || !isTerminal(p.in) || !isTerminal(p.out) {
		std := []tea.ProgramOption{tea.WithAltScreen(), tea.WithFPS(frameRate), tea.WithOutput(p.out)}
		if opts.Mouse {
			std = append(std, tea.WithMouseCellMotion())
		}
		if p.in != nil {
			std = append(std, tea.WithInput(p.in))
		}
		p.tea = tea.NewProgram(model, append(std, opts.Extra...)...)
		return p, nil
	}
	p.renderer = NewRenderer(p.out, opts.Mouse)
	wrapped := Wrap(model, p.renderer, func() { _ = p.restore() })
	own := []tea.ProgramOption{tea.WithoutRenderer(), tea.WithInput(p.in), tea.WithOutput(p.out)}
	p.tea = tea.NewProgram(wrapped, append(own, opts.Extra...)...)
	return p, nil
}

// Immediate reports whether frames are drawn as soon as they are made
// (false: Bubble Tea's standard renderer, on its ticker).
func (p *Program) Immediate() bool { return p.renderer != nil }

// Send hands msg to the program (see tea.Program.Send).
func (p *Program) Send(msg tea.Msg) { p.tea.Send(msg) }

// Run sets the terminal up, runs the program until it quits and restores
// the terminal, whatever ended it. It returns the program's own model (not
// the wrapper) as the last Update left it.
func (p *Program) Run() (tea.Model, error) {
	if p.closeIn {
		defer p.in.Close()
	}
	if p.renderer == nil {
		return p.tea.Run()
	}
	saved, err := term.MakeRaw(int(p.in.Fd()))
	if err != nil {
		return nil, fmt.Errorf("cannot set up the terminal: %w", err)
	}
	p.saved = saved
	defer p.restore() // also when Run panics
	if err := p.renderer.Start(); err != nil {
		return nil, fmt.Errorf("cannot draw on the terminal: %w", err)
	}
	stopSizes := watchSize(p.out, p.tea.Send)
	defer stopSizes()
	finished := make(chan struct{})
	defer close(finished)
	go func() {
		select {
		case <-p.renderer.Failed():
			p.tea.Kill()
		case <-finished:
		}
	}()
	final, runErr := p.tea.Run()
	if err := p.restore(); err != nil {
		if runErr == nil || errors.Is(runErr, tea.ErrProgramKilled) {
			runErr = err
		}
	}
	if w, ok := final.(Model); ok {
		final = w.Unwrap()
	}
	return final, runErr
}

// restore stops the renderer (the last frame, then the modes off and out
// of the alternate screen) and puts the input terminal back in the mode it
// had. It runs once; later calls return the first call's error.
func (p *Program) restore() error {
	p.restoreOnce.Do(func() {
		p.restoreErr = p.renderer.Stop()
		if p.saved != nil {
			if err := term.Restore(int(p.in.Fd()), p.saved); err != nil && p.restoreErr == nil {
				p.restoreErr = fmt.Errorf("cannot restore the terminal: %w", err)
			}
		}
	})
	return p.restoreErr
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool { return f != nil && term.IsTerminal(int(f.Fd())) }

// sendSize sends out's current size to the program; a size that cannot be
// read is skipped (the next SIGWINCH tries again).
func sendSize(out *os.File, send func(tea.Msg)) {
	if w, h, err := term.GetSize(int(out.Fd())); err == nil {
		send(tea.WindowSizeMsg{Width: w, Height: h})
	}
}
