// Package article is the reader's article pane: it wraps, scrolls, draws
// and maps mouse cells back to text, for documents of any length (only the
// visible paragraphs are wrapped and styled, wrapped paragraphs are cached,
// and the reading position is kept as a paragraph and a line so a resize
// keeps the reader's place). What it paints comes from decoration layers
// (Highlighter), each owned by whoever knows the spans: search matches,
// detections, tags, the cursor.
package article

// Top is the reading position: the paragraph and wrapped line at the top.
func (a *Pane) Top() Position { return a.top }

// SetTop makes p the reading position (clamped to what can be shown).
func (a *Pane) SetTop(p Position) {
	a.top = p
	a.clampTop()
}

// Width is the pane's width in cells.
func (a *Pane) Width() int { return a.width }

// Height is the pane's height in lines.
func (a *Pane) Height() int { return a.height }

// Hidden is the mask of hidden paragraphs (nil when all are shown).
func (a *Pane) Hidden() []bool { return a.hidden }
