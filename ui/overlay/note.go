package overlay

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// NoteEditor edits a tag's note: a bubbles textarea (soft wrap, arrows,
// word motions, ctrl+a/e/k/u/w…) under a title line. enter inserts a new
// line; esc or ctrl+s keeps the note (u undoes it afterwards). Everything
// typed or pasted is cleaned first (see cleanTypedText), so a note never
// holds escape sequences or control characters other than newlines.
type NoteEditor struct {
	keys  NoteKeys
	id    string // the annotation whose note this is
	title string // what the editor is about, for its top line
	area  textarea.Model
	// undoKey names the reader's undo key in the hint ("" says "undo")
	undoKey string
}

// WithUndoKey names the reader's undo key (from its binding table) in
// the hint line: "undo (u) afterwards takes it back".
func (e NoteEditor) WithUndoKey(name string) NoteEditor {
	e.undoKey = name
	return e
}

// NewNoteEditor opens the editor on note, with the cursor at its end, in a
// box of width x height cells (0: a default size).
func NewNoteEditor(id, title, note string, styles *theme.Styles, width, height int) NoteEditor {
	e := NoteEditor{id: id, title: title, area: newTextArea(styles), keys: DefaultNoteKeys()}
	// Size first: the textarea only ever scrolls as far as its cursor needs,
	// so text laid out in a smaller box would open needlessly scrolled.
	e.SetSize(width, height)
	e.area.SetValue(cleanTypedText(note, true))
	e.scrollToCursor()
	return e
}

// The box size of an editor opened before the screen size is known.
const (
	defaultNoteWidth  = 60
	defaultNoteHeight = 8
)

// noteChrome is how many lines of the box are not the text: the title, the
// rule under it and the key hint.
const noteChrome = 3

// SetSize lays the editor out for a box of width x height cells (the title,
// rule and hint included) and scrolls the text to the cursor. It does
// nothing for an editor that was never opened.
func (e *NoteEditor) SetSize(width, height int) {
	if e.id == "" {
		return
	}
	if width <= 0 || height <= 0 {
		width, height = defaultNoteWidth, defaultNoteHeight
	}
	e.area.SetWidth(max(width-1, 1)) // one spare column: the cursor may sit past a full line
	e.area.SetHeight(max(height-noteChrome, 1))
	e.scrollToCursor()
}

// scrollToCursor scrolls the text so the cursor is in sight. The textarea
// scrolls in Update, against the lines of its last View: draw once, then
// update with no message.
func (e *NoteEditor) scrollToCursor() {
	_ = e.area.View()
	e.area, _ = e.area.Update(nil)
}

// ID is the annotation whose note this is ("" when never opened).
func (e *NoteEditor) ID() string { return e.id }

// Text is the note as typed (already clean; cleaned again to be sure).
func (e *NoteEditor) Text() string { return cleanTypedText(e.area.Value(), true) }

// Update edits the note with one key; done is true when the user is
// finished (its Keep key). The textarea's commands are dropped: with a
// static cursor and no clipboard key it returns none that matter.
func (e *NoteEditor) Update(msg tea.KeyMsg) (done bool) {
	if matches(msg, e.keys.Keep) {
		return true
	}
	if msg.Type == tea.KeyTab {
		msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'\t'}}
	}
	e.area, _ = e.area.Update(cleanKey(msg, true))
	return false
}

// help is the editor's hint line, built from its keys.
func (e *NoteEditor) help() string {
	undo := "undo"
	if e.undoKey != "" {
		undo += " (" + e.undoKey + ")"
	}
	return hintLine("", e.keys.ShortHelp()) + " · " + undo + " afterwards takes it back"
}

// View draws the editor in exactly width x height cells: a title, the note
// wrapped to the width with the cursor in reverse video, and the key hint.
func (e *NoteEditor) View(width, height int, styles *theme.Styles) string {
	out := make([]string, 0, height)
	out = append(out, styles.SideTitle.Render(ansi.Truncate(theme.Sanitize(e.title), width, "…")))
	out = append(out, styles.SideBorder.Render(strings.Repeat("─", width)))
	out = append(out, strings.Split(e.area.View(), "\n")...)
	for len(out) < height-1 {
		out = append(out, "")
	}
	out = append(out[:max(height-1, 0)], styles.Muted.Render(ansi.Truncate(e.help(), width, "…")))
	return theme.PadBlock(out, width, height)
}

// BoxHeight is the height of the note editor or speaker picker box
// drawn over a screen body of bodyLines lines: half of it, at least 6.
func BoxHeight(bodyLines int) int {
	return min(max(bodyLines/2, 6), bodyLines)
}
