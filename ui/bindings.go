package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// action is what a key does, whatever key the user bound to it.
type action int

// The reader's actions, in help order.
const (
	actNone action = iota
	actDown
	actUp
	actPageDown
	actPageUp
	actHalfDown
	actHalfUp
	actTop
	actBottom
	actSearch
	actNextMatch
	actPrevMatch
	actToggleSide
	actNextTab
	actPrevTab
	actSelect
	actBack
	actNextQuote
	actPrevQuote
	actTogglePromos
	actWordNext
	actWordPrev
	actWordEnd
	actSentenceNext
	actSentencePrev
	actParaNext
	actParaPrev
	actVisual
	actInnerObject
	actAroundObject
	actLabel
	actAccept
	actReject
	actSpeaker
	actFixSpan
	actNote
	actUndo
	actRedo
	actExport
	actMoveAside
	actTagDelete
	actTagNote
	actTagRelabel
	actTagFilter
	actSpeakerRename
	actSpeakerMerge
	actSpeakerAcceptAll
	actOthers
	actHelp
	actQuit
	actRetrySave
	actReviewConfirm
	actReviewConfirmAll
	actReviewPlace
	// Corpus mode (corpus_keys.go).
	actNextDocument
	actPrevDocument
	actNextUnfinished
	actMarkDone
	actSkipDocument
	actDocuments
	actReport
	actCorpusSpeakers
	actDocSort
	actDocStatusFilter
	actDocNameFilter
)

// where says in which focus a binding acts.
type where uint8

// The places a binding acts in.
const (
	inArticle     where = 1 << iota // the article pane
	inSide                          // the side pane (any tab)
	inTagsTab                       // the Tags tab only
	inSpeakersTab                   // the Speakers tab only
	inReviewTab                     // the Review tab only
	inDocsTab                       // the Documents tab only (corpus mode)
	everywhere    = inArticle | inSide
)

// bindingRow is one line of the binding table: an action, the key.Binding
// that triggers it (from the KeyMap), where it acts, and whether it
// changes the annotations (so it is refused while they cannot be saved).
type bindingRow struct {
	act     action
	binding *key.Binding
	where   where
	edits   bool
	group   int // index into helpGroupTitles
}

// bindingTable is the one place keys come from: dispatch looks actions up
// in it, help and the README list it, and messages name keys through it.
type bindingTable struct {
	rows []bindingRow
	byAc map[action]int
}

// newBindingTable builds the table over k (which must outlive it: rows
// point into it).
func newBindingTable(k *KeyMap) bindingTable {
	const (
		reading = iota
		search
		side
		detectionGroup
		cursor
		tagging
		tagsTab
		speakersTab
		reviewTab
		general
		corpusGroup
		docsTab
	)
	r := func(a action, b *key.Binding, w where, edits bool, group int) bindingRow {
		return bindingRow{act: a, binding: b, where: w, edits: edits, group: group}
	}
	rows := []bindingRow{
		// The Documents tab's keys come first: its / filters names, not the text.
		r(actDocSort, &k.DocSort, inDocsTab, false, docsTab),
		r(actDocStatusFilter, &k.DocStatusFilter, inDocsTab, false, docsTab),
		r(actDocNameFilter, &k.DocNameFilter, inDocsTab, false, docsTab),
		r(actDown, &k.Down, inArticle, false, reading),
		r(actUp, &k.Up, inArticle, false, reading),
		r(actPageDown, &k.PageDown, inArticle, false, reading),
		r(actPageUp, &k.PageUp, inArticle, false, reading),
		r(actHalfDown, &k.HalfDown, inArticle, false, reading),
		r(actHalfUp, &k.HalfUp, inArticle, false, reading),
		r(actTop, &k.Top, inArticle, false, reading),
		r(actBottom, &k.Bottom, inArticle, false, reading),
		r(actSearch, &k.Search, everywhere, false, search),
		r(actNextMatch, &k.NextMatch, everywhere, false, search),
		r(actPrevMatch, &k.PrevMatch, everywhere, false, search),
		r(actToggleSide, &k.ToggleSide, everywhere, false, side),
		r(actNextTab, &k.NextTab, inSide, false, side),
		r(actPrevTab, &k.PrevTab, inSide, false, side),
		r(actSelect, &k.Select, inSide, false, side),
		r(actBack, &k.Back, everywhere, false, side),
		r(actNextQuote, &k.NextQuote, everywhere, false, detectionGroup),
		r(actPrevQuote, &k.PrevQuote, everywhere, false, detectionGroup),
		r(actTogglePromos, &k.TogglePromos, everywhere, false, detectionGroup),
		r(actWordNext, &k.WordNext, inArticle, false, cursor),
		r(actWordPrev, &k.WordPrev, inArticle, false, cursor),
		r(actWordEnd, &k.WordEnd, inArticle, false, cursor),
		r(actSentenceNext, &k.SentenceNext, inArticle, false, cursor),
		r(actSentencePrev, &k.SentencePrev, inArticle, false, cursor),
		r(actParaNext, &k.ParaNext, inArticle, false, cursor),
		r(actParaPrev, &k.ParaPrev, inArticle, false, cursor),
		r(actVisual, &k.Visual, inArticle, false, cursor),
		r(actInnerObject, &k.InnerObject, inArticle, false, cursor),
		r(actAroundObject, &k.AroundObject, inArticle, false, cursor),
		r(actLabel, &k.Label, inArticle, true, tagging),
		r(actAccept, &k.Accept, inArticle, true, tagging),
		r(actReject, &k.Reject, inArticle, true, tagging),
		r(actSpeaker, &k.Speaker, inArticle, true, tagging),
		r(actFixSpan, &k.FixSpan, inArticle, true, tagging),
		r(actNote, &k.Note, inArticle, true, tagging),
		r(actUndo, &k.Undo, everywhere, true, tagging),
		r(actRedo, &k.Redo, everywhere, true, tagging),
		r(actExport, &k.Export, inArticle, false, tagging),
		r(actMoveAside, &k.MoveAside, inArticle, false, tagging),
		r(actTagDelete, &k.TagDelete, inTagsTab, true, tagsTab),
		r(actTagNote, &k.TagNote, inTagsTab, true, tagsTab),
		r(actTagRelabel, &k.TagRelabel, inTagsTab, true, tagsTab),
		r(actTagFilter, &k.TagFilter, inTagsTab, false, tagsTab),
		r(actSpeakerRename, &k.SpeakerRename, inSpeakersTab, true, speakersTab),
		r(actSpeakerMerge, &k.SpeakerMerge, inSpeakersTab, true, speakersTab),
		r(actSpeakerAcceptAll, &k.SpeakerAcceptAll, inSpeakersTab, true, speakersTab),
		r(actReviewConfirm, &k.ReviewConfirm, inReviewTab, true, reviewTab),
		r(actReviewConfirmAll, &k.ReviewConfirmAll, inReviewTab, true, reviewTab),
		r(actReviewPlace, &k.ReviewPlace, inArticle|inReviewTab, true, reviewTab),
		r(actOthers, &k.Others, everywhere, false, tagging),
		r(actHelp, &k.Help, everywhere, false, general),
		r(actQuit, &k.Quit, everywhere, false, general),
		r(actRetrySave, &k.RetrySave, everywhere, false, general),
		r(actNextDocument, &k.NextDocument, everywhere, false, corpusGroup),
		r(actPrevDocument, &k.PrevDocument, everywhere, false, corpusGroup),
		r(actNextUnfinished, &k.NextUnfinished, everywhere, false, corpusGroup),
		r(actMarkDone, &k.MarkDone, everywhere, false, corpusGroup),
		r(actSkipDocument, &k.SkipDocument, everywhere, false, corpusGroup),
		r(actDocuments, &k.Documents, everywhere, false, corpusGroup),
		r(actReport, &k.Report, everywhere, false, corpusGroup),
		r(actCorpusSpeakers, &k.CorpusSpeakers, everywhere, false, corpusGroup),
	}
	t := bindingTable{rows: rows, byAc: make(map[action]int, len(rows))}
	for i, row := range rows {
		t.byAc[row.act] = i
	}
	return t
}

// lookup is the action msg triggers in place w: the first matching row
// whose action is available now.
func (t bindingTable) lookup(msg tea.KeyMsg, w where, available func(action) bool) (bindingRow, bool) {
	for _, row := range t.rows {
		if row.where&w != 0 && key.Matches(msg, *row.binding) && available(row.act) {
			return row, true
		}
	}
	return bindingRow{}, false
}

// keyName is how messages and hints name the key of act ("u", "1-9").
func (t bindingTable) keyName(a action) string {
	i, ok := t.byAc[a]
	if !ok {
		return "?"
	}
	return t.rows[i].binding.Help().Key
}

// groups lists the bindings by help group, for FullHelp.
func (t bindingTable) groups() [][]key.Binding {
	out := make([][]key.Binding, len(helpGroupTitles))
	for _, row := range t.rows {
		out[row.group] = append(out[row.group], *row.binding)
	}
	return out
}

// keyName names the key of act for a message, from the binding table.
func (m Model) keyName(a action) string { return m.bindings.keyName(a) }
