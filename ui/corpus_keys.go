package ui

import (
	"github.com/annotty/annotty/ui/side"
	"github.com/charmbracelet/bubbles/key"
)

// CorpusKeys are the keys that move through a corpus (annotty DIR) and
// the Documents tab's own keys. Outside a corpus they say so.
type CorpusKeys struct {
	// The queue.
	NextDocument, PrevDocument, NextUnfinished, MarkDone, SkipDocument key.Binding
	// The corpus views.
	Documents, Report, CorpusSpeakers key.Binding
	// The Documents tab.
	DocSort, DocStatusFilter, DocNameFilter key.Binding
}

// DefaultCorpusKeys are the corpus keys: capitals and angle brackets the
// reader leaves free.
func DefaultCorpusKeys() CorpusKeys {
	b := newBinding
	return CorpusKeys{
		NextDocument:    b(">", "corpus: next document", ">"),
		PrevDocument:    b("<", "corpus: previous document", "<"),
		NextUnfinished:  b("U", "corpus: next unfinished document", "U"),
		MarkDone:        b("D", "corpus: mark done, open the next unfinished", "D"),
		SkipDocument:    b("S", "corpus: skip the document, open the next unfinished", "S"),
		Documents:       b("O", "corpus: the Documents tab (open, focus)", "O"),
		Report:          b("R", "corpus: who is quoted (the report)", "R"),
		CorpusSpeakers:  b("W", "corpus: every speaker across the corpus", "W"),
		DocSort:         b("s", "Documents tab: sort by listed order, name, status", "s"),
		DocStatusFilter: b("f", "Documents tab: filter by status (cycles)", "f"),
		DocNameFilter:   b("/", "Documents tab: filter by name (enter keeps, esc clears)", "/"),
	}
}

// documentKeys are the Documents tab's keys, for the tab.
func (k KeyMap) documentKeys() side.DocumentKeys {
	return side.DocumentKeys{Sort: k.DocSort, StatusFilter: k.DocStatusFilter, NameFilter: k.DocNameFilter}
}

// corpusActions are the actions only a corpus reader carries out; the
// document's reader hands them up as a queueMsg.
var corpusActions = map[action]bool{
	actNextDocument: true, actPrevDocument: true, actNextUnfinished: true, actMarkDone: true,
	actSkipDocument: true, actDocuments: true, actReport: true, actCorpusSpeakers: true,
}

// queueMsg carries a corpus action from the document's reader to the corpus reader.
type queueMsg struct{ act action }

// corpusAction says a corpus key does nothing outside a corpus.
func (m Model) corpusAction(action) Model {
	m.message = "not in a corpus: annotty DIR opens a folder of articles (docs/corpus.md)"
	return m
}
