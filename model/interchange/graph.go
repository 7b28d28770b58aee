// Package interchange converts annotty annotations to and from the formats
// other annotation tools read (brat, Label Studio, doccano, CoNLL), through
// one neutral form: a Graph of labelled spans and the links between them.
// Each format lives in its own sub-package; this package holds what they share.
package interchange

import (
	"strconv"

	"github.com/annotty/annotty/model"
)

// Entity types for the passages linked to a quote. They are entities of their
// own in every format, joined to the quote by a relation named after the role.
const (
	// SpeakerMentionLabel is the entity type of a quote's speaker mention.
	SpeakerMentionLabel = "speaker-mention"
	// CueLabel is the entity type of a quote's cue (speech-verb phrase).
	CueLabel = "cue"
)

// LinkLabel returns the entity type that carries a link of role.
func LinkLabel(role model.LinkRole) string {
	if role == model.LinkCue {
		return CueLabel
	}
	return SpeakerMentionLabel
}

// Entity is one labelled span of the text. Offsets are Unicode code points,
// end exclusive, as brat, Label Studio and doccano count them.
type Entity struct {
	// ID names the entity within its Graph: the annotty id for an annotation,
	// the id plus "/speaker" or "/cue" for a link.
	ID    string
	Label string
	// Start and End are code-point offsets; Text is the passage.
	Start, End int
	Text       string
	// Note and Speaker are the annotation's note and speaker name ("" when none).
	Note, Speaker string
	// Predicted marks an unreviewed automatic detection (or a link of one).
	Predicted bool
	// Confidence is a detection's confidence (0 for annotations).
	Confidence float64
}

// Relation links entity From (a quote) to entity To (its speaker mention or cue).
type Relation struct {
	Role     model.LinkRole
	From, To string
}

// Graph is the neutral form every format converts through.
type Graph struct {
	// Text is the document text the offsets count in.
	Text      string
	Entities  []Entity
	Relations []Relation
}

// FromFile builds the graph of a native file over its text: every placed
// annotation and detection is an entity; each link is an entity plus a
// relation. Orphans have no place in the text and are left out (Orphans
// counts them).
func FromFile(f *model.AnnotationFile, text string) Graph {
	g := Graph{Text: text}
	for i := range f.Annotations {
		a := &f.Annotations[i]
		if a.Orphan {
			continue
		}
		g.add(Entity{ID: a.ID, Label: a.Label, Start: a.Start, End: a.End, Text: a.Text,
			Note: a.Note, Speaker: a.Speaker}, a.Link)
	}
	for i, d := range f.Detections {
		id := detectionID(i)
		g.add(Entity{ID: id, Label: d.Label, Start: d.Start, End: d.End, Text: d.Text,
			Speaker: d.Speaker, Predicted: true, Confidence: d.Confidence}, d.Link)
	}
	return g
}

// Orphans counts the annotations of f that FromFile leaves out.
func Orphans(f *model.AnnotationFile) int {
	n := 0
	for _, a := range f.Annotations {
		if a.Orphan {
			n++
		}
	}
	return n
}

// add appends e and its links.
func (g *Graph) add(e Entity, link func(model.LinkRole) *model.LinkRecord) {
	g.Entities = append(g.Entities, e)
	for _, role := range model.LinkRoles {
		l := link(role)
		if l == nil || l.End <= l.Start {
			continue
		}
		id := e.ID + "/" + string(role)
		g.Entities = append(g.Entities, Entity{ID: id, Label: LinkLabel(role), Start: l.Start, End: l.End,
			Text: l.Text, Predicted: e.Predicted})
		g.Relations = append(g.Relations, Relation{Role: role, From: e.ID, To: id})
	}
}

// detectionID names the i-th detection of a file in a graph.
func detectionID(i int) string { return "detection-" + strconv.Itoa(i+1) }

// ByID indexes the graph's entities by ID.
func (g *Graph) ByID() map[string]*Entity {
	m := make(map[string]*Entity, len(g.Entities))
	for i := range g.Entities {
		m[g.Entities[i].ID] = &g.Entities[i]
	}
	return m
}
