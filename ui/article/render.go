package article

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
)

// drawText writes text, sanitized and with tabs expanded, to b. col is the
// column where text starts (for tab stops); it returns the column reached.
func drawText(b *strings.Builder, text string, col int) int {
	for i := 0; i < len(text); {
		cluster, w := nextCluster(text[i:], col)
		i += len(cluster)
		switch {
		case cluster == "\t":
			b.WriteString(strings.Repeat(" ", w))
		case cluster[0] == '\n' || cluster[0] == '\r':
			b.WriteByte(' ')
		case len(cluster) == 1 && cluster[0] >= 0x20 && cluster[0] < 0x7f:
			b.WriteByte(cluster[0])
		default:
			out, _ := theme.SafeCluster(cluster, w)
			b.WriteString(out)
		}
		col += w
	}
	return col
}

// drawLine writes the document bytes [line.Start, line.End) of text to b,
// painting each run with the base paint plus the decorations covering it
// (decos sorted by start). Style changes happen only where the set of active
// decorations changes.
func drawLine(b *strings.Builder, text string, line wrappedLine, base theme.Paint, decos []Decoration) {
	var active [8]int // indices into decos, in layer order
	pos, col := line.Start, 0
	styled := false
	for pos < line.End {
		// Collect the decorations covering pos and where the next change is.
		n, next := 0, line.End
		for i := range decos {
			d := decos[i].Span
			if d.Start > pos {
				if d.Start < next {
					next = d.Start
				}
				continue
			}
			if d.End > pos {
				if d.End < next {
					next = d.End
				}
				if n < len(active) {
					active[n] = i
					n++
				}
			}
		}
		if n > 1 {
			sortByLayer(active[:n], decos)
		}
		if n > 0 || !base.IsZero() {
			if styled {
				b.WriteString(theme.ResetSGR)
			}
			b.WriteString(base.Open())
			for _, i := range active[:n] {
				b.WriteString(decos[i].Paint.Open())
			}
			styled = true
		} else if styled {
			b.WriteString(theme.ResetSGR)
			styled = false
		}
		col = drawText(b, text[pos:next], col)
		pos = next
	}
	if styled {
		b.WriteString(theme.ResetSGR)
	}
}

// sortByLayer orders a few decoration indices by ascending layer (insertion sort).
func sortByLayer(idx []int, decos []Decoration) {
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && decos[idx[j]].Layer < decos[idx[j-1]].Layer; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
}

// ClipLine makes s safe to draw on one line of at most width cells:
// sanitized, tabs and line breaks as spaces, and cut with "…" when it is
// longer. It returns the text and its width. Side-pane rows use it.
func ClipLine(s string, width int) (string, int) {
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		cluster, w := nextCluster(s[i:], col)
		out := cluster
		switch {
		case isBlank(cluster[0]):
			out, w = " ", 1
		case len(cluster) > 1 || cluster[0] < 0x20 || cluster[0] >= 0x7f:
			out, _ = theme.SafeCluster(cluster, w)
		}
		i += len(cluster)
		if col+w > width || (i < len(s) && col+w == width) {
			if col+1 <= width {
				b.WriteString("…")
				col++
			}
			return b.String(), col
		}
		b.WriteString(out)
		col += w
	}
	return b.String(), col
}
