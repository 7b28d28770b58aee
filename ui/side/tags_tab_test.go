package side

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
)

// The selected tag stays on screen when the list scrolls, however tall the
// tab (a regression: one row too few was drawn below the legend).
func TestTagsTabKeepsSelectionVisible(t *testing.T) {
	text := strings.Repeat("Officials met on Monday. \"We will not stop,\" Sullivan said.\n\n", 6)
	doc, err := model.NewDocument("t.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	sess := session.New(doc, session.Options{})
	for i, p := range doc.Paragraphs {
		for k := 1; k <= 2; k++ {
			span := model.Span{Start: p.Start, End: p.Start + 9*k}
			if o := sess.Tag(1+(i+k)%7, span); o.Err != nil || !o.Changed {
				t.Fatalf("tagging: %+v", o)
			}
		}
		if i%2 == 0 {
			a, _ := sess.TagAt(p.Start)
			sess.SetNote(a.ID, "a note that takes a second line")
		}
	}
	styles := plainStyles()
	tab := NewTagsTab(layers.NewTags(sess, styles), TagKeys{}, "enter jump", "1-9")
	rows := tab.rows()
	if len(rows) != 12 {
		t.Fatalf("%d rows", len(rows))
	}
	for h := 8; h <= 14; h++ {
		for sel := range rows {
			tab.cursor.Selected = sel
			view := tab.View(40, h, true, styles)
			want := tab.row(sel, rows[sel], true, 40, styles)
			if !strings.Contains(view, want) {
				t.Fatalf("height %d: selected row %d not drawn:\n%s", h, sel, view)
			}
		}
	}
}

// The rows, paged by position, are the set's annotations in All order, and
// under a label filter that label's, as ByLabel lists them; G reaches the
// last one and its row is drawn.
func TestTagsTabPagesInSetOrder(t *testing.T) {
	text := strings.Repeat("Officials met on Monday. The council said no.\n\n", 40)
	doc, err := model.NewDocument("t.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	sess := session.New(doc, session.Options{})
	for i, p := range doc.Paragraphs {
		if o := sess.Tag(1+i%3, model.Span{Start: p.Start + i%5, End: p.End}); o.Err != nil || !o.Changed {
			t.Fatalf("tagging: %+v", o)
		}
	}
	styles := plainStyles()
	tab := NewTagsTab(layers.NewTags(sess, styles), TagKeys{}, "enter jump", "1-9")
	all := sess.Set().All()
	for name, want := range map[string][]model.Annotation{"": all, all[1].Label: sess.Set().ByLabel(all[1].Label)} {
		tab.filter = name
		rows := tab.rows()
		if len(rows) != len(want) {
			t.Fatalf("filter %q: %d rows, want %d", name, len(rows), len(want))
		}
		for i, r := range rows {
			if r.annotation.ID != want[i].ID {
				t.Fatalf("filter %q: row %d is %s, want %s", name, i, r.annotation.ID, want[i].ID)
			}
		}
		tab.cursor.Selected = len(rows) - 1
		last := tab.row(len(rows)-1, rows[len(rows)-1], true, 40, styles)
		if view := tab.View(40, 12, true, styles); !strings.Contains(view, last) {
			t.Fatalf("filter %q: the last row is not drawn:\n%s", name, view)
		}
	}
}

// The selection stays on its tag when a tag is added before it or removed
// before it, as a list in a mail reader does; deleting the selected tag
// selects the one after it.
func TestTagsTabSelectionFollowsItsTag(t *testing.T) {
	text := strings.Repeat("Officials met on Monday. The council said no.\n\n", 10)
	doc, err := model.NewDocument("t.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	sess := session.New(doc, session.Options{})
	for _, p := range doc.Paragraphs[5:] {
		sess.Tag(2, model.Span{Start: p.Start, End: p.End})
	}
	styles := plainStyles()
	tab := NewTagsTab(layers.NewTags(sess, styles), TagKeys{}, "enter jump", "1-9")
	tab.cursor.Selected = 2
	tab.View(40, 20, true, styles)
	want := tab.rows()[2].annotation.ID
	p0 := doc.Paragraphs[0]
	sess.Tag(2, model.Span{Start: p0.Start, End: p0.End}) // a tag before it
	tab.View(40, 20, true, styles)
	if got := tab.rows()[tab.cursor.Selected].annotation.ID; got != want {
		t.Fatalf("after a tag before it, row %d (%s) is selected, want %s", tab.cursor.Selected, got, want)
	}
	next := tab.rows()[tab.cursor.Selected+1].annotation.ID
	sess.Delete(want)
	tab.View(40, 20, true, styles)
	if got := tab.rows()[tab.cursor.Selected].annotation.ID; got != next {
		t.Fatalf("after deleting it, %s is selected, want the next, %s", got, next)
	}
}
