package labelstudio

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
)

// ErrNotLabelStudio is wrapped when data is not Label Studio task JSON.
var ErrNotLabelStudio = errors.New("not Label Studio task JSON")

// Decode reads a Label Studio export (a list of tasks, or one task) and
// returns the graph of the task whose data.text is text (the only task when
// none matches, re-anchored by its passages). Of that task it reads the first
// annotation that was not cancelled ("completions" in older exports) and the
// predictions (marked predicted): labels results, relation results labelled
// speaker or cue, region meta text as notes and the speaker text area.
// Whatever it cannot keep is described in the notes.
func Decode(data []byte, text string) (interchange.Graph, []string, error) {
	tasks, err := decodeTasks(data)
	if err != nil {
		return interchange.Graph{}, nil, err
	}
	task, notes, err := interchange.PickDocument(tasks, text, func(t Task) string { return t.Data.Text }, "task")
	if err != nil {
		return interchange.Graph{}, nil, fmt.Errorf("%w: %v", ErrNotLabelStudio, err)
	}
	g := interchange.Graph{Text: task.Data.Text}
	annotations := append(task.Annotations, task.Completions...)
	used := false
	for i, a := range annotations {
		switch {
		case a.cancelled():
			notes = append(notes, fmt.Sprintf("annotation %d was cancelled: skipped", i+1))
		case used:
			notes = append(notes, fmt.Sprintf("annotation %d skipped: annotty imports one annotation per task (the first)", i+1))
		default:
			used = true
			notes = append(notes, addResults(&g, a.Result, false, fmt.Sprintf("annotation %d", i+1))...)
		}
	}
	for i, p := range task.Predictions {
		notes = append(notes, addResults(&g, p.Result, true, fmt.Sprintf("prediction %d", i+1))...)
	}
	return g, notes, nil
}

// cancelled reports whether an annotation was skipped in Label Studio.
func (a Annotation) cancelled() bool { return a.WasCancelled }

// decodeTasks parses a list of tasks or a single task.
func decodeTasks(data []byte) ([]Task, error) {
	trimmed := bytes.TrimSpace(data)
	var tasks []Task
	var err error
	if bytes.HasPrefix(trimmed, []byte("[")) {
		err = json.Unmarshal(trimmed, &tasks)
	} else {
		var t Task
		err = json.Unmarshal(trimmed, &t)
		tasks = []Task{t}
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotLabelStudio, err)
	}
	if len(tasks) == 0 {
		return nil, fmt.Errorf("%w: no tasks", ErrNotLabelStudio)
	}
	return tasks, nil
}

// addResults adds the regions and relations of one result list to g.
func addResults(g *interchange.Graph, results []Result, predicted bool, where string) []string {
	var notes []string
	index := map[string][]int{} // region id -> entity indexes
	type speakerText struct{ region, name string }
	var speakers []speakerText // in the file's order, so the notes are too
	for _, r := range results {
		switch {
		case r.Type == "labels" && r.Value != nil:
			text, _ := r.Value.Text.(string)
			if r.Value.Start == nil || r.Value.End == nil || len(r.Value.Labels) == 0 {
				notes = append(notes, fmt.Sprintf("%s: region %s has no start, end or label: skipped", where, r.ID))
				continue
			}
			for i, label := range r.Value.Labels {
				id := r.ID
				if i > 0 {
					id = fmt.Sprintf("%s#%d", r.ID, i+1)
				}
				e := interchange.Entity{ID: id, Label: label, Start: *r.Value.Start, End: *r.Value.End, Text: text, Predicted: predicted}
				if r.Meta != nil {
					e.Note = strings.Join(r.Meta.Text, "\n")
				}
				if r.Score != nil {
					e.Confidence = *r.Score
				}
				index[r.ID] = append(index[r.ID], len(g.Entities))
				g.Entities = append(g.Entities, e)
			}
		case r.Type == "textarea" && r.FromName == SpeakerName && r.Value != nil:
			speakers = append(speakers, speakerText{r.ID, strings.Join(textList(r.Value.Text), " ")})
		case r.Type == "relation":
			continue // after every region is known
		default:
			notes = append(notes, fmt.Sprintf("%s: %s result %q not kept (annotty reads labels, relations and the speaker text area)", where, r.Type, r.FromName))
		}
	}
	for _, sp := range speakers {
		id, name := sp.region, sp.name
		if len(index[id]) == 0 {
			notes = append(notes, fmt.Sprintf("%s: speaker %q for unknown region %s: skipped", where, name, id))
		}
		for _, i := range index[id] {
			g.Entities[i].Speaker = name
		}
	}
	for _, r := range results {
		if r.Type != "relation" {
			continue
		}
		from, to := r.FromID, r.ToID
		if r.Direction == "left" {
			from, to = to, from
		}
		role, ok := relationRole(r.Labels)
		switch {
		case !ok:
			notes = append(notes, fmt.Sprintf("%s: relation %s → %s labelled %q not kept (annotty links quotes to a speaker and a cue)", where, r.FromID, r.ToID, r.Labels))
		case len(index[from]) == 0 || len(index[to]) == 0:
			notes = append(notes, fmt.Sprintf("%s: relation %s → %s has an unknown end: skipped", where, r.FromID, r.ToID))
		default:
			g.Relations = append(g.Relations, interchange.Relation{Role: role,
				From: g.Entities[index[from][0]].ID, To: g.Entities[index[to][0]].ID})
		}
	}
	return notes
}

// relationRole finds the link role among a relation's labels.
func relationRole(labels []string) (model.LinkRole, bool) {
	for _, l := range labels {
		for _, role := range model.LinkRoles {
			if strings.EqualFold(l, string(role)) {
				return role, true
			}
		}
	}
	return "", false
}

// textList reads a text area's value.text: a list of strings (or one string).
func textList(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	case []string:
		return t
	}
	return nil
}
