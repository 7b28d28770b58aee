package overlay

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// The reader's text fields (the note editor, the search prompt, the speaker
// picker's name) are bubbles' textarea and textinput, set up here once with
// the reader's styles: a static reverse-video cursor (no blink timers, and
// visible under NO_COLOR), no ctrl+v clipboard read (the terminal's own paste
// arrives as a bracketed-paste key message instead) and, for every key, the
// typed or pasted text cleaned by cleanTypedText before the field sees it.

// noteTabWidth is how many spaces a tab becomes in a note.
const noteTabWidth = 4

// cleanTypedText makes typed or pasted text safe to keep and to draw:
// terminal escape sequences (CSI, OSC, DCS…) are removed whole, other
// control and invisible format characters are dropped, CR LF and lone CR
// become newlines and a tab becomes noteTabWidth spaces. With multiline
// false, line breaks and tabs become single spaces.
func cleanTypedText(s string, multiline bool) string {
	s = strings.ReplaceAll(ansi.Strip(s), "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			if multiline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\t':
			if multiline {
				b.WriteString(strings.Repeat(" ", noteTabWidth))
			} else {
				b.WriteByte(' ')
			}
		case theme.UnsafeRune(r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanKey returns msg with its text cleaned (see cleanTypedText); other
// keys are returned as they are.
func cleanKey(msg tea.KeyMsg, multiline bool) tea.KeyMsg {
	if msg.Type == tea.KeyRunes {
		msg.Runes = []rune(cleanTypedText(string(msg.Runes), multiline))
	}
	return msg
}

// newTextInput returns a focused one-line input showing prompt, styled from
// styles.
func newTextInput(prompt string, styles *theme.Styles) textinput.Model {
	in := textinput.New()
	plain := styles.Renderer.NewStyle()
	in.Prompt = prompt
	in.PromptStyle = plain
	in.TextStyle = styles.SideItem
	in.PlaceholderStyle = styles.Muted
	in.CompletionStyle = styles.Muted
	in.Cursor.Style = styles.SideSelected
	in.Cursor.TextStyle = styles.SideItem
	in.Cursor.SetMode(cursor.CursorStatic)
	in.KeyMap.Paste.SetEnabled(false)
	in.Focus()
	return in
}

// newTextArea returns a focused multi-line editor styled from styles: no
// line numbers, a two-space margin, no limit on lines or width.
func newTextArea(styles *theme.Styles) textarea.Model {
	area := textarea.New()
	plain := styles.Renderer.NewStyle()
	style := textarea.Style{
		Base: plain, CursorLine: styles.SideItem, Text: styles.SideItem,
		CursorLineNumber: plain, LineNumber: plain, EndOfBuffer: plain,
		Placeholder: styles.Muted, Prompt: plain,
	}
	area.FocusedStyle, area.BlurredStyle = style, style
	area.Cursor.Style = styles.SideSelected
	area.Cursor.TextStyle = styles.SideItem
	area.Cursor.SetMode(cursor.CursorStatic)
	area.KeyMap.Paste.SetEnabled(false)
	area.Prompt = "  "
	area.ShowLineNumbers = false
	area.EndOfBufferCharacter = ' '
	area.CharLimit, area.MaxHeight, area.MaxWidth = 0, 0, 0
	area.Focus()
	return area
}
