// Package doccano writes and reads doccano's JSONL for sequence labeling with
// relations: one object per document with "text", "entities" (id, label,
// start_offset, end_offset) and "relations" (from_id, to_id, type). Notes and
// speaker names, which doccano has no field for, ride in the top-level
// "annotty_notes" and "annotty_speakers" objects (entity id → text), which
// doccano keeps as the example's metadata. Offsets count Unicode code points
// of "text", end exclusive, as doccano (Python) does.
package doccano

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
)

// ErrNotDoccano is wrapped when data is not doccano JSONL.
var ErrNotDoccano = errors.New("not doccano JSONL")

// Example is one doccano document.
type Example struct {
	ID        any        `json:"id,omitempty"`
	Text      string     `json:"text"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	// Label is the older sequence-labeling form, [start, end, "LABEL"] (read only).
	Label [][]any `json:"label,omitempty"`
	// Comments are doccano's comments on the whole example (read only, to
	// report them: annotty's notes belong to a passage).
	Comments []any             `json:"Comments,omitempty"`
	Notes    map[string]string `json:"annotty_notes,omitempty"`
	Speakers map[string]string `json:"annotty_speakers,omitempty"`
}

// Entity is one labelled span.
type Entity struct {
	ID          int    `json:"id"`
	Label       string `json:"label"`
	StartOffset int    `json:"start_offset"`
	EndOffset   int    `json:"end_offset"`
}

// Relation links two entities.
type Relation struct {
	ID     int    `json:"id"`
	FromID int    `json:"from_id"`
	ToID   int    `json:"to_id"`
	Type   string `json:"type"`
}

// Encode writes f's placed annotations and their links over text as one
// doccano JSONL line. Unreviewed detections are not written (doccano has no
// predictions); Skipped counts them.
func Encode(f *model.AnnotationFile, text string) (line []byte, skipped int) {
	g := interchange.FromFile(f, text)
	ex := Example{Text: text, Entities: []Entity{}, Relations: []Relation{}, Notes: map[string]string{}, Speakers: map[string]string{}}
	ids := map[string]int{}
	for _, e := range g.Entities {
		if e.Predicted {
			skipped++
			continue
		}
		id := len(ex.Entities)
		ids[e.ID] = id
		ex.Entities = append(ex.Entities, Entity{ID: id, Label: e.Label, StartOffset: e.Start, EndOffset: e.End})
		if e.Note != "" {
			ex.Notes[strconv.Itoa(id)] = e.Note
		}
		if e.Speaker != "" {
			ex.Speakers[strconv.Itoa(id)] = e.Speaker
		}
	}
	for _, r := range g.Relations {
		from, ok1 := ids[r.From]
		to, ok2 := ids[r.To]
		if ok1 && ok2 {
			ex.Relations = append(ex.Relations, Relation{ID: len(ex.Relations), FromID: from, ToID: to, Type: string(r.Role)})
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(ex) // plain structs: cannot fail
	return buf.Bytes(), skipped + interchange.Orphans(f)
}

// Decode reads doccano JSONL (or one JSON object) and returns the graph of the
// example whose text is text (the only example when none matches). It reads
// "entities" and "relations" (type speaker or cue; others are reported), the
// older "label" list, and annotty's notes and speakers.
func Decode(data []byte, text string) (interchange.Graph, []string, error) {
	examples, err := decodeExamples(data)
	if err != nil {
		return interchange.Graph{}, nil, err
	}
	ex, notes, err := interchange.PickDocument(examples, text, func(e Example) string { return e.Text }, "example")
	if err != nil {
		return interchange.Graph{}, nil, fmt.Errorf("%w: %v", ErrNotDoccano, err)
	}
	g := interchange.Graph{Text: ex.Text}
	key := func(id int) string { return "e" + strconv.Itoa(id) }
	known := map[int]bool{}
	for _, e := range ex.Entities {
		if known[e.ID] {
			notes = append(notes, fmt.Sprintf("entity id %d used twice: skipped the second", e.ID))
			continue
		}
		known[e.ID] = true
		id := strconv.Itoa(e.ID)
		g.Entities = append(g.Entities, interchange.Entity{ID: key(e.ID), Label: e.Label, Start: e.StartOffset, End: e.EndOffset,
			Note: ex.Notes[id], Speaker: ex.Speakers[id]})
	}
	for i, l := range ex.Label {
		e, ok := labelTriple(l)
		if !ok {
			notes = append(notes, fmt.Sprintf("label %d is not [start, end, \"LABEL\"]: skipped", i+1))
			continue
		}
		e.ID = "label" + strconv.Itoa(i+1)
		g.Entities = append(g.Entities, e)
	}
	for _, r := range ex.Relations {
		role, ok := roleOf(r.Type)
		switch {
		case !ok:
			notes = append(notes, fmt.Sprintf("relation %d → %d (%s) not kept (annotty links quotes to a speaker and a cue)", r.FromID, r.ToID, r.Type))
		case !known[r.FromID] || !known[r.ToID]:
			notes = append(notes, fmt.Sprintf("relation %d → %d (%s) has an unknown end: skipped", r.FromID, r.ToID, r.Type))
		default:
			g.Relations = append(g.Relations, interchange.Relation{Role: role, From: key(r.FromID), To: key(r.ToID)})
		}
	}
	for _, c := range ex.Comments {
		notes = append(notes, fmt.Sprintf("comment %q on the whole example not kept (annotty notes belong to a passage)", commentText(c)))
	}
	return g, notes, nil
}

// commentText reads one of doccano's comments: a string, or an object with "text".
func commentText(c any) string {
	if m, ok := c.(map[string]any); ok {
		c = m["text"]
	}
	if s, ok := c.(string); ok {
		return s
	}
	return fmt.Sprint(c)
}

// decodeExamples reads JSON lines, or a single (possibly indented) JSON object.
func decodeExamples(data []byte) ([]Example, error) {
	var one Example
	if err := json.Unmarshal(data, &one); err == nil {
		return []Example{one}, nil
	}
	var out []Example
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<30)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var ex Example
		if err := json.Unmarshal(line, &ex); err != nil {
			return nil, fmt.Errorf("%w: line %d: %v", ErrNotDoccano, n, err)
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotDoccano, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no examples", ErrNotDoccano)
	}
	return out, nil
}

// labelTriple reads [start, end, "LABEL"].
func labelTriple(l []any) (interchange.Entity, bool) {
	if len(l) != 3 {
		return interchange.Entity{}, false
	}
	start, ok1 := l[0].(float64)
	end, ok2 := l[1].(float64)
	label, ok3 := l[2].(string)
	if !ok1 || !ok2 || !ok3 || start != float64(int(start)) || end != float64(int(end)) {
		return interchange.Entity{}, false
	}
	return interchange.Entity{Label: label, Start: int(start), End: int(end)}, true
}

// roleOf maps a relation type to a link role.
func roleOf(typ string) (model.LinkRole, bool) {
	for _, role := range model.LinkRoles {
		if typ == string(role) {
			return role, true
		}
	}
	return "", false
}
