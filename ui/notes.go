package ui

import (
	"strings"
	"unicode"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// noteEditor is a small multi-line text editor for a tag's note: typing and
// pasting, enter for a new line, backspace/delete, the arrow keys,
// home/end (ctrl+a/ctrl+e) and ctrl+u (delete to the start of the line).
// esc or ctrl+s keeps the note (u undoes it afterwards). It is hand-rolled
// rather than bubbles/textarea because textarea needs a module (a clipboard
// package) that go.mod does not pin.
type noteEditor struct {
	id    string // the annotation whose note this is
	title string // what the editor is about, for its top line
	value []rune
	pos   int // cursor, an index into value
}

// newNoteEditor opens the editor on note, with the cursor at its end.
func newNoteEditor(id, title, note string) noteEditor {
	e := noteEditor{id: id, title: title}
	e.insert([]rune(note))
	return e
}

// text is the note as typed.
func (e *noteEditor) text() string { return string(e.value) }

// insert puts runes at the cursor, dropping control characters other than
// newlines (a paste may carry \r\n line ends); a tab becomes four spaces.
func (e *noteEditor) insert(rs []rune) {
	clean := make([]rune, 0, len(rs))
	for i, r := range rs {
		switch {
		case r == '\r' && i+1 < len(rs) && rs[i+1] == '\n':
			continue
		case r == '\r':
			r = '\n'
		case r == '\t':
			clean = append(clean, ' ', ' ', ' ', ' ')
			continue
		case r != '\n' && unicode.IsControl(r):
			continue
		}
		clean = append(clean, r)
	}
	e.value = append(e.value[:e.pos], append(clean, e.value[e.pos:]...)...)
	e.pos += len(clean)
}

// lineStart returns the index where the line holding i begins.
func (e *noteEditor) lineStart(i int) int {
	for i > 0 && e.value[i-1] != '\n' {
		i--
	}
	return i
}

// lineEnd returns the index of the newline ending the line holding i (or len).
func (e *noteEditor) lineEnd(i int) int {
	for i < len(e.value) && e.value[i] != '\n' {
		i++
	}
	return i
}

// update edits the note with one key; done is true when the user is
// finished (esc or ctrl+s).
func (e *noteEditor) update(msg tea.KeyMsg) (done bool) {
	switch msg.Type {
	case tea.KeyEsc, tea.KeyCtrlS:
		return true
	case tea.KeyRunes, tea.KeySpace:
		e.insert(msg.Runes)
	case tea.KeyEnter:
		e.insert([]rune{'\n'})
	case tea.KeyTab:
		e.insert([]rune{'\t'})
	case tea.KeyBackspace:
		if e.pos > 0 {
			e.value = append(e.value[:e.pos-1], e.value[e.pos:]...)
			e.pos--
		}
	case tea.KeyDelete:
		if e.pos < len(e.value) {
			e.value = append(e.value[:e.pos], e.value[e.pos+1:]...)
		}
	case tea.KeyLeft:
		e.pos = max(e.pos-1, 0)
	case tea.KeyRight:
		e.pos = min(e.pos+1, len(e.value))
	case tea.KeyHome, tea.KeyCtrlA:
		e.pos = e.lineStart(e.pos)
	case tea.KeyEnd, tea.KeyCtrlE:
		e.pos = e.lineEnd(e.pos)
	case tea.KeyUp:
		e.moveLine(-1)
	case tea.KeyDown:
		e.moveLine(+1)
	case tea.KeyCtrlU:
		start := e.lineStart(e.pos)
		e.value = append(e.value[:start], e.value[e.pos:]...)
		e.pos = start
	}
	return false
}

// moveLine moves the cursor to the previous (-1) or next (+1) line, keeping
// its column where the line is long enough.
func (e *noteEditor) moveLine(dir int) {
	start := e.lineStart(e.pos)
	col := e.pos - start
	if dir < 0 {
		if start == 0 {
			e.pos = 0
			return
		}
		prev := e.lineStart(start - 1)
		e.pos = min(prev+col, start-1)
		return
	}
	end := e.lineEnd(e.pos)
	if end == len(e.value) {
		e.pos = end
		return
	}
	e.pos = min(end+1+col, e.lineEnd(end+1))
}

// noteHelp is the editor's key hint.
const noteHelp = "esc or ctrl+s keeps the note · enter new line · u afterwards undoes"

// view draws the editor in exactly width x height cells: a title, the note
// wrapped to the width with the cursor in reverse video, and the key hint.
func (e *noteEditor) view(width, height int, styles *Styles) string {
	lines, cursorLine := e.wrapWithCursor(max(width-2, 1), styles)
	body := max(height-3, 1)
	first := max(0, cursorLine-body+1)
	out := make([]string, 0, height)
	out = append(out, styles.SideTitle.Render(ansi.Truncate(Sanitize(e.title), width, "…")))
	out = append(out, styles.SideBorder.Render(strings.Repeat("─", width)))
	for i := first; i < len(lines) && len(out) < height-1; i++ {
		out = append(out, "  "+lines[i])
	}
	for len(out) < height-1 {
		out = append(out, "")
	}
	out = append(out, styles.Muted.Render(ansi.Truncate(noteHelp, width, "…")))
	return padBlock(out, width, height)
}

// wrapWithCursor breaks the note into screen lines of at most width cells
// (at any character: a note is short) and draws the cursor; it returns the
// lines and the index of the one holding the cursor.
func (e *noteEditor) wrapWithCursor(width int, styles *Styles) ([]string, int) {
	var (
		lines      []string
		cur        strings.Builder
		col        int
		cursorLine int
	)
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		col = 0
	}
	for i := 0; i <= len(e.value); i++ {
		r := ' '
		if i < len(e.value) {
			r = e.value[i]
		}
		if r == '\n' && i != e.pos {
			flush()
			continue
		}
		cell := string(r)
		if r == '\n' {
			cell = " "
		}
		w := max(ansi.StringWidth(cell), 1)
		if col+w > width && col > 0 {
			flush()
		}
		if i == e.pos {
			cursorLine = len(lines)
			cur.WriteString(styles.SideSelected.Render(cell))
		} else if i < len(e.value) {
			cur.WriteString(cell)
		}
		col += w
		if r == '\n' {
			flush()
		}
	}
	flush()
	return lines, cursorLine
}

// openNote implements c: edit the note of the tag under the cursor.
func (m Model) openNote() Model {
	a, ok := m.tags.tagAt(m.cursor.at())
	if !ok {
		m.message = "no tag under the cursor: tag it first (1-9), then press c"
		return m
	}
	return m.openNoteFor(a.ID)
}

// openNoteFor opens the note editor on annotation id; closing it returns
// the focus where it was.
func (m Model) openNoteFor(id string) Model {
	a, ok := m.tags.set.Get(id)
	if !ok {
		return m
	}
	m.note = newNoteEditor(id, "Note on "+a.Label+": “"+tagExcerpt(a.Text, 8)+"”", a.Note)
	m.noteReturn = m.focus
	m.focus = focusNote
	return m
}

// commitNote closes the editor and stores the note (one undo step).
func (m Model) commitNote() Model {
	m.focus = m.noteReturn
	text := strings.TrimRight(m.note.text(), " \n")
	a, ok := m.tags.set.Get(m.note.id)
	switch {
	case !ok:
		m.message = "the tag was deleted; note not kept"
		return m
	case a.Note == text:
		m.message = "note unchanged"
		return m
	}
	if err := m.tags.set.Update(a.ID, func(x *model.Annotation) { x.Note = text }); err != nil {
		m.message = "cannot keep the note: " + err.Error()
		return m
	}
	if text == "" {
		return m.changed("note removed")
	}
	return m.changed("note saved")
}
