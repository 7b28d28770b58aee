package ui

import tea "github.com/charmbracelet/bubbletea"

// handleKey routes a key: quit first, then the focused mode (search input,
// help overlay), then global keys, then the focused pane.
func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
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
	}
	if next, cmd, ok := m.handleAnnotateKey(msg); ok {
		return next, cmd
	}
	k := m.keys
	switch {
	case isKey(msg, k.Quit):
		return m.quit()
	case isKey(msg, k.Help):
		m.focus = focusHelp
		m.help.scroll = 0
		if m.help.needsRender() {
			return m, m.help.render()
		}
		return m, nil
	case isKey(msg, k.ToggleSide):
		return m.toggleSide()
	case isKey(msg, k.Search):
		m.focus = focusSearch
		m.input = newQueryPrompt("/", m.styles)
		return m, nil
	case isKey(msg, k.NextMatch):
		return m.stepMatch(+1), nil
	case isKey(msg, k.PrevMatch):
		return m.stepMatch(-1), nil
	case isKey(msg, k.NextQuote):
		return m.stepQuote(+1)
	case isKey(msg, k.PrevQuote):
		return m.stepQuote(-1)
	case isKey(msg, k.TogglePromos):
		return m.togglePromos()
	}
	if m.focus == focusSide {
		if next, cmd, ok := m.escapeDetection(msg); ok {
			return next, cmd
		}
		if isKey(msg, k.Back) {
			m.focus = focusArticle
			return m, nil
		}
		return m, m.side.update(msg, k)
	}
	m.article = m.scrollArticle(msg)
	m = m.cursorOnScreen()
	m.side.follow(m.article.topOffset())
	return m, m.quoteDetailCmd() // the quote being read may have changed
}

// scrollArticle applies a reading key to the article pane.
func (m Model) scrollArticle(msg tea.KeyMsg) articlePane {
	a, k := m.article, m.keys
	page := max(a.height-2, 1)
	switch {
	case isKey(msg, k.Down):
		a.scrollDown(1)
	case isKey(msg, k.Up):
		a.scrollUp(1)
	case isKey(msg, k.PageDown):
		a.scrollDown(page)
	case isKey(msg, k.PageUp):
		a.scrollUp(page)
	case isKey(msg, k.HalfDown):
		a.scrollDown(max(a.height/2, 1))
	case isKey(msg, k.HalfUp):
		a.scrollUp(max(a.height/2, 1))
	case isKey(msg, k.Top):
		a.gotoTop()
	case isKey(msg, k.Bottom):
		a.gotoBottom()
	}
	return a
}

// handleHelpKey scrolls or closes the help overlay.
func (m Model) handleHelpKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case isKey(msg, k.Help), isKey(msg, k.Back), isKey(msg, k.Quit):
		m.focus = focusArticle
	case isKey(msg, k.Down):
		m.help.scrollBy(1)
	case isKey(msg, k.Up):
		m.help.scrollBy(-1)
	case isKey(msg, k.PageDown):
		m.help.scrollBy(m.help.height - 2)
	case isKey(msg, k.PageUp):
		m.help.scrollBy(-(m.help.height - 2))
	}
	return m, nil
}

// handleSearchInput edits the query; enter runs it, esc cancels.
func (m Model) handleSearchInput(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch msg.Type {
	case tea.KeyEnter:
		m.focus = focusArticle
		return m.startSearch(m.input.trimmed())
	case tea.KeyEsc:
		m.focus = focusArticle
		return m, nil
	}
	m.input.update(msg)
	return m, nil
}

// startSearch launches a search for query (an empty query clears it).
func (m Model) startSearch(query string) (tea.Model, tea.Cmd) {
	s := m.search
	s.gen++
	s.query, s.matches, s.current = query, nil, -1
	s.pending = query != ""
	m.message = ""
	if query == "" {
		return m, nil
	}
	return m, runSearch(m.doc, query, s.gen)
}

// searchDone stores the matches and shows the first one after the reading position.
func (m Model) searchDone(msg searchDoneMsg) Model {
	s := m.search
	if msg.gen != s.gen {
		return m // a newer search replaced this one
	}
	s.pending = false
	s.matches = msg.matches
	s.current = s.firstAtOrAfter(m.article.topOffset())
	if s.current < 0 {
		m.message = "pattern not found: " + msg.query
		return m
	}
	m.article.reveal(s.matches[s.current].Start)
	m.side.follow(m.article.topOffset())
	return m
}

// stepMatch moves to the next (+1) or previous (-1) match, wrapping.
func (m Model) stepMatch(dir int) Model {
	s := m.search
	if len(s.matches) == 0 {
		if s.query != "" && !s.pending {
			m.message = "pattern not found: " + s.query
		}
		return m
	}
	m.message = ""
	if s.step(dir) {
		if dir > 0 {
			m.message = "search wrapped to the top"
		} else {
			m.message = "search wrapped to the bottom"
		}
	}
	m.article.reveal(s.matches[s.current].Start)
	m.side.follow(m.article.topOffset())
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
