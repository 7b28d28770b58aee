package theme

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// PadBlock fits lines into exactly width x height cells: each line cut or
// padded to width, missing lines blank.
func PadBlock(lines []string, width, height int) string {
	var b strings.Builder
	for i := 0; i < height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		line := ""
		if i < len(lines) {
			line = ansi.Truncate(lines[i], width, "")
		}
		b.WriteString(line)
		if fill := width - ansi.StringWidth(line); fill > 0 {
			b.WriteString(strings.Repeat(" ", fill))
		}
	}
	return b.String()
}
