package ui

import (
	"github.com/annotty/annotty/ui/overlay"
	"github.com/annotty/annotty/ui/side"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// SpeakerKeys are the Speakers tab's whole-article speaker operations:
// rename the selected speaker, merge them into another, accept every quote
// of theirs. Each is one undo step. KeyMap embeds them.
type SpeakerKeys struct {
	SpeakerRename, SpeakerMerge, SpeakerAcceptAll key.Binding
}

// DefaultSpeakerKeys returns the standard Speakers tab bindings.
func DefaultSpeakerKeys() SpeakerKeys {
	b := newBinding
	return SpeakerKeys{
		SpeakerRename:    b("r", "Speakers tab: rename the speaker in the whole article", "r"),
		SpeakerMerge:     b("m", "Speakers tab: merge the speaker into another (pick it)", "m"),
		SpeakerAcceptAll: b("a", "Speakers tab: accept every quote of the speaker", "a"),
	}
}

// speakersTabHint is the Speakers tab's key line, named from the binding table.
func (m Model) speakersTabHint() string {
	return m.keyName(actSpeakerRename) + " rename · " + m.keyName(actSpeakerMerge) + " merge · " +
		m.keyName(actSpeakerAcceptAll) + " accept all · " + m.keyName(actUndo) + " undo"
}

// inSpeakersTabNow reports whether the Speakers tab is on show in the focused side pane.
func (m Model) inSpeakersTabNow() bool {
	_, ok := m.side.ActiveTab().(*side.SpeakersTab)
	return m.focus == focusSide && ok
}

// doSpeakerAction carries out a Speakers tab key on the selected speaker:
// rename opens a prompt with the name, merge the picker of the other
// speakers, accept-all acts at once.
func (m Model) doSpeakerAction(act action) (tea.Model, tea.Cmd) {
	tab, _ := m.side.ActiveTab().(*side.SpeakersTab)
	sp, ok := tab.Selected()
	if !ok || tab == nil {
		m.message = "no speaker selected"
		return m, nil
	}
	switch act {
	case actSpeakerRename:
		m.renaming = sp.Name
		m.input = ptr(overlay.NewPromptWith("rename "+sp.Name+" to: ", sp.Name, m.styles))
		m.focus = focusRename
	case actSpeakerMerge:
		if len(m.sess.Speakers()) < 2 {
			m.message = "no other speaker to merge " + sp.Name + " into"
			return m, nil
		}
		m.merging = sp.Name
		m.picker = ptr(overlay.NewMergePicker(m.sess.Speakers(), sp.Name, m.styles))
		m.focus = focusPicker
	case actSpeakerAcceptAll:
		m = m.apply(m.sess.AcceptSpeaker(sp.Name))
	}
	return m, m.quoteDetailCmd()
}

// handleRenameInput edits the new name; enter renames, esc cancels.
func (m Model) handleRenameInput(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch msg.Type {
	case tea.KeyEnter:
		m.focus = focusSide
		m = m.apply(m.sess.RenameSpeaker(m.renaming, m.input.Trimmed()))
		return m, m.quoteDetailCmd()
	case tea.KeyEsc:
		m.focus = focusSide
		m.message = m.renaming + " not renamed"
		return m, nil
	}
	m.input.Update(msg)
	return m, nil
}

// pickedMergeTarget merges the speaker being merged into name ("" cancels).
func (m Model) pickedMergeTarget(name string) (tea.Model, tea.Cmd) {
	from := m.merging
	m.merging, m.focus = "", focusSide
	if name == "" {
		m.message = from + " not merged"
		return m, nil
	}
	m = m.apply(m.sess.MergeSpeakers(from, name))
	return m, m.quoteDetailCmd()
}
