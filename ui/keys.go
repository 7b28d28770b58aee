package ui

import (
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/side"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
)

// KeyMap is every key binding of the reader. The help line, the help overlay
// and the behaviour all come from it, so they cannot drift apart.
//
// The cursor, visual-mode, tagging and review keys live in the embedded
// AnnotateKeys (cursor_keys.go).
type KeyMap struct {
	// Reading.
	Down, Up, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding
	// Search.
	Search, NextMatch, PrevMatch key.Binding
	// Panes.
	ToggleSide, NextTab, PrevTab, Select, Back key.Binding
	// Detections (quotes and promos).
	NextQuote, PrevQuote, TogglePromos key.Binding
	// Application.
	Help, Quit key.Binding
	// RetrySave saves now (after a failed save).
	RetrySave key.Binding
	// Cursor, visual mode, tagging, review and the Tags tab.
	AnnotateKeys
	// The Speakers tab's whole-article operations.
	SpeakerKeys
	// Corpus mode: the queue, the corpus views, the Documents tab.
	CorpusKeys
}

// DefaultKeyMap returns annotty's standard bindings (less and vim flavoured).
func DefaultKeyMap() KeyMap {
	b := newBinding
	k := KeyMap{
		Down:         b("j/↓", "scroll down", "j", "down"),
		Up:           b("k/↑", "scroll up", "k", "up"),
		PageDown:     b("space/pgdn", "page down", " ", "pgdown", "f"),
		PageUp:       b("b/pgup", "page up", "b", "pgup"),
		HalfDown:     b("ctrl+d", "half page down", "ctrl+d"),
		HalfUp:       b("ctrl+u", "half page up", "ctrl+u"),
		Top:          b("g/home", "go to start", "g", "home"),
		Bottom:       b("G/end", "go to end", "G", "end"),
		Search:       b("/", "search (smart case)", "/"),
		NextMatch:    b("n", "next match", "n"),
		PrevMatch:    b("N", "previous match", "N"),
		ToggleSide:   b("tab", "outline (side pane: open, focus, close)", "tab"),
		NextTab:      b("l/→", "side pane: next tab", "l", "right"),
		PrevTab:      b("h/←", "side pane: previous tab", "h", "left"),
		Select:       b("enter", "side pane: jump to entry", "enter"),
		Back:         b("esc", "back to the article", "esc"),
		NextQuote:    b("]", "next quote", "]"),
		PrevQuote:    b("[", "previous quote", "["),
		TogglePromos: b("p", "hide/show promo lines", "p"),
		Help:         b("?", "help", "?"),
		Quit:         b("q", "quit (also ctrl+c)", "q", "ctrl+c"),
		RetrySave:    b("ctrl+s", "save now (retries a failed save)", "ctrl+s"),
		AnnotateKeys: DefaultAnnotateKeys(),
		SpeakerKeys:  DefaultSpeakerKeys(),
		CorpusKeys:   DefaultCorpusKeys(),
	}
	k.nameKeys()
	return k
}

// SideKeys are the keys the side pane and its lists move with.
func (k KeyMap) SideKeys() side.Keys {
	return side.Keys{
		Down: k.Down, Up: k.Up, PageDown: k.PageDown, PageUp: k.PageUp, HalfDown: k.HalfDown, HalfUp: k.HalfUp,
		Top: k.Top, Bottom: k.Bottom, NextTab: k.NextTab, PrevTab: k.PrevTab, Select: k.Select,
	}
}

// ShortHelp is the status line's key hint (help.KeyMap).
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Search, k.ToggleSide, k.Help, k.Quit}
}

// FullHelp groups every binding for the help overlay (help.KeyMap), in
// the binding table's order.
func (k KeyMap) FullHelp() [][]key.Binding { return newBindingTable(&k).groups() }

// helpGroupTitles names FullHelp's groups, in order.
var helpGroupTitles = []string{"Reading", "Search", "Side pane", "Detections", "Cursor and selection", "Tagging and review", "Tags tab", "Speakers tab", "Review tab", "General", "Corpus (annotty DIR)", "Documents tab"}

// HelpMarkdown renders the key map and the default labels as a Markdown
// page: the README pastes it.
func HelpMarkdown(k KeyMap) string { return helpPage(k, model.DefaultLabels(), "") }

// helpPage renders the key map, the labels keys 1-9 apply and where the
// annotations are saved (when known) as the help overlay's Markdown page.
func helpPage(k KeyMap, labels *model.LabelSet, savedIn string) string {
	var b strings.Builder
	b.WriteString("# annotty keys\n\n")
	if savedIn != "" {
		b.WriteString("Annotations are saved in " + theme.EscapeMarkdown(theme.Sanitize(savedIn)) + "\n\n")
	}
	b.WriteString("## Labels\n\n| Key | Label |\n|---|---|\n")
	for _, l := range labels.Labels {
		desc := theme.Sanitize(l.Name)
		if l.Description != "" {
			desc += ": " + theme.Sanitize(l.Description)
		}
		fmt.Fprintf(&b, "| `%d` | %s |\n", l.Key, desc)
	}
	b.WriteString("\n")
	for i, group := range k.FullHelp() {
		title := "More"
		if i < len(helpGroupTitles) {
			title = helpGroupTitles[i]
		}
		fmt.Fprintf(&b, "## %s\n\n| Key | Action |\n|---|---|\n", title)
		for _, binding := range group {
			if !binding.Enabled() {
				continue
			}
			h := binding.Help()
			fmt.Fprintf(&b, "| `%s` | %s |\n", h.Key, h.Desc)
		}
		b.WriteString("\n")
	}
	b.WriteString("The mouse wheel scrolls. Search is case-insensitive unless the query has an uppercase letter.\n")
	return b.String()
}
