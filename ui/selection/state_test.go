package selection

import (
	"testing"

	"github.com/annotty/annotty/model"
)

func TestNormalizeKeepsCursorInShownText(t *testing.T) {
	c := testContext(t, newsText)
	c.Hidden = func(p int) bool { return p == 1 }
	promo := c.Doc.Paragraphs[1].Start + 3
	s := State{Cursor: promo}.Normalize(c)
	if got := c.unitAt(s.Cursor); c.Doc.Text[got.Start:got.End] != "Critics" {
		t.Errorf("cursor in hidden promo moved to %q, want the next shown paragraph", c.Doc.Text[got.Start:got.End])
	}
	if s := (State{Cursor: len(newsText) + 40}).Normalize(c); s.Cursor >= len(newsText) {
		t.Errorf("cursor past the end stayed at %d", s.Cursor)
	}
	if s := (State{Cursor: 1}).Normalize(c); s.Cursor != 0 { // inside the 3-byte “
		t.Errorf("cursor inside a rune normalized to %d, want 0", s.Cursor)
	}
	c.Hidden = func(p int) bool { return p == 2 }
	last := c.Doc.Paragraphs[2].Start + 5
	if s := (State{Cursor: last}).Normalize(c); c.paraOf(s.Cursor) != 1 {
		t.Errorf("cursor in hidden last paragraph went to paragraph %d, want 1", c.paraOf(s.Cursor))
	}
}

func TestEverythingHiddenIsHarmless(t *testing.T) {
	c := testContext(t, newsText)
	c.Hidden = func(int) bool { return true }
	s := Start(c)
	for _, key := range splitKeys("wbe(){}[]gGviwisipiqaq<esc>") {
		s = Apply(s, c, key)
		checkInvariants(t, c, s, "all hidden")
	}
	if sel := s.TargetSpan(c); sel.Len() != 0 {
		t.Errorf("target with every paragraph hidden = %v, want empty", sel)
	}
	if s := Start(Context{}); s != (State{}) {
		t.Errorf("Start without a document = %+v", s)
	}
}

func TestDoActionsWithoutKeys(t *testing.T) {
	c := testContext(t, newsText)
	s := Start(c).Do(c, MoveToNextQuote).Do(c, EnterVisual).Do(c, MoveSentenceForward)
	if got := c.Doc.Text[s.Selection().Start:s.Selection().End]; got != "It’s a ‘well-known’ failure,” one aide said. Nobody answered" {
		t.Errorf("selection %q", got)
	}
	if again := s.Do(c, SelectAroundQuote); again != s {
		t.Errorf("quote object with no quote at or after the cursor changed the state: %+v", again)
	}
	s = s.Do(c, MoveToPrevQuote).Do(c, SelectAroundQuote)
	if got := c.Doc.Text[s.Selection().Start:s.Selection().End]; got != "“It’s a ‘well-known’ failure,”" {
		t.Errorf("around quote after motion: %q", got)
	}
	if s = s.Do(c, ExitVisual); s.Mode != Normal || s.Selection().Len() != 0 {
		t.Errorf("ExitVisual left %+v", s)
	}
}

func TestBindingsAreUnambiguous(t *testing.T) {
	seen := map[[2]string]Action{}
	for _, b := range Bindings() {
		class := "normal"
		switch {
		case b.ObjectLetter:
			class = "object"
		case b.Visual:
			class = "visual-only"
		}
		if prev, dup := seen[[2]string{class, b.Key}]; dup {
			t.Errorf("key %q bound twice in %s: %v and %v", b.Key, class, prev, b.Action)
		}
		seen[[2]string{class, b.Key}] = b.Action
		if b.Help == "" {
			t.Errorf("key %q has no help", b.Key)
		}
	}
	for _, key := range []string{"q", "a", "x", "u", "1"} {
		if a, ok := KeyAction(State{}, key); ok {
			t.Errorf("normal-mode key %q taken by the cursor (%v); the UI needs it", key, a)
		}
	}
}

// FuzzApply replays arbitrary keys over arbitrary text: no panic, and the
// cursor and selection stay valid after every key.
func FuzzApply(f *testing.F) {
	f.Add(newsText, "wwv)}]iqG<esc>", uint8(1))
	f.Add(unicodeText, "eeviw))vasbb{", uint8(0))
	f.Add(sparseText, "}}}{{{vipGg", uint8(2))
	f.Fuzz(func(t *testing.T, text, keys string, hide uint8) {
		doc, err := model.NewDocument("fuzz.txt", []byte(text), false)
		if err != nil {
			return
		}
		c := Context{Doc: doc, Quotes: findQuotes(doc.Text)}
		if hide > 0 {
			c.Hidden = func(p int) bool { return p%(int(hide)+1) == 1 }
		}
		s := Start(c)
		for _, key := range splitKeys(keys) {
			s = Apply(s, c, key)
			checkInvariants(t, c, s, keys)
		}
		_ = s.TargetSpan(c)
	})
}
