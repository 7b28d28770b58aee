package termrender

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Terminal sequences the renderer writes. They are the ones Bubble Tea's
// standard renderer writes for the same modes, so a terminal sees no
// difference but the timing.
const (
	cursorHome       = "\x1b[H"
	eraseLineRight   = "\x1b[K"
	eraseScreenBelow = "\x1b[J"
	eraseScreen      = "\x1b[2J"
)

// screen is what the writer last put on the terminal: the frame's lines as
// drawn, so the next frame rewrites only the lines that changed.
type screen struct {
	lines []string // nil: nothing is known, the next frame draws every line
}

// forget makes the next frame draw every line (after a resize, or when
// something else may have written to the terminal).
func (s *screen) forget() { s.lines = nil }

// appendFrame appends to buf the bytes that turn the last frame drawn into
// frame on a width×height alternate screen, and remembers frame. It is the
// standard renderer's diff: the cursor goes home, an unchanged line is
// passed with a line feed, a changed one is cut to the width and its tail
// erased, lines past the bottom are dropped from the top, and the cursor
// ends at the start of the frame's last line (ESC[n;H). Where the frame
// is shorter than what the screen held, the rest of the screen is erased.
func (s *screen) appendFrame(buf []byte, frame string, width, height int) []byte {
	lines := strings.Split(frame, "\n")
	if height > 0 && len(lines) > height {
		lines = lines[len(lines)-height:]
	}
	repaint := s.lines == nil
	buf = append(buf, cursorHome...)
	for i, line := range lines {
		last := i == len(lines)-1
		if !repaint && i < len(s.lines) && s.lines[i] == line {
			if !last {
				buf = append(buf, '\n')
			}
			continue
		}
		cells := ansi.StringWidth(line)
		if width > 0 && cells > width {
			line = ansi.Truncate(line, width, "")
			cells = ansi.StringWidth(line)
		}
		buf = append(buf, line...)
		// A line that fills the width leaves the cursor on its last cell:
		// an erase there would wipe that cell, so only shorter lines get one.
		if width <= 0 || cells < width {
			buf = append(buf, eraseLineRight...)
		}
		if !last {
			buf = append(buf, '\r', '\n')
		}
	}
	if len(lines) < height && (repaint || len(lines) < len(s.lines)) {
		// Below the frame: from the start of the next line, so the last
		// line's final cell is never erased.
		buf = appendCursorRow(buf, len(lines)+1)
		buf = append(buf, eraseScreenBelow...)
	}
	buf = appendCursorRow(buf, len(lines))
	s.lines = lines
	return buf
}

// appendCursorRow moves the cursor to the start of row (1-based), written
// as the standard renderer writes it: ESC[row;H.
func appendCursorRow(buf []byte, row int) []byte {
	if row <= 1 {
		return append(buf, cursorHome...)
	}
	buf = append(buf, "\x1b["...)
	buf = strconv.AppendInt(buf, int64(row), 10)
	return append(buf, ";H"...)
}
