package agreement

// Span is one tagged passage of an annotator, in Unicode code points (end
// exclusive), as the native annotation file stores it.
type Span struct {
	// Label is the tag's label ("quote", "claim", ...).
	Label string
	// Start and End are code-point offsets, end exclusive.
	Start, End int
	// Speaker is a quote's speaker, when set.
	Speaker string
}

// Decision is what an annotator did with an automatic detection.
type Decision string

// Review decisions.
const (
	// Accepted: the detection was accepted as it was.
	Accepted Decision = "accepted"
	// Edited: the detection was accepted with a change (speaker, span or label).
	Edited Decision = "edited"
	// Rejected: the detection was rejected.
	Rejected Decision = "rejected"
)

// Review is one reviewed detection: its kind ("quote", "promo"), where it is
// and what the annotator decided.
type Review struct {
	// Kind is the detection's kind.
	Kind string
	// Start and End are code-point offsets, end exclusive.
	Start, End int
	// Decision is the annotator's decision.
	Decision Decision
}

// Coding is one annotator's work on one document.
type Coding struct {
	// Spans are the annotator's tags (orphans left out).
	Spans []Span
	// Reviews are the annotator's decisions on detections.
	Reviews []Review
}

// Document is one article as several annotators coded it.
type Document struct {
	// Name identifies the article in reports (its path relative to the corpus).
	Name string
	// Length is the article's length in code points.
	Length int
	// Codings maps an annotator's index to its coding; an annotator who did not
	// annotate the document is absent (missing data, not "no tags").
	Codings map[int]*Coding
}

// Dataset is what agreement is measured on: the annotators and the documents.
type Dataset struct {
	// Annotators are the annotators' names, indexed as in Document.Codings.
	Annotators []string
	// Documents are the articles, in a stable order.
	Documents []Document
}

// Labels lists every label any annotator used, sorted.
func (d Dataset) Labels() []string {
	seen := map[string]bool{}
	for _, doc := range d.Documents {
		for _, c := range doc.Codings {
			for _, s := range c.Spans {
				seen[s.Label] = true
			}
		}
	}
	return sortedKeys(seen)
}
