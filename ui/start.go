package ui

import "github.com/annotty/annotty/model"

// startOn puts the cursor on span's start before the first frame (when
// span is not empty and inside the article) and keeps notice in the status
// line; the first layout scrolls the cursor into view (revealStartOnce).
func (m *Model) startOn(span model.Span, notice string) {
	if notice != "" {
		m.notice = withNotice(notice, m.notice)
		m.message = withNotice(notice, m.message)
	}
	if span.Len() <= 0 || span.Start < 0 || span.End > len(m.doc.Text) || len(m.doc.Paragraphs) == 0 {
		return
	}
	m.cursor.place(m.doc, span.Start)
	m.revealStart = true
}

// revealStartOnce scrolls the start span into view, the first time the
// article pane has a size.
func (m Model) revealStartOnce() Model {
	if m.revealStart {
		m.article.Reveal(m.cursor.at())
		m.revealStart = false
	}
	return m
}
