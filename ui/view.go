package ui

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
)

// View draws the whole screen: the panes (or the help overlay) above the
// status line, or a notice when the terminal is too small.
func (m Model) View() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return tooSmallView(m.width, m.height, m.styles)
	}
	var body string
	switch {
	case m.focus == focusHelp:
		body = m.help.View()
	case m.sideOpen && m.side.Width() >= m.width:
		body = m.side.View(true)
	case m.sideOpen:
		body = joinColumns(m.article.View(), m.side.View(m.focus == focusSide))
	default:
		body = m.article.View()
	}
	return m.overlay(body) + "\n" + m.statusLine()
}

// statusLine draws the bottom line: the search prompt while typing a query,
// otherwise the status bar.
func (m Model) statusLine() string {
	if m.focus == focusSearch || m.focus == focusRename {
		return theme.PadBlock([]string{m.input.View(m.width)}, m.width, 1)
	}
	info := statusInfo{
		Name:      displayName(m.doc.Path),
		Para:      m.article.TopParagraph() + 1,
		Of:        len(m.doc.Paragraphs),
		Percent:   m.article.Percent(),
		Matches:   m.sess.SearchMatches().Len(),
		Current:   m.sess.CurrentMatch() + 1,
		Searching: m.sess.SearchPending(),
		Query:     m.sess.SearchQuery(),
		Message:   withNotice(m.invalidUTF8Notice(), m.statusMessage()),
		Hints:     m.hints(),
		Mode:      withNotice(m.corpusLine, withNotice(m.detect.ModeLabel(), m.sess.OthersShownLabel())),
		EditMode:  m.mode(),
	}
	if m.focus == focusHelp {
		info.Message = "help: " + m.keyName(actDown) + " " + m.keyName(actUp) + " scroll · " + m.keyName(actHelp) + " or " + m.keyName(actBack) + " closes"
	}
	return renderStatus(info, m.width, m.styles)
}

// hints are the status line's key hints, without those the message
// already teaches (the idle status names the help key).
func (m Model) hints() []key.Binding {
	msg := m.statusMessage()
	var out []key.Binding
	for _, b := range m.keys.ShortHelp() {
		if !strings.Contains(msg, b.Help().Key+" ") {
			out = append(out, b)
		}
	}
	return out
}
