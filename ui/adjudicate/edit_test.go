package adjudicate

import (
	"strings"
	"testing"

	adj "github.com/annotty/annotty/model/adjudicate"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

func TestEditTakesTheSelectedVersionAndAsksForTheReader(t *testing.T) {
	tests := []struct {
		keys    []string
		author  string // whose version went into gold
		speaker string // the gold quote's speaker
	}{
		{[]string{"e"}, "ann", "Maria Lopez"},
		{[]string{"tab", "e"}, "bob", "Lopez"},
		{[]string{"l", "h", "e"}, "ann", "Maria Lopez"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.keys, ""), func(t *testing.T) {
			c := corpus(t)
			m := press(New(c, plainStyles()), tc.keys[:len(tc.keys)-1]...)
			next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("e")})
			m = next.(Model)
			if cmd == nil {
				t.Fatal("e did not quit the program for the reader")
			}
			if _, quit := cmd().(tea.QuitMsg); !quit {
				t.Fatal("e's command is not tea.Quit")
			}
			req, ok := m.EditRequested()
			if !ok || req.Job != c.Jobs[0] {
				t.Fatalf("edit request %+v %v", req, ok)
			}
			if got := req.Job.Doc.Text[req.Span.Start:req.Span.End]; !strings.Contains(got, "We have held prices") {
				t.Errorf("the reader would open on %q", got)
			}
			if left, _ := c.Progress(); left != 2 {
				t.Errorf("left %d, want 2: e decides", left)
			}
			st, err := adj.LoadState(adj.StatePath(c.Dir))
			if err != nil || len(st.Documents["ferry.txt"].Decisions) != 1 || st.Documents["ferry.txt"].Decisions[0].Author != tc.author {
				t.Fatalf("progress saved before the reader opens: %+v %v", st, err)
			}
			found := false
			for _, a := range c.Jobs[0].Session.Gold().All() {
				found = found || (a.Label == "quote" && a.Speaker == tc.speaker && a.ProposedBy == tc.author)
			}
			if !found {
				t.Errorf("gold lacks %s's quote (speaker %s)", tc.author, tc.speaker)
			}
			m = m.Resume("back from the reader")
			if _, ok := m.EditRequested(); ok {
				t.Error("Resume keeps the request")
			}
			if v := ansi.Strip(m.View()); !strings.Contains(v, "back from the reader") || !strings.Contains(v, "disagreements left: 2 / 3") {
				t.Errorf("after Resume:\n%s", v)
			}
		})
	}
}

func TestEditWithNothingLeftStays(t *testing.T) {
	c := corpus(t)
	m := press(New(c, plainStyles()), "n", "n", "n")
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("e")})
	if cmd != nil {
		t.Error("e with nothing left quit")
	}
	if _, ok := next.(Model).EditRequested(); ok {
		t.Error("e with nothing left asked for the reader")
	}
}
