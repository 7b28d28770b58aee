package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
)

const teamStory = `Ferry fares will rise by 8% in March, the authority said.

"We have held prices for three years," said María López, its chief executive. 🚢

Commuters were unimpressed. "It is the third rise," said Tom Reed.
`

// teamDoc writes teamStory as ferry.txt with bob's and cy's sidecars beside
// it and returns the article.
func teamDoc(t *testing.T) *model.Document {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "ferry.txt")
	if err := os.WriteFile(path, []byte(teamStory), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := mustDoc(t, path, teamStory)
	write := func(author string, tags ...[3]string) {
		set := model.NewAnnotationSet(doc, model.SetOptions{Author: author})
		for _, g := range tags {
			i := strings.Index(teamStory, g[1])
			if _, err := set.Add(model.Annotation{Label: g[0], Span: model.Span{Start: i, End: i + len(g[1])}, Speaker: g[2]}); err != nil {
				t.Fatal(err)
			}
		}
		data, _ := model.NewAnnotationFile(set, nil).MarshalIndent()
		if err := os.WriteFile(model.AuthorSidecarName(path, author), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bob", [3]string{"claim", "Ferry fares will rise by 8% in March", ""}, [3]string{"quote", "We have held prices for three years", "María López"})
	write("cy", [3]string{"quote", "It is the third rise", "Tom Reed"})
	return doc
}

// Bob's tags shown beside none of one's own (80x24); everyone's, with the
// Tags tab listing theirs read-only (120x40).
func TestGoldenOthers(t *testing.T) {
	doc := teamDoc(t)
	runGolden(t, doc, 80, 24, "A")
	runGolden(t, doc, 120, 40, "1", "A", "A", "A", "tab", "h", "wait:read-only")
}

// Without colour the others' tags are bold (one's own are underlined) and
// their lines carry the gutter mark.
func TestGoldenOthersStyled(t *testing.T) {
	m := New(teamDoc(t), Options{Styles: noColourStyles()})
	m = deliver(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	m = press(t, m, "1", "A")
	view := m.View()
	if !strings.Contains(view, "\x1b[1m") || !strings.Contains(view, "┆") {
		t.Fatalf("no bold or gutter mark for bob's tags:\n%q", view)
	}
	golden.RequireEqual(t, []byte(styledScreen(view)))
}

func TestOthersKeys(t *testing.T) {
	m := sized(teamDoc(t), 120, 40)
	m = press(t, m, "A")
	if st := screen(m); !strings.Contains(st, "bob's tags") || !strings.Contains(st, "showing bob's tags (2 tags, read-only)") {
		t.Fatalf("after A the status line does not name bob:\n%s", st)
	}
	if got := m.cursorDescription(); got != "bob: claim" {
		t.Errorf("cursor on bob's claim says %q", got)
	}
	m = press(t, m, "A")
	if !strings.Contains(screen(m), "cy's tags") {
		t.Fatal("second A does not show cy")
	}
	m = press(t, m, "A", "tab", "h")
	if st := screen(m); !strings.Contains(st, "bob's tags (read-only) · 2 tags") || !strings.Contains(st, "cy's tags (read-only) · 1 tag") {
		t.Fatalf("the Tags tab does not list theirs:\n%s", st)
	}
	m = press(t, m, "j", "j", "d") // bob's claim
	if m.sess.Set().Len() != 0 || !strings.Contains(m.message, "bob's tags are read-only") {
		t.Errorf("d on bob's tag: %d own tags, message %q", m.sess.Set().Len(), m.message)
	}
	m = press(t, m, "esc", "A")
	if st := screen(m); strings.Contains(st, "tags of bob") || !strings.Contains(st, "hidden") {
		t.Errorf("the fourth A should hide them:\n%s", st)
	}
}

func TestOthersHintInTheIdleStatusLine(t *testing.T) {
	m := sized(teamDoc(t), 120, 40)
	m = deliverCmd(t, m, m.Init())
	if got := m.holdings(); !strings.Contains(got, "A 2 others' tags") {
		t.Errorf("holdings %q lack the hint", got)
	}
	m = press(t, m, "A")
	if got := m.holdings(); strings.Contains(got, "others' tags") {
		t.Errorf("while shown the hint goes: %q", got)
	}
}
