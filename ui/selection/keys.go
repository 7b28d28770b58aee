package selection

import "github.com/annotty/annotty/model"

// Action is one thing the cursor can do, independent of the key that asks
// for it; the UI maps its KeyMap to Actions and calls State.Do.
type Action int

// The actions, in the order of Bindings.
const (
	NoAction              Action = iota // nothing
	MoveWordForward                     // w: next word start
	MoveWordBack                        // b: previous word start
	MoveWordEnd                         // e: end of the word, or of the next one
	MoveSentenceForward                 // ): next sentence
	MoveSentenceBack                    // (: sentence start, or the previous sentence
	MoveParagraphForward                // }: next shown paragraph
	MoveParagraphBack                   // {: paragraph start, or the previous paragraph
	MoveToNextQuote                     // ]: next quote
	MoveToPrevQuote                     // [: quote start, or the previous quote
	MoveToDocStart                      // g: first word of the article
	MoveToDocEnd                        // G: last word of the article
	EnterVisual                         // v: start a selection at the cursor's word
	ExitVisual                          // v or esc in visual mode: drop the selection
	BeginInnerObject                    // i in visual mode: wait for w, s, p or q
	BeginAroundObject                   // a in visual mode: wait for w, s, p or q
	CancelObject                        // any other key after i or a: drop the prefix
	SelectInnerWord                     // iw
	SelectAroundWord                    // aw
	SelectInnerSentence                 // is
	SelectAroundSentence                // as
	SelectInnerParagraph                // ip
	SelectAroundParagraph               // ap
	SelectInnerQuote                    // iq (also i" and i')
	SelectAroundQuote                   // aq (also a" and a')
)

// Binding documents one recommended key: the UI builds its key.Bindings and
// help from these so the two cannot drift.
type Binding struct {
	// Key is spelled as tea.KeyMsg.String() does ("w", "esc", "ctrl+d").
	Key string
	// Action is what the key does.
	Action Action
	// Visual is true for keys that act only in Visual mode; ObjectLetter for
	// the letters that finish a text object after i or a.
	Visual, ObjectLetter bool
	// Help is a short description for the help screen.
	Help string
}

// Bindings returns the recommended vim keys. Normal mode leaves q (quit),
// a (accept) and x (reject) to the UI: text objects exist only after v, so
// "viw", "vis", "vip", "viq" and "vaq" (or vi" and va") are the sequences.
func Bindings() []Binding {
	return append([]Binding(nil), bindings...)
}

// bindings is the table behind Bindings and KeyAction; never modified.
var bindings = []Binding{
	{Key: "w", Action: MoveWordForward, Help: "next word"},
	{Key: "b", Action: MoveWordBack, Help: "previous word"},
	{Key: "e", Action: MoveWordEnd, Help: "end of word"},
	{Key: ")", Action: MoveSentenceForward, Help: "next sentence"},
	{Key: "(", Action: MoveSentenceBack, Help: "sentence start / previous sentence"},
	{Key: "}", Action: MoveParagraphForward, Help: "next paragraph"},
	{Key: "{", Action: MoveParagraphBack, Help: "paragraph start / previous paragraph"},
	{Key: "]", Action: MoveToNextQuote, Help: "next quote"},
	{Key: "[", Action: MoveToPrevQuote, Help: "quote start / previous quote"},
	{Key: "g", Action: MoveToDocStart, Help: "start of article"},
	{Key: "G", Action: MoveToDocEnd, Help: "end of article"},
	{Key: "v", Action: EnterVisual, Help: "select (visual mode)"},
	{Key: "v", Action: ExitVisual, Visual: true, Help: "end selection"},
	{Key: "esc", Action: ExitVisual, Visual: true, Help: "end selection"},
	{Key: "i", Action: BeginInnerObject, Visual: true, Help: "inner text object (iw is ip iq)"},
	{Key: "a", Action: BeginAroundObject, Visual: true, Help: "around text object (aw as ap aq)"},
	{Key: "w", Action: SelectInnerWord, ObjectLetter: true, Help: "word"},
	{Key: "s", Action: SelectInnerSentence, ObjectLetter: true, Help: "sentence"},
	{Key: "p", Action: SelectInnerParagraph, ObjectLetter: true, Help: "paragraph"},
	{Key: "q", Action: SelectInnerQuote, ObjectLetter: true, Help: "quote"},
	{Key: `"`, Action: SelectInnerQuote, ObjectLetter: true, Help: "quote"},
	{Key: "'", Action: SelectInnerQuote, ObjectLetter: true, Help: "quote"},
}

// KeyAction returns the action of key in state s; ok is false when the key
// means nothing to the cursor in this mode (the UI handles it).
func KeyAction(s State, key string) (a Action, ok bool) {
	if s.Pending != 0 {
		for _, b := range bindings {
			if b.ObjectLetter && b.Key == key {
				return aroundVariant(b.Action, s.Pending == 'a'), true
			}
		}
		return CancelObject, true
	}
	for _, b := range bindings {
		switch {
		case b.Key != key || b.ObjectLetter:
		case b.Visual && s.Mode != Visual: // a visual-only key in normal mode
		case b.Action == EnterVisual && s.Mode == Visual: // v ends visual mode instead
		default:
			return b.Action, true
		}
	}
	return NoAction, false
}

// aroundVariant turns an inner selection action into its around twin.
func aroundVariant(a Action, around bool) Action {
	if around {
		return a + 1 // each SelectAround* follows its SelectInner*
	}
	return a
}

// Apply handles one key (tea.KeyMsg.String() spelling) and returns the new
// state; keys the cursor does not use leave it unchanged.
func Apply(s State, c Context, key string) State {
	a, ok := KeyAction(s, key)
	if !ok {
		return s
	}
	return s.Normalize(c).Do(c, a)
}

// Do performs action a and returns the new state, its cursor on a grapheme
// start of a shown paragraph (a sentence may start on a combining mark that
// belongs to the space before it).
func (s State) Do(c Context, a Action) State {
	if c.empty() {
		return s
	}
	return s.do(c, a).Normalize(c)
}

// do performs action a.
func (s State) do(c Context, a Action) State {
	switch a {
	case MoveWordForward:
		return s.wordForward(c)
	case MoveWordBack:
		return s.wordBack(c)
	case MoveWordEnd:
		return s.wordEnd(c)
	case MoveSentenceForward:
		return s.sentenceForward(c)
	case MoveSentenceBack:
		return s.sentenceBack(c)
	case MoveParagraphForward:
		return s.paragraphForward(c)
	case MoveParagraphBack:
		return s.paragraphBack(c)
	case MoveToNextQuote:
		return s.quoteForward(c)
	case MoveToPrevQuote:
		return s.quoteBack(c)
	case MoveToDocStart:
		return s.docStart(c)
	case MoveToDocEnd:
		return s.docEnd(c)
	case EnterVisual:
		s.Mode, s.Pending = Visual, 0
		s.Anchor = c.unitAt(s.Cursor)
		s.Head = s.Anchor
	case ExitVisual:
		s.Mode, s.Pending, s.Anchor = Normal, 0, model.Span{}
	case BeginInnerObject:
		s.Pending = 'i'
	case BeginAroundObject:
		s.Pending = 'a'
	case CancelObject:
		s.Pending = 0
	case SelectInnerWord, SelectAroundWord:
		return s.selectObject(c, ObjectWord, a == SelectAroundWord)
	case SelectInnerSentence, SelectAroundSentence:
		return s.selectObject(c, ObjectSentence, a == SelectAroundSentence)
	case SelectInnerParagraph, SelectAroundParagraph:
		return s.selectObject(c, ObjectParagraph, a == SelectAroundParagraph)
	case SelectInnerQuote, SelectAroundQuote:
		return s.selectObject(c, ObjectQuote, a == SelectAroundQuote)
	}
	return s
}
