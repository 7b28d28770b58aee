package interchange

import (
	"fmt"
	"regexp"
	"time"

	"github.com/annotty/annotty/model"
)

// ImportOptions are what an import records on the annotations it creates.
type ImportOptions struct {
	// Author is recorded on every imported annotation (default model.DefaultAuthor()).
	Author string
	// Now is the creation time (default: now, UTC, whole seconds).
	Now time.Time
	// NewID makes ids for entities whose own id is not an annotty id (default model.NewAnnotationID).
	NewID func() string
}

// annottyID matches the ids annotty gives annotations; imports keep such ids.
var annottyID = regexp.MustCompile(`^a-[0-9a-f]{16}$`)

// ToFile turns an imported graph into a native file for doc, ready for
// model.AnnotationFile.Restore (which places every passage by its offsets
// and text, re-anchoring when the format's text differs from doc's).
// Predicted entities are left out (annotty makes its own detections). An
// entity that is the target of a speaker or cue relation and has the link's
// entity type becomes that link of the relation's source instead of an
// annotation. Whatever cannot be kept is described in the returned notes.
func ToFile(g Graph, doc *model.Document, o ImportOptions) (*model.AnnotationFile, []string) {
	o = o.withDefaults()
	var notes []string
	f := &model.AnnotationFile{Schema: model.FileSchema, Version: model.FileVersion, Offsets: model.OffsetUnit,
		Document: model.NewDocumentInfo(doc), Annotations: []model.AnnotationRecord{}, Rejections: []model.RejectionRecord{}}
	if g.Text != doc.Text {
		f.Document.SHA256 = "" // the format's text: offsets are hints, texts decide
	}
	runes := []rune(g.Text)
	valid := make([]bool, len(g.Entities))
	first := map[string]int{} // entity id -> index of its first entity: a relation names that one
	for i := range g.Entities {
		e := &g.Entities[i]
		switch {
		case e.Label == "":
			notes = append(notes, fmt.Sprintf("entity %s has no label: skipped", e.ID))
		case model.LabelHasControl(e.Label):
			notes = append(notes, fmt.Sprintf("entity %s has a label with control characters: skipped", e.ID))
		case e.Start < 0 || e.End <= e.Start || e.End > len(runes):
			notes = append(notes, fmt.Sprintf("entity %s (%s) has offsets [%d,%d) outside the text: skipped", e.ID, e.Label, e.Start, e.End))
		default:
			if e.Text == "" {
				e.Text = string(runes[e.Start:e.End])
			}
			valid[i] = true
		}
		if _, seen := first[e.ID]; !seen {
			first[e.ID] = i
		}
	}
	links := map[int]map[model.LinkRole]*Entity{} // from index -> role -> target
	folded := map[int]bool{}
	for _, r := range g.Relations {
		from, ok1 := first[r.From]
		to, ok2 := first[r.To]
		if !ok1 || !ok2 || !valid[from] || !valid[to] {
			notes = append(notes, fmt.Sprintf("%s relation %s → %s: an end is missing or skipped", r.Role, r.From, r.To))
			continue
		}
		if links[from] == nil {
			links[from] = map[model.LinkRole]*Entity{}
		}
		if links[from][r.Role] != nil {
			notes = append(notes, fmt.Sprintf("%s has a second %s relation (to %s): kept the first", r.From, r.Role, r.To))
			continue
		}
		links[from][r.Role] = &g.Entities[to]
		if g.Entities[to].Label == LinkLabel(r.Role) {
			folded[to] = true
		}
	}
	seen := map[string]bool{}
	predicted := 0
	when := o.Now.UTC().Format(model.TimeLayout)
	for i, e := range g.Entities {
		if !valid[i] || folded[i] {
			continue
		}
		if e.Predicted {
			predicted++
			continue
		}
		id := e.ID
		if !annottyID.MatchString(id) || seen[id] {
			id = o.NewID()
		}
		seen[id] = true
		rec := model.AnnotationRecord{ID: id, Label: e.Label, Text: e.Text, Note: e.Note, Speaker: e.Speaker,
			Source: model.SourceManual, Author: o.Author, Created: when, Updated: when}
		rec.Start, rec.End = e.Start, e.End
		for role, to := range links[i] {
			rec.SetLink(role, &model.LinkRecord{TextRange: model.TextRange{Start: to.Start, End: to.End}, Text: to.Text})
		}
		f.Annotations = append(f.Annotations, rec)
	}
	if predicted > 0 {
		notes = append(notes, fmt.Sprintf("%d predicted (unreviewed) spans skipped: annotty makes its own detections", predicted))
	}
	return f, notes
}

// withDefaults fills the zero fields of o.
func (o ImportOptions) withDefaults() ImportOptions {
	if o.Author == "" {
		o.Author = model.DefaultAuthor()
	}
	if o.Now.IsZero() {
		o.Now = time.Now().UTC().Truncate(time.Second)
	}
	if o.NewID == nil {
		o.NewID = model.NewAnnotationID
	}
	return o
}
