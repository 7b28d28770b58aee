package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/overlay"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/side"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// focus says which part of the reader receives keys.
type focus int

const (
	focusArticle focus = iota // reading
	focusSide                 // browsing the side pane
	focusSearch               // typing a search query
	focusHelp                 // the help overlay is open
	focusNote                 // editing a tag's note
	focusPicker               // choosing a quote's speaker (or the speaker to merge into)
	focusRename               // typing a speaker's new name
)

// Options configure the reader.
type Options struct {
	// Measure is the widest the text may be, in columns (--width); 0 means 80.
	Measure int
	// Styles are the theme's styles; nil means the dark theme.
	Styles *Styles
	// Keys is the key map; the zero value means DefaultKeyMap.
	Keys *KeyMap
	// Analyze, when set, runs in the background after the first frame and
	// its result is delivered once to the session.
	Analyze AnalyzeFunc
	// Store holds the annotations and saves them (model.OpenStore); nil
	// keeps them in memory only.
	Store *model.Store
	// Labels are the labels keys 1-9 apply; nil means model.DefaultLabels.
	Labels *model.LabelSet
	// Start, when not empty, opens the reader with the cursor on that span
	// (byte offsets), scrolled into view (start.go).
	Start model.Span
	// Notice stays in the status line beside the first messages ("editing
	// gold · q returns to adjudication").
	Notice string
}

// Model is the reader's root model: it holds the focus, the session and the
// child views. Update routes a message (keys through the binding table),
// applies the session's outcome once (save, message) and gives every pane
// its size; View only reads.
type Model struct {
	doc      *model.Document
	sess     *session.Session // the document, the annotations, the analysis and every operation
	keys     *KeyMap          // shared by every copy of the model, as the overlays below are
	bindings bindingTable     // the one place keys come from
	styles   *Styles

	width, height int
	focus         focus
	sideOpen      bool

	article article.Pane
	side    side.Pane
	help    overlay.Help
	input   *overlay.Prompt // nil until a prompt opens

	message  string
	analysis *analysisRun // the background analysis Init starts (nil: none)

	detect *layers.Detections // the detection layer: quotes, speakers and promos
	quotes *side.QuotesTab    // the Quotes tab, whose selected quote's detail the root renders
	notice string             // what the first frame said about the annotations

	// The tag layer, the cursor handle, the note editor and the speaker picker.
	tags             *layers.Tags
	cursor           *cursorState
	note             *overlay.NoteEditor // nil until a note is opened
	noteReturn       focus
	picker           *overlay.SpeakerPicker // nil until a picker opens
	merging          string                 // the speaker the picker merges (picker open from the Speakers tab)
	renaming         string                 // the speaker the rename prompt renames
	confirmMoveAside bool

	// Corpus mode (corpus*.go): the CorpusModel above sets these.
	inCorpus   bool   // the queue keys go up to the corpus reader
	corpusLine string // "done 12 / 340 · 3%", and the scan's progress bar
	// Saving and the store's later arrivals (saving.go).
	confirmQuit  bool                // quit found unsaved changes and asks what to do
	quitAsk      overlay.QuitConfirm // the question it asks
	rescueOnExit bool                // the user chose to quit with a rescue copy
	reanchor     *reanchorRun        // the deferred placing of saved tags (nil: none)
	review       *side.ReviewTab     // the Review tab, added once tags need review (nil before)
	revealStart  bool                // the first layout scrolls the cursor into view (Options.Start)
	othersProbe  func() []string     // names the other annotators' files (others.go), off the first frame
}

// New builds the reader for doc.
func New(doc *model.Document, opts Options) Model {
	styles := opts.Styles
	if styles == nil {
		styles = theme.NewStyles(theme.DarkTheme(), theme.NewRenderer(theme.DarkTheme(), 0))
	}
	keys := DefaultKeyMap()
	if opts.Keys != nil {
		keys = *opts.Keys
	}
	var store session.Store
	var set *model.AnnotationSet
	if opts.Store != nil {
		store, set = opts.Store, opts.Store.Set()
	}
	m := Model{
		doc: doc, keys: &keys, styles: styles, bindings: newBindingTable(&keys), // both point into this copy
		sess:    session.New(doc, session.Options{Store: store, Set: set, Labels: opts.Labels, AnalysisWanted: opts.Analyze != nil}),
		article: article.New(doc, styles, opts.Measure),
		side:    side.NewPane(styles),
		help:    overlay.NewHelp(styles),
	}
	if doc.Markdown {
		m.article.SetHighlighter("markdown", article.NewMarkdownHighlighter(styles))
	}
	m.article.SetHighlighter("search", searchLayer{sess: m.sess, styles: styles})
	m.article.SetHeader(pageHeader(doc.Page))
	m.side.AddTab(side.NewOutlineTab(doc))
	m.addDetections()
	m.addAnnotations()
	m.addOthers(opts.Store)
	m.startOn(opts.Start, opts.Notice)
	if opts.Analyze != nil {
		m.analysis = newAnalysisRun(opts.Analyze, doc)
		m.message = withNotice(m.message, "analyzing…")
	}
	if m.sess.Pending() != nil {
		m.reanchor = newReanchorRun()
		m.notice = withNotice(m.notice, "placing saved tags…") // kept when the analysis ends first
		m.message = withNotice("placing saved tags…", m.message)
	}
	return m
}

// invalidUTF8Notice says how many bad bytes were replaced; it stays in the
// status line beside other messages, so the reader knows the text was altered.
func (m Model) invalidUTF8Notice() string {
	if m.doc.InvalidUTF8 == 0 {
		return ""
	}
	return "replaced " + session.Count(m.doc.InvalidUTF8, "invalid UTF-8 sequence")
}

// withNotice joins a standing notice and a message for the status line.
func withNotice(notice, message string) string {
	switch {
	case notice == "":
		return message
	case message == "":
		return notice
	}
	return notice + " · " + message
}

// Init starts the analysis in the background (when there is one); it waits
// a moment first, so the first frame goes out before it competes for the CPU.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.startReanchor(), m.takeOverTick(), m.probeOthers()}
	if m.analysis != nil {
		cmds = append(cmds, m.analysis.start())
	}
	return tea.Batch(cmds...)
}

// Update handles one message, then schedules a save when the annotations
// changed (saving.go): no save work on the key path.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	nm := next.(Model)
	return nm, nm.afterMessage(cmd)
}

// update routes one message to whoever handles it.
func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case saveDueMsg:
		return m, m.startSave()
	case savedMsg:
		return m.saved(msg), nil
	case takeOverTickMsg:
		return m.tryTakeOver()
	case reanchorMsg:
		return m.reanchored(msg)
	case tea.WindowSizeMsg:
		return m.setSize(msg.Width, msg.Height)
	case tea.KeyMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg), nil
	case side.JumpMsg:
		m.article.JumpTo(msg.Offset)
		m = m.cursorTo(msg.Offset)
		if msg.Focus {
			m.focus = focusArticle
		}
		m.side.Follow(m.article.TopOffset())
	case searchDoneMsg:
		return m.searchDone(msg), nil
	case article.PrewrappedMsg:
		m.article.AdoptPrewrap(msg)
	case overlay.HelpRenderedMsg:
		m.help.SetRendered(msg)
		if m.help.NeedsRender() && m.focus == focusHelp {
			return m, m.help.Render()
		}
	case AnalysisProgressMsg:
		m.message = analysisStatus(msg)
		return m, waitAnalysis(m.analysis.events)
	case AnalysisDoneMsg:
		m = m.analysisDone(msg).withStartupNotice()
		return m, m.quoteDetailCmd()
	case othersFoundMsg:
		return m.othersFound(msg), nil
	case layers.QuoteDetailMsg:
		m.detect.Detail.Set(msg)
	case side.TagActionMsg:
		if why := m.readOnlyReason(); why != "" && msg.Action != side.TagExplainOrphan && msg.Action != side.TagReadOnly {
			m.message = why
			return m, nil
		}
		return m.tagAction(msg), nil
	case side.ReviewActionMsg:
		if why := m.readOnlyReason(); why != "" && msg.Action != side.ReviewNoPlace {
			m.message = why
			return m, nil
		}
		return m.reviewAction(msg), nil
	case ShutdownMsg: // a signal: save what can be saved and go (the CLI rescues the rest)
		if m.focus == focusNote {
			m = m.commitNote()
		}
		m.sess.Flush()
		return m.leave()
	}
	return m, nil
}

// SetSize lays out every child for a width x height terminal.
func (m Model) setSize(width, height int) (Model, tea.Cmd) {
	m.width, m.height = width, height
	bodyHeight := max(height-1, 1)
	articleWidth := width
	if m.sideOpen {
		sw := sideWidth(width)
		m.side.SetSize(sw, bodyHeight)
		articleWidth = width - sw
	}
	if articleWidth > 0 {
		m.article.SetSize(articleWidth, bodyHeight)
		m = m.revealStartOnce()
	}
	m.help.SetSize(width, bodyHeight)
	if m.analysis != nil {
		m.analysis.firstFrame()
	}
	if m.note != nil {
		m.note.SetSize(width, overlay.BoxHeight(bodyHeight))
	}
	cmds := []tea.Cmd{m.quoteDetailCmd(), m.prewrapCmd()}
	if m.focus == focusHelp && m.help.NeedsRender() {
		cmds = append(cmds, m.help.Render())
	}
	return m, tea.Batch(cmds...)
}

// prewrapCmd wraps the article's long paragraphs whole in the background
// (article.Pane.Prewrap), or is nil when there are none.
func (m Model) prewrapCmd() tea.Cmd {
	work := m.article.Prewrap()
	if work == nil {
		return nil
	}
	return func() tea.Msg { return work() }
}

// handleMouse scrolls the pane under the wheel.
func (m Model) handleMouse(msg tea.MouseMsg) Model {
	if next, ok := m.handleMouseCursor(msg); ok {
		return next
	}
	if msg.Action != tea.MouseActionPress {
		return m
	}
	const wheelLines = 3
	switch msg.Button {
	case tea.MouseButtonWheelDown:
		if m.focus == focusHelp {
			m.help.ScrollBy(wheelLines)
		} else {
			m.article.ScrollDown(wheelLines)
		}
	case tea.MouseButtonWheelUp:
		if m.focus == focusHelp {
			m.help.ScrollBy(-wheelLines)
		} else {
			m.article.ScrollUp(wheelLines)
		}
	default:
		return m
	}
	m = m.cursorOnScreen()
	m.side.Follow(m.article.TopOffset())
	return m
}

// analysisDone delivers the analysis once, to the session (which indexes
// it), then lets the detection layer build its decoration indexes.
func (m Model) analysisDone(msg AnalysisDoneMsg) Model {
	defer m.analysis.indexed()
	m.sess.SetAnalysis(msg.Analysis, msg.Err)
	if msg.Err != nil {
		m.message = "analysis failed: " + msg.Err.Error()
		return m
	}
	m.detect.SetAnalysis()
	m.message = m.holdings()
	return m
}

// toggleSide implements Tab: open and focus, then close.
func (m Model) toggleSide() (Model, tea.Cmd) {
	switch {
	case !m.sideOpen:
		m.sideOpen, m.focus = true, focusSide
		m.side.Follow(m.article.TopOffset())
	case m.focus == focusSide:
		m.sideOpen, m.focus = false, focusArticle
	default:
		m.focus = focusSide
	}
	return m.setSize(m.width, m.height)
}

// KeyMap feeds bubbles' help component as well as the overlay.
var _ help.KeyMap = KeyMap{}
