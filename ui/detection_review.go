package ui

import "github.com/annotty/annotty/model"

// SetReview keeps the user's annotations so that the Quotes and Promos tabs
// can mark the detections already accepted or rejected (ReviewReceiver).
func (d *detections) SetReview(set *model.AnnotationSet) { d.review = set }

// reviewMark is the prefix a list row gets for a reviewed detection:
// "✓ " accepted, "✗ " rejected, "" not reviewed yet.
func (d *detections) reviewMark(kind model.DetectionKind, span model.Span) string {
	if d.review == nil {
		return ""
	}
	if d.review.IsRejected(kind, span) {
		return "✗ "
	}
	if d.review.Reviewed(model.Detection{Kind: kind, Span: span}) {
		return "✓ "
	}
	return ""
}
