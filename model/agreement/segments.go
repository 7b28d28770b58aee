package agreement

import (
	"sort"
	"strings"
)

// valueFunc turns the labels covering a code point (label → how many of the
// annotator's spans cover it) into a unit value.
type valueFunc func(active map[string]int) Value

// allLabels is the overall value: every covering label, sorted, joined by "+".
func allLabels(active map[string]int) Value {
	if len(active) == 0 {
		return ""
	}
	labels := make([]string, 0, len(active))
	for l := range active {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	return strings.Join(labels, "+")
}

// oneLabel is the per-label value: the label when it covers the code point, "" otherwise.
func oneLabel(label string) valueFunc {
	return func(active map[string]int) Value {
		if active[label] > 0 {
			return label
		}
		return ""
	}
}

// boundary is a span edge: at offset pos, label opens (+1) or closes (-1) for coder.
type boundary struct {
	pos, coder, delta int
	label             string
}

// addSegments adds doc's code points to r as weighted units: runs between span
// edges, on which every coder's value is constant. Linear in the number of
// spans (after sorting), whatever the article's length.
func addSegments(r *Reliability, doc Document, value valueFunc) {
	var edges []boundary
	for coder, c := range doc.Codings {
		for _, s := range c.Spans {
			start, end := clamp(s.Start, doc.Length), clamp(s.End, doc.Length)
			if start >= end {
				continue
			}
			edges = append(edges, boundary{start, coder, +1, s.Label}, boundary{end, coder, -1, s.Label})
		}
	}
	sort.Slice(edges, func(i, j int) bool { return edges[i].pos < edges[j].pos })
	active := map[int]map[string]int{}
	for coder := range doc.Codings {
		active[coder] = map[string]int{}
	}
	pos := 0
	for i := 0; i <= len(edges); i++ {
		next := doc.Length
		if i < len(edges) {
			next = edges[i].pos
		}
		if next > pos {
			vals := make(map[int]Value, len(active))
			for coder, a := range active {
				vals[coder] = value(a)
			}
			r.Add(next-pos, vals)
			pos = next
		}
		if i < len(edges) {
			e := edges[i]
			a := active[e.coder]
			a[e.label] += e.delta
			if a[e.label] <= 0 {
				delete(a, e.label)
			}
		}
	}
}

// clamp keeps offset x within [0, n].
func clamp(x, n int) int {
	return max(0, min(x, n))
}

// codePointMatrix is the reliability data of the whole dataset, one unit per
// code point (grouped into runs), valued by value.
func codePointMatrix(d Dataset, value valueFunc) Reliability {
	r := Reliability{Coders: len(d.Annotators)}
	for _, doc := range d.Documents {
		addSegments(&r, doc, value)
	}
	return r
}

// sortedKeys returns a set's keys in order.
func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
