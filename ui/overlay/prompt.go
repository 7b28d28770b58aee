package overlay

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Prompt is a one-line text input (bubbles textinput): the search
// query typed in place of the status line, and the speaker picker's name.
// Editing keys are textinput's (left/right, ctrl+a/e, ctrl+w, ctrl+u…).
type Prompt struct {
	input textinput.Model
}

// NewPrompt returns an empty, focused input drawn after prompt.
func NewPrompt(prompt string, styles *theme.Styles) Prompt {
	return Prompt{input: newTextInput(prompt, styles)}
}

// NewPromptWith returns a focused input drawn after prompt, holding value
// with the cursor at its end (a rename starts from the current name).
func NewPromptWith(prompt, value string, styles *theme.Styles) Prompt {
	p := NewPrompt(prompt, styles)
	p.input.SetValue(theme.Sanitize(value))
	p.input.CursorEnd()
	return p
}

// Update edits the text with one key; typed and pasted text is cleaned
// first (no escape sequences or control characters, line breaks become
// spaces).
func (p *Prompt) Update(msg tea.KeyMsg) {
	p.input, _ = p.input.Update(cleanKey(msg, false))
}

// Trimmed is the text without surrounding spaces.
func (p *Prompt) Trimmed() string { return strings.TrimSpace(p.input.Value()) }

// View draws the prompt, the text and the cursor in width cells, scrolled
// to keep the cursor in sight. It fits a copy of the input to width, so a
// resize needs no message.
func (p Prompt) View(width int) string {
	in := p.input
	in.Width = max(width-ansi.StringWidth(in.Prompt)-1, 1) // one cell for the cursor at the end
	pos := in.Position()
	in.CursorEnd() // recompute the visible window for the new width…
	in.SetCursor(pos)
	return in.View()
}
