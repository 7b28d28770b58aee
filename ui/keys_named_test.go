package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
)

// Help descriptions that mention other keys take their names from those
// keys' bindings: rebinding undo, back or page up renames them everywhere.
func TestHelpDescriptionsNameKeysFromTheirBindings(t *testing.T) {
	k := DefaultKeyMap()
	k.Undo = key.NewBinding(key.WithKeys("U"), key.WithHelp("U", "undo"))
	k.Back = key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", "back"))
	k.PageUp = key.NewBinding(key.WithKeys("P"), key.WithHelp("P", "page up"))
	k.nameKeys()
	for _, c := range []struct {
		b    key.Binding
		want string
	}{
		{k.TagDelete, "(U undoes)"},
		{k.Visual, "ctrl+g leaves"},
		{k.DocNameFilter, "ctrl+g clears"},
		{k.WordPrev, "(P pages up)"},
		{k.Quit, "(also ctrl+c)"},
		{k.Note, "(esc or ctrl+s keeps it)"},
		{k.TagFilter, ", 1-9 that label"},
	} {
		if got := c.b.Help().Desc; !strings.Contains(got, c.want) {
			t.Errorf("%q does not contain %q", got, c.want)
		}
	}
}
