package termrender

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// counter is a small program: its frame shows the keys pressed and the
// size; "p" panics in Update, "v" makes View panic, "c" returns a batch
// whose second command panics.
type counter struct {
	keys          string
	width, height int
	panicView     bool
}

func (c counter) Init() tea.Cmd { return nil }

func (c counter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		c.width, c.height = msg.Width, msg.Height
	case tea.KeyMsg:
		switch msg.String() {
		case "q":
			return c, tea.Quit
		case "p":
			panic("update panic")
		case "v":
			c.panicView = true
		case "c":
			return c, tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic("command panic") })
		}
		c.keys += msg.String()
	}
	return c, nil
}

func (c counter) View() string {
	if c.panicView {
		panic("view panic")
	}
	return "keys " + c.keys + "\n" + strings.Repeat("-", c.width)
}

func key(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// The size reaches the renderer before the model; each View goes to it.
func TestWrapperHandsFramesToTheRenderer(t *testing.T) {
	r := NewRenderer(newTerminal(), false)
	var m tea.Model = Wrap(counter{}, r, nil)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 4, Height: 2})
	if r.width != 4 || r.height != 2 {
		t.Fatalf("renderer size %dx%d", r.width, r.height)
	}
	m, _ = m.Update(key("j"))
	if got := m.View(); got != "keys j\n----" {
		t.Fatalf("View %q", got)
	}
	if !r.pending || r.frame != "keys j\n----" {
		t.Fatalf("renderer holds %q (pending %v)", r.frame, r.pending)
	}
	if inner, ok := m.(Model).Unwrap().(counter); !ok || inner.keys != "j" || inner.width != 4 {
		t.Fatalf("Unwrap: %#v", m.(Model).Unwrap())
	}
}

// A panic in Update, View or a command restores the terminal first, then
// goes on (to Bubble Tea, which reports it).
func TestWrapperRestoresOnPanic(t *testing.T) {
	cases := []struct {
		name string
		run  func(m tea.Model)
	}{
		{"update", func(m tea.Model) { m.Update(key("p")) }},
		{"view", func(m tea.Model) { m, _ = m.Update(key("v")); m.View() }},
		{"command in a batch", func(m tea.Model) {
			_, cmd := m.Update(key("c"))
			batch, ok := cmd().(tea.BatchMsg)
			if !ok {
				t.Fatal("the batch is not a BatchMsg")
			}
			for _, c := range batch {
				c()
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			restored := 0
			m := Wrap(counter{}, NewRenderer(newTerminal(), false), func() { restored++ })
			var recovered any
			func() {
				defer func() { recovered = recover() }()
				tc.run(m)
			}()
			if recovered == nil || !strings.Contains(recovered.(string), "panic") {
				t.Fatalf("the panic did not go on: %v", recovered)
			}
			if restored != 1 {
				t.Fatalf("terminal restored %d times, want 1", restored)
			}
		})
	}
}

// Commands keep their messages through the guard.
func TestGuardKeepsMessages(t *testing.T) {
	m := Wrap(counter{}, NewRenderer(newTerminal(), false), nil)
	if m.guard(nil) != nil {
		t.Fatal("a nil command must stay nil")
	}
	msg := m.guard(tea.Quit)()
	if _, ok := msg.(tea.QuitMsg); !ok {
		t.Fatalf("got %T", msg)
	}
}
