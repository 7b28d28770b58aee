package layers

import "github.com/annotty/annotty/model"

// ReviewMark is the prefix a list row gets for a reviewed detection:
// "✓ " accepted, "✗ " rejected, "" not reviewed yet.
func (d *Detections) ReviewMark(kind model.DetectionKind, span model.Span) string {
	set := d.Sess.Set()
	if set.IsRejected(kind, span) {
		return "✗ "
	}
	if d.Sess.Reviewed(model.Detection{Kind: kind, Span: span}) {
		return "✓ "
	}
	return ""
}
