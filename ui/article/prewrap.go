package article

import "github.com/annotty/annotty/model"

// Long paragraphs (lazyWrapBytes and more) are wrapped only as far as the
// screen needs (linesUpTo), so that a 10 MB paragraph's first frame does not
// wait ~80 ms for its last line. Prewrap finishes the job off the UI
// goroutine for the long paragraphs at the end of the document, which the
// last screen (G, and every scroll near the end) needs whole, so that the
// first G does not pay that cost on a key. Long paragraphs elsewhere stay
// wrapped as far as the reader has gone: all of them, wrapped whole, would
// cost ~32 bytes a screen line (23 MB for 50 MB of them).

// PrewrappedMsg carries long paragraphs wrapped whole at a measure.
type PrewrappedMsg struct {
	doc     *model.Document
	measure int
	lines   map[int][]wrappedLine
}

// Prewrap returns the work that wraps the long paragraphs of the last screen
// whole at the current measure, to run off the UI goroutine (it reads only
// the immutable document), or nil when none is left to wrap.
func (a *Pane) Prewrap() func() PrewrappedMsg {
	if a.doc == nil || a.measure == 0 {
		return nil
	}
	var todo []int
	screen := a.height * a.measure * 4 // more bytes than a screen of text holds
	for p, seen := a.prevShown(len(a.doc.Paragraphs)-1), 0; p >= 0 && seen < screen; p = a.prevShown(p - 1) {
		para := a.doc.Paragraphs[p]
		if para.End-para.Start >= lazyWrapBytes && !a.wrappedWhole(p) {
			todo = append(todo, p)
		}
		seen += para.End - para.Start
	}
	if len(todo) == 0 {
		return nil
	}
	doc, measure := a.doc, a.measure
	return func() PrewrappedMsg {
		msg := PrewrappedMsg{doc: doc, measure: measure, lines: make(map[int][]wrappedLine, len(todo))}
		for _, p := range todo {
			para := doc.Paragraphs[p]
			text := doc.Text[para.Start:para.End]
			msg.lines[p] = wrapText(text, para.Start, measure, listHang(text, para.ListItem))
		}
		return msg
	}
}

// AdoptPrewrap keeps the paragraphs msg wrapped, unless the pane has since
// changed measure or document.
func (a *Pane) AdoptPrewrap(msg PrewrappedMsg) {
	if msg.doc != a.doc || msg.measure != a.measure {
		return
	}
	for p, ls := range msg.lines {
		a.keepWhole(p, ls)
	}
}
