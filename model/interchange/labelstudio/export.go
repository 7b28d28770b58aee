// Package labelstudio writes and reads Label Studio task JSON for its
// named-entity and relation template (config.xml in this package's doc,
// LabelConfig): spans as "labels" results, quote links as "relation" results,
// notes as region meta text and speakers as a per-region "speaker" text area.
// Accepted annotations go in "annotations", unreviewed detections in
// "predictions". Offsets count Unicode code points of data.text, end
// exclusive, as Label Studio stores them since its frontend fix for emoji
// (HumanSignal/label-studio#1559).
package labelstudio

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
)

// Names the results use; LabelConfig declares them.
const (
	// LabelsName is the from_name of span results, TextName the to_name of every result.
	LabelsName = "label"
	TextName   = "text"
	// SpeakerName is the from_name of the per-region speaker text area.
	SpeakerName = "speaker"
	// ModelVersion names annotty's predictions.
	ModelVersion = "annotty"
)

// Task is one Label Studio task.
type Task struct {
	ID          *int         `json:"id,omitempty"`
	Data        TaskData     `json:"data"`
	Annotations []Annotation `json:"annotations"`
	// Completions is the name older Label Studio versions gave annotations (read only).
	Completions []Annotation `json:"completions,omitempty"`
	Predictions []Annotation `json:"predictions,omitempty"`
}

// TaskData is the task's data: the article text.
type TaskData struct {
	Text string `json:"text"`
}

// Annotation is one annotation or prediction: a list of results.
type Annotation struct {
	// WasCancelled marks an annotation the annotator skipped (read only).
	WasCancelled bool     `json:"was_cancelled,omitempty"`
	ModelVersion string   `json:"model_version,omitempty"`
	Score        *float64 `json:"score,omitempty"`
	Result       []Result `json:"result"`
}

// Result is one region (labels, textarea) or one relation.
type Result struct {
	ID        string       `json:"id,omitempty"`
	FromName  string       `json:"from_name,omitempty"`
	ToName    string       `json:"to_name,omitempty"`
	Type      string       `json:"type"`
	Value     *ResultValue `json:"value,omitempty"`
	Meta      *RegionMeta  `json:"meta,omitempty"`
	Score     *float64     `json:"score,omitempty"`
	FromID    string       `json:"from_id,omitempty"`
	ToID      string       `json:"to_id,omitempty"`
	Direction string       `json:"direction,omitempty"`
	Labels    []string     `json:"labels,omitempty"`
}

// ResultValue locates a region (code points) and carries its labels or text.
type ResultValue struct {
	Start  *int     `json:"start,omitempty"`
	End    *int     `json:"end,omitempty"`
	Text   any      `json:"text,omitempty"` // the passage (labels) or a list of strings (textarea)
	Labels []string `json:"labels,omitempty"`
}

// RegionMeta is a region's meta information; Text holds its note.
type RegionMeta struct {
	Text []string `json:"text,omitempty"`
}

// Encode writes f as a JSON list with one task: data.text, the placed
// annotations and their links in "annotations", the detections in "predictions".
func Encode(f *model.AnnotationFile, text string) []byte {
	g := interchange.FromFile(f, text)
	task := Task{Data: TaskData{Text: text}, Annotations: []Annotation{{Result: []Result{}}}}
	var pred []Result
	var scores []float64
	for _, e := range g.Entities {
		rs := regionResults(e)
		if e.Predicted {
			pred = append(pred, rs...)
			if e.Label != interchange.SpeakerMentionLabel && e.Label != interchange.CueLabel {
				scores = append(scores, e.Confidence)
			}
		} else {
			task.Annotations[0].Result = append(task.Annotations[0].Result, rs...)
		}
	}
	predicted := map[string]bool{}
	for _, e := range g.Entities {
		predicted[e.ID] = e.Predicted
	}
	for _, r := range g.Relations {
		rel := Result{Type: "relation", FromID: regionID(r.From), ToID: regionID(r.To), Direction: "right", Labels: []string{string(r.Role)}}
		if predicted[r.From] {
			pred = append(pred, rel)
		} else {
			task.Annotations[0].Result = append(task.Annotations[0].Result, rel)
		}
	}
	if len(pred) > 0 {
		score := mean(scores)
		task.Predictions = []Annotation{{ModelVersion: ModelVersion, Score: &score, Result: pred}}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode([]Task{task}) // plain structs: cannot fail
	return buf.Bytes()
}

// regionResults is the labels result of e and, when it has a speaker, the
// speaker text area of the same region.
func regionResults(e interchange.Entity) []Result {
	start, end := e.Start, e.End
	id := regionID(e.ID)
	r := Result{ID: id, FromName: LabelsName, ToName: TextName, Type: "labels",
		Value: &ResultValue{Start: &start, End: &end, Text: e.Text, Labels: []string{e.Label}}}
	if e.Note != "" {
		r.Meta = &RegionMeta{Text: []string{e.Note}}
	}
	if e.Predicted && e.Confidence > 0 {
		c := e.Confidence
		r.Score = &c
	}
	out := []Result{r}
	if e.Speaker != "" {
		out = append(out, Result{ID: id, FromName: SpeakerName, ToName: TextName, Type: "textarea",
			Value: &ResultValue{Start: &start, End: &end, Text: []string{e.Speaker}}})
	}
	return out
}

// regionID turns a graph id into a Label Studio region id ("/" is not used there).
func regionID(id string) string { return strings.ReplaceAll(id, "/", "_") }

// mean is the average of xs (0 for none).
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// LabelConfig is the labeling configuration for the exported tasks: the NER
// and relations template with the given labels, the two link entity types,
// the speaker and cue relations and a per-region speaker text area.
func LabelConfig(labels []string) string {
	names := interchange.EntityTypes(labels)
	var b strings.Builder
	b.WriteString("<View>\n  <Relations>\n")
	for _, role := range model.LinkRoles {
		fmt.Fprintf(&b, "    <Relation value=%q/>\n", string(role))
	}
	fmt.Fprintf(&b, "  </Relations>\n  <Labels name=%q toName=%q>\n", LabelsName, TextName)
	for _, l := range names {
		fmt.Fprintf(&b, "    <Label value=\"%s\"/>\n", xmlEscape(l))
	}
	fmt.Fprintf(&b, "  </Labels>\n  <Text name=%q value=\"$text\"/>\n", TextName)
	fmt.Fprintf(&b, "  <TextArea name=%q toName=%q perRegion=\"true\" editable=\"true\" maxSubmissions=\"1\"/>\n</View>\n", SpeakerName, TextName)
	return b.String()
}

// xmlEscape escapes the characters XML attributes cannot hold.
func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
