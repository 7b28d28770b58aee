package ui

import (
	"strings"

	"github.com/annotty/annotty/ui/overlay"
	"github.com/charmbracelet/bubbles/key"
)

// nameKeys writes the help descriptions that mention other keys, taking
// those keys' names from their bindings, so no description spells a key
// by hand and a changed binding shows in help and the README at once.
func (k *KeyMap) nameKeys() {
	describe := func(b *key.Binding, desc string) { b.SetHelp(b.Help().Key, desc) }
	note := overlay.DefaultNoteKeys()
	describe(&k.Quit, "quit (also "+strings.Join(k.Quit.Keys()[1:], ", ")+")")
	describe(&k.WordPrev, "cursor: previous word ("+k.PageUp.Keys()[0]+" pages up)")
	describe(&k.Visual, "visual mode: select with the motions; "+k.Back.Help().Key+" leaves")
	describe(&k.Note, "note on the tag under the cursor ("+strings.Join(note.Keep.Keys(), " or ")+" keeps it)")
	describe(&k.TagDelete, "Tags tab: delete the tag ("+k.Undo.Help().Key+" undoes)")
	describe(&k.TagFilter, "Tags tab: cycle the label filter, "+k.Label.Help().Key+" that label, 0 all")
	describe(&k.DocNameFilter, "Documents tab: filter by name ("+k.Select.Help().Key+" keeps, "+k.Back.Help().Key+" clears)")
}

// newBinding is a binding of keys shown in help as help, desc: the one
// constructor of the binding table's keys.
func newBinding(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}
