package ui

import "github.com/annotty/annotty/model"

// reviewMark is the prefix a list row gets for a reviewed detection:
// "✓ " accepted, "✗ " rejected, "" not reviewed yet.
func (d *detections) reviewMark(kind model.DetectionKind, span model.Span) string {
	set := d.sess.Set()
	if set.IsRejected(kind, span) {
		return "✗ "
	}
	if d.sess.Reviewed(model.Detection{Kind: kind, Span: span}) {
		return "✓ "
	}
	return ""
}
