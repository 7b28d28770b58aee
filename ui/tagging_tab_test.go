package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/side"
)

// tagsTabOpen opens the side pane on the Tags tab.
func tagsTabOpen(t *testing.T, m Model) Model {
	t.Helper()
	m = press(t, m, "tab")
	for i := 0; i < len(m.side.Tabs()); i++ {
		if _, ok := m.side.Tabs()[m.side.Active()].(*side.TagsTab); ok {
			return m
		}
		m = press(t, m, "l")
	}
	t.Fatal("no Tags tab")
	return m
}

func TestTagsTabListsJumpsAndDeletes(t *testing.T) {
	m := sized(mustDoc(t, "tag.txt", tagText), 120, 30)
	m = press(t, m, "1", "}", "2")
	m = press(t, m, "v", "i", "w", "c")
	m = press(t, m, typed("first word")...)
	m = press(t, m, "esc", "esc")
	m = tagsTabOpen(t, m)
	s := screen(m)
	for _, want := range []string{"Tags 2", "quote Officials met on Monday.", "claim A second paragraph begins here.", "✎ first word"} {
		if !strings.Contains(s, want) {
			t.Errorf("Tags tab lacks %q:\n%s", want, s)
		}
	}
	// enter jumps the cursor to the selected tag and focuses the article.
	m = press(t, m, "j", "enter")
	if m.focus != focusArticle || cursorWord(m) != "A" {
		t.Fatalf("after enter: focus %v, cursor on %q", m.focus, cursorWord(m))
	}
	m = tagsTabOpen(t, m)
	m = press(t, m, "k", "d")
	if m.sess.Set().Len() != 1 || len(m.sess.Set().ByLabel("quote")) != 0 {
		t.Fatalf("d deleted the wrong tag: %+v", m.sess.Set().All())
	}
	m = press(t, m, "L")
	if got := m.sess.Set().All()[0].Label; got != "speaker" {
		t.Fatalf("L gave %q, want the label after claim", got)
	}
	m = press(t, m, "2") // filter: claim (none left)
	if s := screen(m); !strings.Contains(s, "No claim tags") {
		t.Fatalf("filter 2:\n%s", s)
	}
	m = press(t, m, "0", "f")
	if s := screen(m); !strings.Contains(s, "label: quote") {
		t.Fatalf("f should filter the first label:\n%s", s)
	}
	m = press(t, m, "esc", "u", "u")
	if m.sess.Set().Len() != 2 || len(m.sess.Set().ByLabel("claim")) != 1 {
		t.Fatalf("undo in the article restores: %d tags", m.sess.Set().Len())
	}
}

// Annotations whose text is gone from the article are listed as orphans,
// and kept in the sidecar.
func TestTagsTabOrphans(t *testing.T) {
	doc, path := storeDoc(t)
	store, _ := model.OpenStore(doc, model.StoreOptions{})
	if _, err := store.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: 0, End: len("Officials met on Monday.")}}); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(tagText, "Officials met on Monday.", "Ministers gathered again on Thursday evening.", 1)
	if err := os.WriteFile(path, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	m, _, _ := openReader(t, mustDoc(t, path, changed))
	if !strings.Contains(m.message, "could not be placed") {
		t.Fatalf("startup %q", m.message)
	}
	m = press(t, m, "1") // a change makes the store save
	m = tagsTabOpen(t, m)
	s := screen(m)
	if !strings.Contains(s, "Orphans") || !strings.Contains(s, "claim Officials met") {
		t.Fatalf("orphan not listed:\n%s", s)
	}
	m = press(t, m, "j", "j", "enter") // the orphan: no jump, an explanation
	if !strings.Contains(m.message, "no longer in the article") || m.focus != focusSide {
		t.Fatalf("enter on an orphan: %q", m.message)
	}
	if f := sidecarFile(t, path+model.SidecarSuffix); len(f.Annotations) != 2 {
		t.Fatalf("sidecar keeps %d annotations, want 2 (one orphan)", len(f.Annotations))
	}
}

// When the article text changed, the first frame says the tags moved with it.
func TestStartupSaysTagsWereReanchored(t *testing.T) {
	doc, path := storeDoc(t)
	store, _ := model.OpenStore(doc, model.StoreOptions{})
	start := strings.Index(tagText, "Officials met on Monday.")
	if _, err := store.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: start, End: start + len("Officials met on Monday.")}}); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	changed := "A new first line.\n" + tagText
	if err := os.WriteFile(path, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	m, _, _ := openReader(t, mustDoc(t, path, changed))
	if !strings.Contains(m.message, "article changed: 1 tag re-anchored") {
		t.Fatalf("startup %q", m.message)
	}
	if a := m.sess.Set().All()[0]; changed[a.Span.Start:a.Span.End] != "Officials met on Monday." {
		t.Fatalf("tag now covers %q", changed[a.Span.Start:a.Span.End])
	}
}
