package agreement

import (
	"github.com/annotty/annotty/model"
)

// parseName is model.ParseSidecarName, for the loaders.
var parseName = model.ParseSidecarName

// codingOf turns an annotation file into a coding: every placed annotation is
// a span; accepted and edited detections and rejections are reviews.
func codingOf(f *model.AnnotationFile) *Coding {
	c := &Coding{Spans: []Span{}}
	for _, a := range f.Annotations {
		if a.Orphan {
			continue
		}
		c.Spans = append(c.Spans, Span{Label: a.Label, Start: a.Start, End: a.End, Speaker: a.Speaker})
		switch a.Source {
		case model.SourceAuto:
			c.Reviews = append(c.Reviews, Review{Kind: detectionKind(a.Label), Start: a.Start, End: a.End, Decision: Accepted})
		case model.SourceEdited:
			c.Reviews = append(c.Reviews, Review{Kind: detectionKind(a.Label), Start: a.Start, End: a.End, Decision: Edited})
		}
	}
	for _, r := range f.Rejections {
		c.Reviews = append(c.Reviews, Review{Kind: string(r.Kind), Start: r.Start, End: r.End, Decision: Rejected})
	}
	return c
}

// detectionKind is the detection kind an accepted annotation's label stands for.
func detectionKind(label string) string {
	if label == string(model.DetectionPromo) {
		return string(model.DetectionPromo)
	}
	return string(model.DetectionQuote)
}
