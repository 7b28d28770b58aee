package ui

import (
	"errors"
	"fmt"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui/corpusview"
	"github.com/annotty/annotty/ui/side"
	tea "github.com/charmbracelet/bubbletea"
)

// CorpusOptions configure the corpus reader.
type CorpusOptions struct {
	// Open builds the reader for one document of the corpus: it loads the
	// text (corpus.Load), opens the document's annotation store and calls
	// New. The corpus reader closes the store when it leaves the document.
	Open func(e *corpus.Entry) (Model, *model.Store, error)
	// Count runs the detectors while the corpus is scanned, for the
	// Documents tab's quote counts and reviewed share; nil counts tags only.
	Count corpus.AnalyzeFunc
	// Report runs the detectors for the report and the corpus Speakers
	// view; nil leaves those views out.
	Report corpus.AnalyzeFunc
}

// CorpusModel is the reader over a corpus: a queue of documents, one open
// at a time in its own reader (Model, with its own session, store and
// analysis). It routes messages to the open document's reader, carries out
// the queue keys that reader hands up (queueMsg), scans the corpus in the
// background (scan.go) and keeps the corpus state saved. Only the open
// document is held in memory.
type CorpusModel struct {
	c     *corpus.Corpus
	opts  CorpusOptions
	doc   Model        // the open document's reader
	store *model.Store // its annotation store (nil: in memory)
	entry *corpus.Entry
	gen   int // counts documents opened, so a closed one's messages are dropped
	start int // the cursor's byte offset when the document opened at its start
	tab   *side.DocumentsTab

	size  *tea.WindowSizeMsg
	scan  scanState
	views corpusViews // the report and the corpus Speakers view
	err   error       // why the last document could not be left (saving failed)
}

// docMsg is a message from the commands of the reader of document gen.
type docMsg struct {
	gen int
	msg tea.Msg
}

// corpusSavedMsg asks for the corpus state to be saved, after a frame.
type corpusSavedMsg struct{}

// NewCorpus opens e, a usable document of c, in the corpus reader.
func NewCorpus(c *corpus.Corpus, e *corpus.Entry, opts CorpusOptions) (CorpusModel, error) {
	m := CorpusModel{c: c, opts: opts}
	doc, store, err := opts.Open(e)
	if err != nil {
		return m, err
	}
	keys := doc.keys
	m.tab = side.NewDocumentsTab(c, keys.documentKeys(), m.tabHint(doc))
	m = m.adopt(doc, store, e, Model{})
	m.doc.message = withNotice(m.doc.message, m.resumeNote())
	return m, nil
}

// resumeNote tells a returning user where they are.
func (m CorpusModel) resumeNote() string {
	if m.entry.Position != (corpus.Position{}) {
		return "resumed " + m.entry.Path
	}
	return ""
}

// tabHint is the Documents tab's key line, from the binding table.
func (m CorpusModel) tabHint(doc Model) string {
	return doc.keyName(actSelect) + " open · " + doc.keyName(actDocSort) + " sort · " +
		doc.keyName(actDocStatusFilter) + " status · " + doc.keyName(actDocNameFilter) + " name"
}

// Corpus is the corpus the reader works through.
func (m CorpusModel) Corpus() *corpus.Corpus { return m.c }

// Store is the open document's annotation store, for the caller to close
// after the program ends (nil when there is none).
func (m CorpusModel) Store() *model.Store { return m.store }

// Current is the open document's corpus path.
func (m CorpusModel) Current() string { return m.entry.Path }

// Document is the open document's reader (tests look at it).
func (m CorpusModel) Document() Model { return m.doc }

// Init starts the open document's reader; the scan starts at the first frame.
func (m CorpusModel) Init() tea.Cmd { return m.wrap(m.doc.Init()) }

// Update routes a message: the corpus's own (queue keys, the scan, the
// Documents tab's choice, the corpus views) here, the rest to the open
// document's reader.
func (m CorpusModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case docMsg:
		return m.fromDocument(msg)
	case queueMsg:
		return m.queue(msg.act)
	case side.OpenDocumentMsg:
		return m.openPath(msg.Path)
	case scanMsg:
		return m.scanned(msg)
	case corpusSavedMsg:
		return m.saveState(), nil
	case tea.WindowSizeMsg:
		first := m.size == nil
		m.size = &msg
		m.views.setSize(msg.Width, msg.Height)
		cmd := m.forward(msg)
		if first { // the article has its width only now: go to the place left
			m.doc = m.doc.restorePosition(m.entry.Position)
			cmd = tea.Batch(cmd, m.startScan())
		}
		return m, cmd
	case tea.KeyMsg:
		if m.views.open() {
			return m.viewKey(msg)
		}
		rev := m.doc.sess.Revision()
		cmd := m.forward(msg)
		if m.doc.sess.Revision() != rev { // a tag made or removed: the Documents tab counts it
			m = m.noteCounts()
		}
		return m, cmd
	case reportMsg:
		m.views.setReport(msg)
		if held := m.scan.held; held != nil {
			m.scan.held = nil
			return m.scanned(*held)
		}
		return m, nil
	case speakerQuotesMsg:
		m.views.setQuotes(msg)
		return m, nil
	case corpusview.ListQuotesMsg:
		return m, m.listQuotes(msg.Speaker)
	case corpusview.OpenQuoteMsg:
		return m.openQuote(msg.Quote)
	}
	return m, m.forward(msg)
}

// forward hands msg to the open document's reader.
func (m *CorpusModel) forward(msg tea.Msg) tea.Cmd {
	next, cmd := m.doc.Update(msg)
	m.doc = next.(Model)
	return m.wrap(cmd)
}

// wrap tags the messages cmd yields with the open document, so those of a
// document already left are dropped.
func (m CorpusModel) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	gen := m.gen
	return func() tea.Msg { return docMsg{gen: gen, msg: cmd()} }
}

// fromDocument delivers a message of the open document's commands, runs
// the commands a batch holds, and turns the reader's quit into the
// corpus's (position and state saved first).
func (m CorpusModel) fromDocument(msg docMsg) (tea.Model, tea.Cmd) {
	if msg.gen != m.gen {
		return m, nil // a document already left
	}
	switch inner := msg.msg.(type) {
	case nil:
		return m, nil
	case tea.BatchMsg:
		cmds := make([]tea.Cmd, len(inner))
		for i, cmd := range inner {
			cmds[i] = m.wrap(cmd)
		}
		return m, tea.Batch(cmds...)
	case tea.QuitMsg:
		m = m.leave()
		m = m.saveState()
		return m, tea.Quit
	case queueMsg, side.OpenDocumentMsg:
		return m.Update(inner)
	case AnalysisDoneMsg:
		cmd := m.forward(inner)
		return m.noteCounts(), cmd
	}
	return m, m.forward(msg.msg)
}

// leave records where the user is in the open document (position, tags)
// and saves its annotations.
func (m CorpusModel) leave() CorpusModel {
	m.doc = m.doc.flushAnnotations()
	runes := m.doc.doc.Runes()
	pos := corpus.Position{
		Top:    runes.RuneOffset(m.doc.article.TopOffset()),
		Cursor: runes.RuneOffset(m.doc.cursor.at()),
	}
	if m.doc.article.TopOffset() == 0 && m.doc.cursor.at() == m.start {
		pos = corpus.Position{} // not read yet: still new
	}
	m.c.SetPosition(m.entry.Path, pos)
	return m.noteCounts()
}

// noteCounts gives the corpus the open document's figures as the session
// has them (tags; quotes and reviewed detections once analysed), so the
// Documents tab shows the work just done.
func (m CorpusModel) noteCounts() CorpusModel {
	set := m.doc.sess.Set()
	counts := m.entry.Counts
	counts.Tags = set.Len()
	if a := m.doc.sess.Analysis(); a != nil {
		counts.Analysed, counts.Quotes, counts.Detections, counts.Reviewed = true, len(a.Quotes), 0, 0
		for _, d := range model.DetectionsOf(a) {
			counts.Detections++
			if set.Reviewed(d) {
				counts.Reviewed++
			}
		}
	}
	if !m.views.building { // the report reads the entries meanwhile; the tag count below is enough
		m.c.Apply(corpus.Facts{Path: m.entry.Path, Size: m.entry.Size, SHA256: m.doc.doc.SHA256(), Counts: counts})
	}
	m.c.NoteTags(m.entry.Path, counts.Tags)
	return m.refreshLine()
}

// saveState writes the corpus state; a failure shows in the status line.
func (m CorpusModel) saveState() CorpusModel {
	if m.c.StateError() != nil {
		return m // announced at the start; a corrupt state file is left untouched
	}
	if err := m.c.Save(); err != nil {
		m.doc.message = "corpus state NOT saved: " + err.Error()
	}
	return m.refreshLine()
}

// openPath opens the document at path (the Documents tab's enter).
func (m CorpusModel) openPath(path string) (tea.Model, tea.Cmd) {
	e, err := m.c.Select(path)
	if err != nil {
		m.doc.message = err.Error()
		return m, nil
	}
	return m.switchTo(e, true)
}

// switchTo leaves the open document (saving its work first) and opens e:
// its first frame at the position left, its analysis after. toArticle
// moves the focus to the article (a choice in the Documents tab).
func (m CorpusModel) switchTo(e *corpus.Entry, toArticle bool) (tea.Model, tea.Cmd) {
	if e.Path == m.entry.Path {
		if toArticle {
			m.doc.focus = focusArticle
		}
		return m, nil
	}
	m = m.leave()
	if err := m.leftSafely(); err != nil {
		m.c.Select(m.entry.Path) //nolint:errcheck // the open document stays current
		m.doc.message = err.Error()
		return m, nil
	}
	doc, store, err := m.opts.Open(e)
	if err != nil {
		_, _ = m.c.Select(m.entry.Path)
		m.doc.message = "cannot open " + e.Path + ": " + err.Error()
		return m, nil
	}
	old := m.doc
	if old.analysis != nil {
		old.analysis.cancel()
	}
	if old.reanchor != nil {
		old.reanchor.cancel()
	}
	if m.store != nil {
		_ = m.store.Close() // saved above: Close only releases the lock
	}
	m.gen++
	m = m.adopt(doc, store, e, old)
	if toArticle {
		m.doc.focus = focusArticle
	}
	m.doc.message = withNotice(m.doc.message, e.Path+" ("+string(e.Status)+")")
	return m, tea.Batch(m.wrap(m.doc.Init()), func() tea.Msg { return corpusSavedMsg{} })
}

// leftSafely reports why the open document cannot be left: its annotations
// could not be saved (the reader shows LAST SAVE FAILED; quitting writes a
// rescue copy).
func (m CorpusModel) leftSafely() error {
	if m.store != nil && m.store.UnsavedChanges() {
		reason := m.doc.sess.LastSaveError()
		if reason == nil {
			reason = errors.New("not saved yet")
		}
		return fmt.Errorf("staying on %s: its annotations are not saved (%v); quit keeps a rescue copy", m.entry.Path, reason)
	}
	return nil
}

// adopt makes doc (for e) the open document: it joins the corpus (queue
// keys, Documents tab, progress line), takes the pane layout of the
// document left (prev; zero for the first), gets the window size and is
// put at the position e was left at.
func (m CorpusModel) adopt(doc Model, store *model.Store, e *corpus.Entry, prev Model) CorpusModel {
	doc.inCorpus = true
	doc.side.AddTab(m.tab)
	if prev.doc != nil {
		doc.sideOpen, doc.focus = prev.sideOpen, prev.focus
		if prev.focus != focusArticle && prev.focus != focusSide {
			doc.focus = focusArticle
		}
		if active := prev.side.ActiveTab(); active != nil {
			if _, ok := active.(*side.DocumentsTab); ok {
				doc.side.ShowTab(m.tab)
			}
		}
	}
	m.doc, m.store, m.entry = doc, store, e
	m.tab.SetCurrent(e.Path)
	if m.size != nil {
		m.doc, _ = m.doc.setSize(m.size.Width, m.size.Height)
	}
	m.start = m.doc.cursor.at()
	m.doc = m.doc.restorePosition(e.Position)
	return m.refreshLine()
}

// flushAnnotations keeps a note being edited and writes the annotations
// now (Session.Flush), before the corpus reader leaves the document.
func (m Model) flushAnnotations() Model {
	if m.focus == focusNote {
		m = m.commitNote()
	}
	m.sess.Flush()
	return m
}

// restorePosition puts the article and the cursor where the user left them
// (code-point offsets, as the corpus stores them).
func (m Model) restorePosition(pos corpus.Position) Model {
	if pos == (corpus.Position{}) {
		return m
	}
	runes := m.doc.Runes()
	m.article.JumpTo(runes.ByteOffset(pos.Top))
	m.cursor.place(m.doc, runes.ByteOffset(pos.Cursor))
	m.side.Follow(m.article.TopOffset())
	return m
}

// refreshLine rebuilds the status line's corpus part.
func (m CorpusModel) refreshLine() CorpusModel {
	m.doc.corpusLine = m.scan.line(m.c.Progress())
	return m
}

// queue carries out a corpus key.
func (m CorpusModel) queue(act action) (tea.Model, tea.Cmd) {
	var step func() (*corpus.Entry, bool)
	none := ""
	switch act {
	case actNextDocument:
		step, none = m.c.Next, "this is the last document"
	case actPrevDocument:
		step, none = m.c.Prev, "this is the first document"
	case actNextUnfinished:
		step, none = m.c.NextUnfinished, "every other document is done or skipped"
	case actMarkDone, actSkipDocument:
		return m.finish(act)
	case actDocuments:
		return m.showDocuments(), nil
	case actReport, actCorpusSpeakers:
		return m.openView(act)
	}
	e, ok := m.checked(step())
	if !ok {
		m.doc.message = none
		return m, nil
	}
	return m.switchTo(e, false)
}

// checked passes over documents that turn out not to open (binary, empty,
// gone since the listing; the scan has not reached them yet): each is
// checked first, and the queue steps on from a bad one, which the
// Documents tab then lists with its reason. The open document stays the
// corpus's current one when nothing else opens.
func (m CorpusModel) checked(e *corpus.Entry, ok bool) (*corpus.Entry, bool) {
	for tries := 0; ok && !m.c.Check(e) && tries < m.c.Len(); tries++ {
		e, ok = m.c.NextUnfinished()
		if ok && e.Path == m.entry.Path {
			return e, true
		}
	}
	if !ok || !e.Usable() {
		_, _ = m.c.Select(m.entry.Path)
		return nil, false
	}
	return e, true
}

// finish marks the open document done or skipped and opens the next
// unfinished one (or stays, saying the corpus is finished).
func (m CorpusModel) finish(act action) (tea.Model, tea.Cmd) {
	mark, word := m.c.MarkDone, "done"
	if act == actSkipDocument {
		mark, word = m.c.Skip, "skipped"
	}
	left := m.entry.Path
	e, ok := m.checked(mark())
	if !ok || e.Path == left {
		m = m.refreshLine()
		m.tab.SetCurrent(m.entry.Path)
		m.doc.message = left + " " + word + " · every document is done or skipped: " + m.c.Progress().String()
		return m, func() tea.Msg { return corpusSavedMsg{} }
	}
	next, cmd := m.switchTo(e, false)
	nm := next.(CorpusModel)
	if nm.entry.Path != left {
		nm.doc.message = left + " " + word + " · now " + e.Path
	}
	return nm, cmd
}

// showDocuments opens the side pane on the Documents tab, focused.
func (m CorpusModel) showDocuments() CorpusModel {
	m.doc.sideOpen, m.doc.focus = true, focusSide
	m.doc.side.ShowTab(m.tab)
	m.tab.SetCurrent(m.entry.Path)
	if m.size != nil {
		m.doc, _ = m.doc.setSize(m.size.Width, m.size.Height)
	}
	return m
}

// View draws a corpus view when one is open, else the document's reader.
func (m CorpusModel) View() string {
	if m.views.open() {
		return m.views.view(m.doc.styles, m.doc.corpusLine, m.doc.keyName(actBack))
	}
	return m.doc.View()
}

// RescueWanted reports whether the user chose to quit with a rescue copy of
// the open document's unsaved annotations.
func (m CorpusModel) RescueWanted() bool { return m.doc.RescueWanted() }
