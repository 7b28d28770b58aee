package agreement

// UnitName says what the chance-corrected coefficients count as one unit.
const UnitName = "unicode-code-points"

// Figures are the agreement figures for one scope (overall or one label).
type Figures struct {
	// Label is the label the figures are for ("" overall).
	Label string `json:"label,omitempty"`
	// Exact and Overlap are span-level counts under each matching.
	Exact   PRF `json:"exact"`
	Overlap PRF `json:"overlap"`
	// Kappa is Cohen's kappa over code points (pairs only).
	Kappa Number `json:"kappa"`
}

// Pair is the agreement between two annotators.
type Pair struct {
	// A and B are the annotators' names; A is the reference for precision and recall.
	A string `json:"a"`
	B string `json:"b"`
	// Documents is how many documents both annotated.
	Documents int `json:"documents"`
	// Overall is over every label; Labels one entry per label, sorted.
	Overall Figures   `json:"overall"`
	Labels  []Figures `json:"labels"`
}

// LabelAlpha is Krippendorff's alpha for one label.
type LabelAlpha struct {
	// Label is the label; Alpha is alpha over "covered by it or not".
	Label string `json:"label"`
	Alpha Number `json:"alpha"`
}

// ReviewPair is two annotators' agreement on review decisions.
type ReviewPair struct {
	// A and B are the annotators' names.
	A string `json:"a"`
	B string `json:"b"`
	// Units is how many detections both reviewed.
	Units int `json:"units"`
	// Kappa is Cohen's kappa over those detections.
	Kappa Number `json:"kappa"`
	// Agreement is the share of those detections with the same decision.
	Agreement float64 `json:"agreement"`
}

// Reviews is the agreement on decisions about automatic detections.
type Reviews struct {
	// Units is how many detections at least one annotator reviewed.
	Units int `json:"units"`
	// Alpha is Krippendorff's alpha over every annotator's decisions.
	Alpha Number `json:"alpha"`
	// Pairs are the figures of each pair of annotators.
	Pairs []ReviewPair `json:"pairs"`
}

// Scope is the figures of a set of documents: all of them, or one.
type Scope struct {
	// Document names the document ("" for the whole dataset).
	Document string `json:"document,omitempty"`
	// Documents is how many documents the scope holds.
	Documents int `json:"documents"`
	// Alpha is Krippendorff's nominal alpha over code points, all labels.
	Alpha Number `json:"alpha"`
	// LabelAlphas is alpha per label (binary: covered by the label or not).
	LabelAlphas []LabelAlpha `json:"label_alphas"`
	// Pairs are the figures of each pair of annotators, in annotator order.
	Pairs []Pair `json:"pairs"`
	// Reviews is the agreement on review decisions.
	Reviews Reviews `json:"reviews"`
}

// Report is the whole agreement report.
type Report struct {
	// Annotators are the annotators' names, in the order pairs use.
	Annotators []string `json:"annotators"`
	// Units names what one unit of alpha and kappa is.
	Units string `json:"units"`
	Scope
	// ByDocument holds one scope per document, when asked for.
	ByDocument []Scope `json:"by_document,omitempty"`
}

// Compute measures agreement on d; byDocument adds one scope per document.
func Compute(d Dataset, byDocument bool) Report {
	rep := Report{Annotators: d.Annotators, Units: UnitName, Scope: scopeOf(d, "")}
	if byDocument {
		for _, doc := range d.Documents {
			one := Dataset{Annotators: d.Annotators, Documents: []Document{doc}}
			rep.ByDocument = append(rep.ByDocument, scopeOf(one, doc.Name))
		}
	}
	return rep
}

// scopeOf computes every figure over d's documents.
func scopeOf(d Dataset, name string) Scope {
	labels := d.Labels()
	s := Scope{Document: name, Documents: len(d.Documents), Alpha: Number(Alpha(codePointMatrix(d, allLabels)))}
	perLabel := make(map[string]Reliability, len(labels))
	for _, l := range labels {
		perLabel[l] = codePointMatrix(d, oneLabel(l))
		s.LabelAlphas = append(s.LabelAlphas, LabelAlpha{l, Number(Alpha(perLabel[l]))})
	}
	overall := codePointMatrix(d, allLabels)
	reviews := reviewMatrix(d)
	s.Reviews = Reviews{Units: len(reviews.Units), Alpha: Number(Alpha(reviews))}
	for a := 0; a < len(d.Annotators); a++ {
		for b := a + 1; b < len(d.Annotators); b++ {
			p := Pair{A: d.Annotators[a], B: d.Annotators[b], Documents: sharedDocuments(d, a, b)}
			p.Overall = figures(d, a, b, "", overall)
			for _, l := range labels {
				p.Labels = append(p.Labels, figures(d, a, b, l, perLabel[l]))
			}
			s.Pairs = append(s.Pairs, p)
			s.Reviews.Pairs = append(s.Reviews.Pairs, reviewPair(reviews, d, a, b))
		}
	}
	return s
}

// figures is the pair (a, b)'s figures for one label ("" = all), kappa over r.
func figures(d Dataset, a, b int, label string, r Reliability) Figures {
	return Figures{
		Label:   label,
		Exact:   spanPRF(d, a, b, label, Exact),
		Overlap: spanPRF(d, a, b, label, Overlap),
		Kappa:   Number(Kappa(r, a, b)),
	}
}

// sharedDocuments counts the documents both a and b annotated.
func sharedDocuments(d Dataset, a, b int) int {
	n := 0
	for _, doc := range d.Documents {
		_, okA := doc.Codings[a]
		_, okB := doc.Codings[b]
		if okA && okB {
			n++
		}
	}
	return n
}

// reviewPair is a and b's agreement on the detections both reviewed.
func reviewPair(r Reliability, d Dataset, a, b int) ReviewPair {
	p := ReviewPair{A: d.Annotators[a], B: d.Annotators[b], Kappa: Number(Kappa(r, a, b))}
	same := 0
	for _, u := range r.Units {
		va, okA := u.Values[a]
		vb, okB := u.Values[b]
		if okA && okB {
			p.Units++
			if va == vb {
				same++
			}
		}
	}
	p.Agreement = ratio(same, p.Units)
	return p
}
