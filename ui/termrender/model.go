package termrender

import tea "github.com/charmbracelet/bubbletea"

// Model wraps a program's own model: every frame its View makes goes to
// the Renderer at once, and a WindowSizeMsg tells the Renderer the size
// before the model sees it. Bubble Tea calls View after every message, with
// or without a renderer of its own.
type Model struct {
	inner    tea.Model
	renderer *Renderer
	// onPanic restores the terminal when Update, View or a command panics,
	// before Bubble Tea prints the panic (which would otherwise land on the
	// alternate screen and vanish with it, in raw mode).
	onPanic func()
}

// Wrap returns inner drawn by renderer; onPanic (may be nil) runs before
// a panic in inner's Update, View or commands goes on to Bubble Tea.
func Wrap(inner tea.Model, renderer *Renderer, onPanic func()) Model {
	if onPanic == nil {
		onPanic = func() {}
	}
	return Model{inner: inner, renderer: renderer, onPanic: onPanic}
}

// Unwrap returns the wrapped model as the last Update left it.
func (m Model) Unwrap() tea.Model { return m.inner }

// Init is the wrapped model's Init.
func (m Model) Init() tea.Cmd {
	defer m.restoreOnPanic()
	return m.guard(m.inner.Init())
}

// Update passes msg to the wrapped model; a window size goes to the
// renderer first, so the frame made for it is drawn for it.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	defer m.restoreOnPanic()
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		m.renderer.Resize(size.Width, size.Height)
	}
	var cmd tea.Cmd
	m.inner, cmd = m.inner.Update(msg)
	return m, m.guard(cmd)
}

// View hands the wrapped model's frame to the renderer and returns it.
func (m Model) View() string {
	defer m.restoreOnPanic()
	frame := m.inner.View()
	m.renderer.Write(frame)
	return frame
}

// restoreOnPanic, deferred, restores the terminal and panics on.
func (m Model) restoreOnPanic() {
	if v := recover(); v != nil {
		m.onPanic()
		panic(v)
	}
}

// guard wraps cmd so that a panic in it restores the terminal first; the
// commands of a tea.Batch are guarded one by one. (tea.Sequence's are not:
// its message type is Bubble Tea's own. annotty does not use it.)
func (m Model) guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		defer m.restoreOnPanic()
		msg := cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			guarded := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				guarded[i] = m.guard(c)
			}
			return guarded
		}
		return msg
	}
}
