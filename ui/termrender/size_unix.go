//go:build unix

package termrender

import (
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
)

// supported says whether this platform draws frames at once (it needs
// SIGWINCH for window sizes); elsewhere the standard renderer draws.
const supported = true

// watchSize sends out's size to the program now and on every SIGWINCH,
// until the returned stop is called. (With no renderer of its own Bubble
// Tea sends no sizes.)
func watchSize(out *os.File, send func(tea.Msg)) (stop func()) {
	winch := make(chan os.Signal, 1)
	signal.Notify(winch, syscall.SIGWINCH)
	done := make(chan struct{})
	go func() {
		sendSize(out, send)
		for {
			select {
			case <-winch:
				sendSize(out, send)
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(winch)
		close(done)
	}
}
