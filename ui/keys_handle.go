package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/overlay"
	"github.com/annotty/annotty/ui/selection"
	"github.com/annotty/annotty/ui/side"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// handleKey routes a key: quit first, then a focused mode (search input,
// help, note, speaker picker, a pending confirmation or text object), then
// the binding table for the focused pane. Each key is handled in one place.
func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if m.confirmQuit {
		return m.answerQuit(msg)
	}
	if msg.Type == tea.KeyCtrlC {
		return m.quit()
	}
	if burst, ok := m.splitKeyBurst(msg); ok {
		return m.handleKeys(burst)
	}
	switch m.focus {
	case focusSearch:
		return m.handleSearchInput(msg)
	case focusHelp:
		return m.handleHelpKey(msg)
	case focusNote:
		if m.note.Update(msg) {
			m = m.commitNote()
		}
		return m, nil
	case focusRename:
		return m.handleRenameInput(msg)
	case focusPicker:
		if name, done := m.picker.Update(msg); done && m.merging != "" {
			return m.pickedMergeTarget(name)
		} else if done {
			m.focus = focusArticle
			if name != "" {
				return m.setSpeaker(m.picker.Target, name), nil
			}
			m.message = "speaker unchanged"
		}
		return m, nil
	}
	if m.focus == focusArticle {
		if m.confirmMoveAside {
			m.confirmMoveAside = false
			if key.Matches(msg, overlay.DefaultYesNoKeys().Yes) {
				return m.moveCorruptAside(), nil
			}
			m.message = "the annotations file was left as it is"
			return m, nil
		}
		if m.cursor.pending() != 0 {
			return m.finishTextObject(msg), nil
		}
	}
	if m.focus == focusSide && side.Capturing(m.side.ActiveTab()) {
		return m, m.side.Update(msg, m.keys.SideKeys()) // a filter being typed takes every key
	}
	row, ok := m.bindings.lookup(msg, m.bindingPlace(), m.available)
	if !ok || row.where&(inArticle|inSpeakersTab) == 0 && m.focus == focusSide {
		if m.focus == focusSide {
			cmd := m.side.Update(msg, m.keys.SideKeys()) // the tab's own keys
			return m, tea.Batch(cmd, m.quoteDetailCmd()) // a tab may change the quote shown
		}
		return m, nil
	}
	if row.edits && m.readOnlyReason() != "" {
		m.message = m.readOnlyReason()
		return m, nil
	}
	return m.do(row.act, msg)
}

// bindingPlace is the binding table's place for the current focus.
func (m Model) bindingPlace() where {
	if m.focus != focusSide {
		return inArticle
	}
	switch m.side.ActiveTab().(type) {
	case *side.TagsTab:
		return inSide | inTagsTab
	case *side.DocumentsTab:
		return inSide | inDocsTab
	}
	if _, ok := m.side.ActiveTab().(*side.ReviewTab); ok {
		return inSide | inReviewTab
	}
	if m.inSpeakersTabNow() {
		return inSide | inSpeakersTab
	}
	return inSide
}

// available reports whether act applies now: the text-object prefixes and
// esc's leaving of visual mode only in visual mode (else "a" accepts).
func (m Model) available(act action) bool {
	switch act {
	case actInnerObject, actAroundObject:
		return m.cursor.visual()
	}
	return true
}

// do carries out a global or article action.
func (m Model) do(act action, msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if corpusActions[act] {
		if !m.inCorpus {
			return m.corpusAction(act), nil
		}
		return m, func() tea.Msg { return queueMsg{act} }
	}
	switch act {
	case actQuit:
		return m.quit()
	case actRetrySave:
		return m.retrySave()
	case actReviewPlace:
		return m.placeReviewed(), nil
	case actHelp:
		m.focus = focusHelp
		m.help.ScrollToTop()
		if m.help.NeedsRender() {
			return m, m.help.Render()
		}
		return m, nil
	case actToggleSide:
		return m.toggleSide()
	case actSearch:
		m.focus = focusSearch
		m.input = ptr(overlay.NewPrompt("/", m.styles))
		return m, nil
	case actNextMatch:
		return m.stepMatch(+1), nil
	case actPrevMatch:
		return m.stepMatch(-1), nil
	case actNextQuote:
		return m.cursorToQuote(+1)
	case actPrevQuote:
		return m.cursorToQuote(-1)
	case actTogglePromos:
		return m.togglePromos()
	case actOthers:
		return m.apply(m.sess.CycleOthers()), nil
	case actUndo:
		return m.apply(m.sess.Undo()), nil
	case actRedo:
		return m.apply(m.sess.Redo()), nil
	case actBack:
		return m.back()
	case actLabel:
		return m.tagWithKey(int(msg.Runes[0] - '0')), nil
	case actAccept:
		return m.acceptAtCursor(), nil
	case actReject:
		return m.rejectAtCursor(), nil
	case actSpeaker:
		return m.openSpeakerPicker(), nil
	case actFixSpan:
		return m.fixSpan(), nil
	case actNote:
		return m.openNote(), nil
	case actExport:
		return m.export(), nil
	case actMoveAside:
		return m.askMoveAside(), nil
	case actSpeakerRename, actSpeakerMerge, actSpeakerAcceptAll:
		return m.doSpeakerAction(act)
	}
	if a, ok := cursorActions[act]; ok {
		m.message = ""
		if a != selection.EnterVisual {
			m = m.cursorOnScreen()
		}
		if a == selection.EnterVisual && m.cursor.visual() {
			a = selection.ExitVisual
		}
		return m.moveCursor(a), nil
	}
	m.article = m.scrollArticle(act)
	m = m.cursorOnScreen()
	m.side.Follow(m.article.TopOffset())
	return m, m.quoteDetailCmd() // the quote being read may have changed
}

// cursorActions map the cursor keys to package selection's actions.
var cursorActions = map[action]selection.Action{
	actWordNext:     selection.MoveWordForward,
	actWordPrev:     selection.MoveWordBack,
	actWordEnd:      selection.MoveWordEnd,
	actSentenceNext: selection.MoveSentenceForward,
	actSentencePrev: selection.MoveSentenceBack,
	actParaNext:     selection.MoveParagraphForward,
	actParaPrev:     selection.MoveParagraphBack,
	actVisual:       selection.EnterVisual,
	actInnerObject:  selection.BeginInnerObject,
	actAroundObject: selection.BeginAroundObject,
}

// back implements esc: leave visual mode, clear the speaker filter from the
// Quotes or Speakers tab, or return from the side pane to the article.
func (m Model) back() (tea.Model, tea.Cmd) {
	switch {
	case m.focus == focusArticle && m.cursor.visual():
		return m.moveCursor(selection.ExitVisual), nil
	case m.focus == focusSide && m.detect.Filter() != "" && filtersQuotes(m.side.ActiveTab()):
		m.detect.SetFilter("")
		m.side.Follow(m.article.TopOffset())
		m.message = "quote filter cleared"
		return m, m.quoteDetailCmd()
	case m.focus == focusSide:
		m.focus = focusArticle
	}
	return m, nil
}

// filtersQuotes reports whether esc in tab clears the speaker filter.
func filtersQuotes(tab side.Tab) bool {
	switch tab.(type) {
	case *side.QuotesTab, *side.SpeakersTab:
		return true
	}
	return false
}

// askMoveAside implements the move-aside key: it asks before moving a
// corrupt annotations file aside.
func (m Model) askMoveAside() Model {
	if !m.sess.Corrupt() {
		m.message = "the annotations file is not corrupt; nothing to move aside"
		return m
	}
	m.confirmMoveAside = true
	m.message = "move " + m.sess.Store().Path() + " aside as .bak and save afresh? " + overlay.DefaultYesNoKeys().Hint()
	return m
}

// scrollArticle applies a reading action to the article pane. Top and
// bottom also put the cursor on the first or last sentence, as vim's gg
// and G do, even when nothing had to scroll.
func (m Model) scrollArticle(act action) article.Pane {
	a := m.article
	page := max(a.Height()-2, 1)
	switch act {
	case actDown:
		a.ScrollDown(1)
	case actUp:
		a.ScrollUp(1)
	case actPageDown:
		a.ScrollDown(page)
	case actPageUp:
		a.ScrollUp(page)
	case actHalfDown:
		a.ScrollDown(max(a.Height()/2, 1))
	case actHalfUp:
		a.ScrollUp(max(a.Height()/2, 1))
	case actTop:
		a.GotoTop()
		m.cursorToSentence(0, +1)
	case actBottom:
		a.GotoBottom()
		m.cursorToSentence(len(m.doc.Text), -1)
	}
	return a
}

// cursorToSentence puts the cursor on the first sentence at or after off
// (dir > 0) or the last one starting before it (dir < 0).
func (m Model) cursorToSentence(off, dir int) {
	c := m.selectionContext()
	s := selection.State{Cursor: max(0, min(off, len(m.doc.Text)))}.Normalize(c)
	if dir < 0 {
		s = s.Do(c, selection.MoveSentenceBack)
	} else if sent, ok := m.doc.SentenceAt(s.Cursor); !ok || sent.Start < s.Cursor {
		s = s.Do(c, selection.MoveSentenceForward)
	}
	m.cursor.place(m.doc, s.Cursor)
	m.cursor.exitVisual()
}

// handleHelpKey scrolls or closes the help overlay.
func (m Model) handleHelpKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	row, _ := m.bindings.lookup(msg, inArticle, m.available)
	switch row.act {
	case actHelp, actBack, actQuit:
		m.focus = focusArticle
	case actDown:
		m.help.ScrollBy(1)
	case actUp:
		m.help.ScrollBy(-1)
	case actPageDown:
		m.help.ScrollBy(m.help.Height() - 2)
	case actPageUp:
		m.help.ScrollBy(-(m.help.Height() - 2))
	}
	return m, nil
}

// handleSearchInput edits the query; enter runs it, esc cancels.
func (m Model) handleSearchInput(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch msg.Type {
	case tea.KeyEnter:
		m.focus = focusArticle
		return m.startSearch(m.input.Trimmed())
	case tea.KeyEsc:
		m.focus = focusArticle
		return m, nil
	}
	m.input.Update(msg)
	return m, nil
}

// startSearch launches a search for query (an empty query clears it).
func (m Model) startSearch(query string) (tea.Model, tea.Cmd) {
	gen := m.sess.StartSearch(query)
	m.message = ""
	if query == "" {
		return m, nil
	}
	return m, runSearch(m.doc, query, gen)
}

// searchDone stores the matches and shows the first one from the reading
// position (the top of the screen), wrapping with a notice.
func (m Model) searchDone(msg searchDoneMsg) Model {
	if !m.sess.FinishSearch(msg.gen, msg.matches) {
		return m // a newer search replaced this one
	}
	if msg.matches.Len() == 0 {
		m.message = "pattern not found: " + msg.query
		return m
	}
	match, wrapped, _ := m.sess.StepMatch(m.article.TopOffset()-1, +1)
	return m.showMatch(match, wrapNotice(wrapped, +1, "search wrapped"))
}

// stepMatch moves to the next (+1) or previous (-1) match from the cursor,
// so it goes on from wherever the reader scrolled to, wrapping with a notice.
func (m Model) stepMatch(dir int) Model {
	match, wrapped, ok := m.sess.StepMatch(m.cursor.at(), dir)
	if !ok {
		if q := m.sess.SearchQuery(); q != "" && !m.sess.SearchPending() {
			m.message = "pattern not found: " + q
		}
		return m
	}
	return m.showMatch(match, wrapNotice(wrapped, dir, "search wrapped"))
}

// wrapNotice says that a jump (what: "search wrapped", "wrapped") went
// around the end of the document ("" when it did not).
func wrapNotice(wrapped bool, dir int, what string) string {
	switch {
	case !wrapped:
		return ""
	case dir > 0:
		return what + " to the top"
	}
	return what + " to the bottom"
}

// showMatch scrolls to match, puts the cursor on it and shows notice.
func (m Model) showMatch(match model.Span, notice string) Model {
	m.message = notice
	m.article.Reveal(match.Start)
	m.cursor.place(m.doc, match.Start)
	m.side.Follow(m.article.TopOffset())
	return m
}

// splitKeyBurst splits a burst of typed characters that the terminal
// delivered as one message ("jj" when keys arrive together) into single
// keys, so that each one acts as a command. Text inputs (search, notes, the
// speaker picker) and pastes keep the burst as text.
func (m Model) splitKeyBurst(msg tea.KeyMsg) ([]tea.KeyMsg, bool) {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return nil, false
	}
	if m.focus != focusArticle && m.focus != focusSide {
		return nil, false
	}
	keys := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		keys[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
	}
	return keys, true
}

// handleKeys applies keys in order, as if they had arrived one by one.
func (m Model) handleKeys(keys []tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	var next tea.Model = m
	for _, k := range keys {
		var cmd tea.Cmd
		next, cmd = next.(Model).handleKey(k)
		cmds = append(cmds, cmd)
	}
	return next, tea.Batch(cmds...)
}
