package side

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/corpus"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// Golden screens of each tab on its own, in a pane the size the reader
// gives it on an 80x24 (28x23) and a 120x40 (40x39) terminal, focused, the
// cursor one row down from the reading position; -update rewrites them.

// tabsArticle is a short story with quotes by two speakers, a promo line,
// a heading, and text in CJK, emoji and combining marks.
const tabsArticle = "# Harbour ferry returns 🎉\n\n" +
	"The ferry to the islands will run again on Monday, officials said.\n\n" +
	"\"We will not stop until every route is open,\" said Ana Ruiz, the harbour director.\n\n" +
	"Tom Baker, a council member, said: \"The money is there, and the boats are ready.\"\n\n" +
	"READ MORE: Council approves the new harbour budget\n\n" +
	"Visitors from 東京 and Zoë's café crowd waited on the pier.\n\n" +
	"\"It is a good day for the islands,\" Ruiz said.\n"

// tabsSession is a session over tabsArticle with its analysis and three
// tags, one with a note.
func tabsSession(t *testing.T) (*session.Session, *layers.Detections) {
	t.Helper()
	doc, err := model.NewDocument("harbour.txt", []byte(tabsArticle), false)
	if err != nil {
		t.Fatal(err)
	}
	sess := session.New(doc, session.Options{AnalysisWanted: true})
	d := layers.NewDetections(sess, plainStyles())
	sess.SetAnalysis(annotate.Analyze(doc), nil)
	d.SetAnalysis()
	for i, phrase := range []string{"The ferry to the islands will run again", "The money is there", "Visitors from 東京"} {
		start := strings.Index(tabsArticle, phrase)
		if o := sess.Tag(1+i, model.Span{Start: start, End: start + len(phrase)}); o.Err != nil || !o.Changed {
			t.Fatalf("tagging %q: %+v", phrase, o)
		}
	}
	a, _ := sess.TagAt(strings.Index(tabsArticle, "The money"))
	sess.SetNote(a.ID, "check the figure with the council")
	return sess, d
}

// runTabGolden draws tab alone in a pane at both sizes, after a j.
func runTabGolden(t *testing.T, newTab func() Tab) {
	keys := Keys{Down: keyBinding("j")}
	for _, size := range [][2]int{{28, 23}, {40, 39}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := NewPane(plainStyles())
			p.AddTab(newTab().Follow(0))
			p.SetSize(size[0], size[1])
			p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")}, keys)
			golden.RequireEqual(t, []byte(ansi.Strip(p.View(true))))
		})
	}
}

func TestGoldenOutlineTab(t *testing.T) {
	sess, _ := tabsSession(t)
	runTabGolden(t, func() Tab { return NewOutlineTab(sess.Document()) })
}

func TestGoldenQuotesTab(t *testing.T) {
	_, d := tabsSession(t)
	runTabGolden(t, func() Tab { return NewQuotesTab(d) })
}

func TestGoldenSpeakersTab(t *testing.T) {
	_, d := tabsSession(t)
	runTabGolden(t, func() Tab { return NewSpeakersTab(d, "enter", "esc", "r rename · m merge") })
}

func TestGoldenPromosTab(t *testing.T) {
	_, d := tabsSession(t)
	runTabGolden(t, func() Tab { return NewPromosTab(d, "p") })
}

func TestGoldenTagsTab(t *testing.T) {
	sess, _ := tabsSession(t)
	runTabGolden(t, func() Tab {
		return NewTagsTab(layers.NewTags(sess, plainStyles()), TagKeys{}, "enter jump · d delete · c note", "1-9")
	})
}

// A story tagged, then reworded: one tag re-anchored, one orphaned.
func TestGoldenReviewTab(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	open := func(text string) *model.Store {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := model.NewDocument(path, []byte(text), false)
		if err != nil {
			t.Fatal(err)
		}
		store, err := model.OpenStore(doc, model.StoreOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return store
	}
	before := "The mayor said the bridge will close in May.\n\nA woman was arrested near the station on Friday.\n\nThe council meets again next week.\n"
	after := "The mayor said the old bridge will close in June.\n\nThe council meets again next week.\n"
	first := open(before)
	for n, phrase := range []string{"the bridge will close in May", "A woman was arrested near the station"} {
		i := strings.Index(before, phrase)
		id := fmt.Sprintf("tag-%d", n) // orphans are listed by ID
		if _, err := first.Set().Add(model.Annotation{ID: id, Label: "claim", Span: model.Span{Start: i, End: i + len(phrase)}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	store := open(after)
	t.Cleanup(func() { _ = store.Close() })
	sess := session.New(store.Set().Document(), session.Options{Store: store, Set: store.Set()})
	runTabGolden(t, func() Tab { return NewReviewTab(sess, ReviewKeys{}, "y confirm · Y all · P place") })
}

// A corpus of three documents, before any scan (the figures beyond the
// tag counts come with the scan).
func TestGoldenDocumentsTab(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a-harbour.txt": tabsArticle, "b-bridge.txt": "The mayor said the bridge will close in May.\n", "c-empty.txt": ""} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := corpus.Open([]string{dir}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	runTabGolden(t, func() Tab { return NewDocumentsTab(c, DocumentKeys{}, "enter open · s sort · f status · / name") })
}
