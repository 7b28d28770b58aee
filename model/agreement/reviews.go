package agreement

import "sort"

// reviewMatrix is the reliability data of the review decisions: one unit per
// detection that at least one annotator reviewed (reviews of the same kind
// that overlap are the same detection, whoever made them), valued by each
// annotator's decision; an annotator who did not review it is missing.
func reviewMatrix(d Dataset) Reliability {
	r := Reliability{Coders: len(d.Annotators)}
	for _, doc := range d.Documents {
		for _, cluster := range reviewClusters(doc) {
			r.Add(1, cluster)
		}
	}
	return r
}

// reviewItem is one coder's review, for clustering.
type reviewItem struct {
	coder int
	Review
}

// reviewClusters groups doc's reviews by detection: same kind, overlapping
// spans (chained). Each cluster maps a coder to its decision (a coder with two
// reviews in one cluster keeps the first).
func reviewClusters(doc Document) []map[int]Value {
	var items []reviewItem
	for coder, c := range doc.Codings {
		for _, rv := range c.Reviews {
			items = append(items, reviewItem{coder, rv})
		}
	}
	sort.Slice(items, func(i, j int) bool {
		if items[i].Kind != items[j].Kind {
			return items[i].Kind < items[j].Kind
		}
		if items[i].Start != items[j].Start {
			return items[i].Start < items[j].Start
		}
		return items[i].coder < items[j].coder
	})
	var out []map[int]Value
	var cur map[int]Value
	kind, end := "", -1
	for _, it := range items {
		if cur == nil || it.Kind != kind || it.Start >= end {
			cur = map[int]Value{}
			out = append(out, cur)
			kind, end = it.Kind, it.End
		}
		end = max(end, it.End)
		if _, ok := cur[it.coder]; !ok {
			cur[it.coder] = Value(it.Decision)
		}
	}
	return out
}
