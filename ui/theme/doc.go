// Package theme is the look every view of the reader shares: the colour
// themes, the lipgloss styles and the paints derived from them once, and
// the cell-level rules for putting text on a terminal (Sanitize, PadBlock).
// It imports no other package of the reader, so any view may use it.
package theme
