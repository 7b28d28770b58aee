package overlay

import (
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// SpeakerPicker chooses a quote's speaker: the article's speakers, filtered
// by what the user types; enter takes the highlighted name, or the typed
// text as a new name when nothing matches (or with ctrl+n); esc cancels.
type SpeakerPicker struct {
	keys     PickerKeys
	names    []string // every speaker of the article, most quoted first
	input    Prompt
	selected int // index into the filtered list
	current  string
	title    string // "" for "Speaker of this quote"
	listed   bool   // only a listed speaker may be picked (no new name)
	Target   session.Target
}

// NewMergePicker chooses the speaker to merge from into: the article's
// other speakers, filtered by what the user types; only a listed speaker
// can be picked.
func NewMergePicker(speakers []model.Speaker, from string, styles *theme.Styles) SpeakerPicker {
	var others []model.Speaker
	for _, s := range speakers {
		if s.Name != from {
			others = append(others, s)
		}
	}
	p := NewSpeakerPicker(others, session.Target{}, "", styles)
	p.title, p.listed = "Merge "+from+" into", true
	return p
}

// NewSpeakerPicker lists speakers (the session's, most quoted first) for
// target, whose current speaker is current; the name field is styled from styles.
func NewSpeakerPicker(speakers []model.Speaker, target session.Target, current string, styles *theme.Styles) SpeakerPicker {
	p := SpeakerPicker{keys: DefaultPickerKeys(), Target: target, current: current, input: NewPrompt("name: ", styles)}
	seen := map[string]bool{}
	for _, s := range speakers {
		if s.Name != "" && !seen[s.Name] {
			seen[s.Name] = true
			p.names = append(p.names, s.Name)
		}
	}
	for i, n := range p.names {
		if n == current {
			p.selected = i
		}
	}
	return p
}

// typed is the text the user typed, trimmed.
func (p *SpeakerPicker) typed() string { return p.input.Trimmed() }

// filtered returns the names containing the typed text (any case).
func (p *SpeakerPicker) filtered() []string {
	q := strings.ToLower(p.typed())
	if q == "" {
		return p.names
	}
	var out []string
	for _, n := range p.names {
		if strings.Contains(strings.ToLower(n), q) {
			out = append(out, n)
		}
	}
	return out
}

// Update handles one key. It returns the chosen name and done=true on enter,
// or done=true with an empty name on esc.
func (p *SpeakerPicker) Update(msg tea.KeyMsg) (name string, done bool) {
	list := p.filtered()
	switch {
	case matches(msg, p.keys.Cancel):
		return "", true
	case matches(msg, p.keys.Pick):
		if len(list) > 0 && p.selected < len(list) {
			return list[p.selected], true
		}
		return p.typed(), p.typed() != "" && !p.listed
	case matches(msg, p.keys.UseTyped) && !p.listed:
		return p.typed(), p.typed() != ""
	case matches(msg, p.keys.Next):
		if len(list) > 0 {
			p.selected = (p.selected + 1) % len(list)
		}
		return "", false
	case matches(msg, p.keys.Prev):
		if len(list) > 0 {
			p.selected = (p.selected + len(list) - 1) % len(list)
		}
		return "", false
	}
	p.input.Update(msg)
	p.selected = 0
	return "", false
}

// help is the picker's hint line, built from its keys.
func (p *SpeakerPicker) help() string {
	if p.listed {
		return hintLine("type to filter", []key.Binding{p.keys.Next, p.keys.Pick, p.keys.Cancel})
	}
	return hintLine("type to filter or name someone new", p.keys.ShortHelp())
}

// View draws the picker in exactly width x height cells.
func (p *SpeakerPicker) View(width, height int, styles *theme.Styles) string {
	title := "Speaker of this quote"
	if p.title != "" {
		title = p.title
	}
	if p.current != "" {
		title += " (now: " + p.current + ")"
	}
	out := []string{
		styles.SideTitle.Render(ansi.Truncate(theme.Sanitize(title), width, "…")),
		styles.SideBorder.Render(strings.Repeat("─", width)),
		p.input.View(width),
	}
	list := p.filtered()
	rows := max(height-len(out)-1, 0)
	first := max(0, p.selected-rows+1)
	for i := first; i < len(list) && i-first < rows; i++ {
		line := "  " + theme.Sanitize(list[i])
		if i == p.selected {
			line = styles.SideSelected.Render("▸ " + theme.Sanitize(list[i]))
		}
		out = append(out, line)
	}
	if len(list) == 0 && p.typed() != "" && p.listed {
		out = append(out, styles.Muted.Render("  no speaker matches “"+theme.Sanitize(p.typed())+"”"))
	}
	if len(list) == 0 && p.typed() != "" && !p.listed {
		out = append(out, styles.Muted.Render("  "+p.keys.Pick.Help().Key+": new speaker “"+theme.Sanitize(p.typed())+"”"))
	}
	for len(out) < height-1 {
		out = append(out, "")
	}
	out = append(out[:height-1], styles.Muted.Render(ansi.Truncate(p.help(), width, "…")))
	return theme.PadBlock(out, width, height)
}
