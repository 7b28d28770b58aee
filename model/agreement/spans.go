package agreement

import "sort"

// PRF counts one annotator's spans against another's: Reference spans (the
// first annotator's), Predicted spans (the second's) and Matched pairs, with
// the precision, recall and F1 they give (F1 is symmetric in the two).
type PRF struct {
	// Reference, Predicted and Matched count the first annotator's spans,
	// the second's, and the pairs matched one to one.
	Reference int `json:"reference"`
	Predicted int `json:"predicted"`
	Matched   int `json:"matched"`
	// Precision is Matched/Predicted, Recall Matched/Reference (either 1 when
	// its denominator is 0), F1 2·Matched/(Reference+Predicted) (1 when both are empty).
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// add accumulates counts and recomputes the ratios.
func (p *PRF) add(ref, pred, matched int) {
	p.Reference += ref
	p.Predicted += pred
	p.Matched += matched
	p.Precision = ratio(p.Matched, p.Predicted)
	p.Recall = ratio(p.Matched, p.Reference)
	if p.Reference+p.Predicted == 0 {
		p.F1 = 1 // two empty annotations agree perfectly
	} else {
		p.F1 = 2 * float64(p.Matched) / float64(p.Reference+p.Predicted)
	}
}

// ratio is n/d, or 1 when both are zero (nothing to find, nothing found).
func ratio(n, d int) float64 {
	if d == 0 {
		if n == 0 {
			return 1
		}
		return 0
	}
	return float64(n) / float64(d)
}

// Matching says when two spans of the same label are the same passage.
type Matching int

// Matchings.
const (
	// Exact: same start and end.
	Exact Matching = iota
	// Overlap: at least one code point in common, each span used once, larger
	// overlaps matched first.
	Overlap
)

// matchCount is how many one-to-one pairs of same-label spans a and b share under m.
func matchCount(a, b []Span, m Matching) int {
	if m == Exact {
		type key struct {
			label      string
			start, end int
		}
		count := map[key]int{}
		for _, s := range a {
			count[key{s.Label, s.Start, s.End}]++
		}
		n := 0
		for _, s := range b {
			k := key{s.Label, s.Start, s.End}
			if count[k] > 0 {
				count[k]--
				n++
			}
		}
		return n
	}
	type pair struct{ i, j, overlap int }
	var pairs []pair
	for i, x := range a {
		for j, y := range b {
			if x.Label != y.Label {
				continue
			}
			if o := min(x.End, y.End) - max(x.Start, y.Start); o > 0 {
				pairs = append(pairs, pair{i, j, o})
			}
		}
	}
	sort.SliceStable(pairs, func(p, q int) bool { return pairs[p].overlap > pairs[q].overlap })
	usedA, usedB := map[int]bool{}, map[int]bool{}
	n := 0
	for _, p := range pairs {
		if !usedA[p.i] && !usedB[p.j] {
			usedA[p.i], usedB[p.j] = true, true
			n++
		}
	}
	return n
}

// withLabel keeps the spans of one label ("" keeps all).
func withLabel(spans []Span, label string) []Span {
	if label == "" {
		return spans
	}
	var out []Span
	for _, s := range spans {
		if s.Label == label {
			out = append(out, s)
		}
	}
	return out
}

// spanPRF compares coder a (reference) with coder b on every document both
// annotated, for one label ("" = all labels).
func spanPRF(d Dataset, a, b int, label string, m Matching) PRF {
	var p PRF
	p.add(0, 0, 0)
	for _, doc := range d.Documents {
		ca, okA := doc.Codings[a]
		cb, okB := doc.Codings[b]
		if !okA || !okB {
			continue
		}
		sa, sb := withLabel(ca.Spans, label), withLabel(cb.Spans, label)
		p.add(len(sa), len(sb), matchCount(sa, sb, m))
	}
	return p
}
