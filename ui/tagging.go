package ui

import (
	"fmt"
	"sort"

	"github.com/annotty/annotty/model"
)

// tagging is the user's annotation work as the reader sees it: the store (or
// an in-memory set when there is none), the label set and the paints of each
// label. The root model, the tag highlighter and the Tags tab share one
// *tagging, so every view reads the same, current annotations.
type tagging struct {
	doc    *model.Document
	store  *model.Store // nil: annotations live in memory only (tests, no sidecar)
	set    *model.AnnotationSet
	labels *model.LabelSet
	paints tagPaints
	notice string // what the first frame said about the annotations

	// placed caches the placed annotations sorted by start, rebuilt when the
	// set's revision changes, so drawing a frame never copies the whole set.
	placed   []model.Annotation
	maxEnd   []int // maxEnd[i] is the largest End of placed[:i+1]
	revision uint64
	fresh    bool

	// detections are the analysis's quotes and promos sorted by start, with
	// detMaxEnd the running maximum of their ends (for binary search).
	detections []model.Detection
	detMaxEnd  []int
}

// SetAnalysis indexes the detections of a finished analysis (AnalysisReceiver).
func (t *tagging) SetAnalysis(_ *model.Document, a *model.Analysis) {
	t.detections = model.DetectionsOf(a)
	t.detMaxEnd = make([]int, len(t.detections))
	for i, d := range t.detections {
		t.detMaxEnd[i] = d.Span.End
		if i > 0 {
			t.detMaxEnd[i] = max(d.Span.End, t.detMaxEnd[i-1])
		}
	}
}

// detectionsAt returns the detections containing off (reviewed or not).
func (t *tagging) detectionsAt(off int) []model.Detection {
	ds := t.detections
	hi := sort.Search(len(ds), func(i int) bool { return ds[i].Span.Start > off })
	lo := sort.Search(hi, func(i int) bool { return t.detMaxEnd[i] > off })
	var out []model.Detection
	for _, d := range ds[lo:hi] {
		if d.Span.Contains(off) {
			out = append(out, d)
		}
	}
	return out
}

// newTagging wires a store (nil for in-memory annotations) and a label set
// (nil for the defaults) to doc.
func newTagging(doc *model.Document, store *model.Store, labels *model.LabelSet, styles *Styles) *tagging {
	if labels == nil {
		labels = model.DefaultLabels()
	}
	t := &tagging{doc: doc, store: store, labels: labels, paints: newTagPaints(styles, labels)}
	if store != nil {
		t.set = store.Set()
	} else {
		t.set = model.NewAnnotationSet(doc, model.SetOptions{})
	}
	return t
}

// annotations returns the placed (non-orphan) annotations sorted by start.
func (t *tagging) annotations() []model.Annotation {
	if !t.fresh || t.revision != t.set.Revision() {
		t.placed, t.maxEnd = t.placed[:0], t.maxEnd[:0]
		for _, a := range t.set.All() {
			if !a.Orphan {
				t.placed = append(t.placed, a)
				end := a.Span.End
				if n := len(t.maxEnd); n > 0 {
					end = max(end, t.maxEnd[n-1])
				}
				t.maxEnd = append(t.maxEnd, end)
			}
		}
		t.revision, t.fresh = t.set.Revision(), true
	}
	return t.placed
}

// overlapping returns the placed annotations that overlap [start, end), by
// binary search: none before the first whose running maximum End passes
// start, none from the first that starts at or after end.
func (t *tagging) overlapping(start, end int) []model.Annotation {
	all := t.annotations()
	hi := sort.Search(len(all), func(i int) bool { return all[i].Span.Start >= end })
	lo := sort.Search(hi, func(i int) bool { return t.maxEnd[i] > start })
	var out []model.Annotation
	for _, a := range all[lo:hi] {
		if a.Span.End > start {
			out = append(out, a)
		}
	}
	return out
}

// tagAt returns the annotation the cursor at off acts on: among the
// annotations containing off, the innermost (shortest), and of equal
// length the most recently updated. ok is false when none contains off.
func (t *tagging) tagAt(off int) (model.Annotation, bool) {
	best, found := model.Annotation{}, false
	for _, a := range t.overlapping(off, off+1) {
		if !a.Span.Contains(off) {
			continue
		}
		if !found || a.Span.Len() < best.Span.Len() ||
			(a.Span.Len() == best.Span.Len() && a.Updated.After(best.Updated)) {
			best, found = a, true
		}
	}
	return best, found
}

// tagsAt counts the annotations containing off.
func (t *tagging) tagsAt(off int) int {
	n := 0
	for _, a := range t.overlapping(off, off+1) {
		if a.Span.Contains(off) {
			n++
		}
	}
	return n
}

// labelForKey returns the label bound to digit d (1..9).
func (t *tagging) labelForKey(d int) (model.Label, bool) { return t.labels.ByKey(d) }

// applyLabel tags span with label (source manual) and returns a status message.
func (t *tagging) applyLabel(label model.Label, span model.Span) (string, error) {
	a, err := t.set.Add(model.Annotation{Label: label.Name, Span: span, Source: model.SourceManual})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("tagged %s: %s", label.Name, tagExcerpt(a.Text, 6)), nil
}

// Decorate paints the placed annotations overlapping paragraph para in
// their label's paint (Highlighter), and dims rejected suggestions. Nested
// tags stay visible: the inner one starts later, so it is painted after
// (over) the outer one.
func (t *tagging) Decorate(dst []Decoration, doc *model.Document, para int) []Decoration {
	p := doc.Paragraphs[para]
	for _, a := range t.overlapping(p.Start, p.End) {
		dst = append(dst, Decoration{
			Span:  model.Span{Start: max(a.Span.Start, p.Start), End: min(a.Span.End, p.End)},
			Paint: t.paints.forLabel(a.Label),
			Layer: LayerTag,
		})
	}
	for _, r := range t.set.Rejections() {
		if r.Span.Start < p.End && r.Span.End > p.Start {
			dst = append(dst, Decoration{
				Span:  model.Span{Start: max(r.Span.Start, p.Start), End: min(r.Span.End, p.End)},
				Paint: t.paints.Rejected,
				Layer: layerRejected,
			})
		}
	}
	return dst
}

// layerRejected dims rejected suggestions above their quote colours.
const layerRejected = LayerPromo + 2
