package overlay

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The overlays' own key maps. Each overlay matches keys with key.Matches
// against its map and builds its hint line from the same bindings, so the
// hint cannot drift from the behaviour. Text editing keys are the bubbles
// textarea's and textinput's.

// NoteKeys are the note editor's keys.
type NoteKeys struct {
	Keep, NewLine key.Binding
}

// PickerKeys are the speaker picker's keys.
type PickerKeys struct {
	Next, Prev, Pick, UseTyped, Cancel key.Binding
}

// YesNoKeys answer a yes/no question asked in the status line; any key
// but Yes answers no.
type YesNoKeys struct {
	Yes, No key.Binding
}

// DefaultYesNoKeys are y and n.
func DefaultYesNoKeys() YesNoKeys {
	return YesNoKeys{Yes: binding("y", "yes", "y"), No: binding("n", "no", "n")}
}

// Hint is the question's answer hint, "y/n".
func (k YesNoKeys) Hint() string { return k.Yes.Help().Key + "/" + k.No.Help().Key }

// binding is a key.Binding with its help.
func binding(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// DefaultNoteKeys are the note editor's standard keys.
func DefaultNoteKeys() NoteKeys {
	return NoteKeys{
		Keep:    binding("esc/ctrl+s", "keeps the note", "esc", "ctrl+s"),
		NewLine: binding("enter", "new line", "enter"),
	}
}

// DefaultPickerKeys are the speaker picker's standard keys.
func DefaultPickerKeys() PickerKeys {
	return PickerKeys{
		Next:     binding("↓", "next", "down", "tab"),
		Prev:     binding("↑", "previous", "up", "shift+tab"),
		Pick:     binding("enter", "pick", "enter"),
		UseTyped: binding("ctrl+n", "use typed name", "ctrl+n"),
		Cancel:   binding("esc", "cancel", "esc"),
	}
}

// ShortHelp lists the note editor's keys (help.KeyMap).
func (k NoteKeys) ShortHelp() []key.Binding { return []key.Binding{k.Keep, k.NewLine} }

// FullHelp is ShortHelp in one group (help.KeyMap).
func (k NoteKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// ShortHelp lists the picker's keys (help.KeyMap).
func (k PickerKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Prev, k.Next, k.Pick, k.UseTyped, k.Cancel}
}

// FullHelp is ShortHelp in one group (help.KeyMap).
func (k PickerKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// hintLine joins bindings as "key desc · key desc", after lead.
func hintLine(lead string, bindings []key.Binding) string {
	parts := make([]string, 0, len(bindings)+1)
	if lead != "" {
		parts = append(parts, lead)
	}
	for _, b := range bindings {
		h := b.Help()
		parts = append(parts, h.Key+" "+h.Desc)
	}
	return strings.Join(parts, " · ")
}

// matches is key.Matches, named for the overlays' switches.
func matches(msg tea.KeyMsg, b key.Binding) bool { return key.Matches(msg, b) }
