package adjudicate

import "github.com/charmbracelet/bubbles/key"

// KeyMap is every key of the adjudication view; help and the hint line are
// built from it.
type KeyMap struct {
	Take, All, None, Edit, NextVersion, PrevVersion, Undo, Redo, NextDoc, PrevDoc, Quit key.Binding
}

// DefaultKeyMap is the adjudication view's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Take:        key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "take")),
		All:         key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "all")),
		None:        key.NewBinding(key.WithKeys("n", "x"), key.WithHelp("n", "none")),
		Edit:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "take + edit")),
		NextVersion: key.NewBinding(key.WithKeys("tab", "l", "right"), key.WithHelp("tab", "select")),
		PrevVersion: key.NewBinding(key.WithKeys("shift+tab", "h", "left"), key.WithHelp("shift+tab", "select the previous")),
		Undo:        key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		Redo:        key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "redo")),
		NextDoc:     key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next article")),
		PrevDoc:     key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous article")),
		Quit:        key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit (all is saved)")),
	}
}

// ShortHelp lists the keys of the hint line, in order.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Take, k.NextVersion, k.Edit, k.All, k.None, k.Undo, k.Redo, k.NextDoc, k.PrevDoc, k.Quit}
}

// FullHelp is ShortHelp in one column (help.KeyMap).
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
