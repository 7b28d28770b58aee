package ui

import (
	"errors"

	"github.com/annotty/annotty/model"
)

// Review of the automatic detections. The keys act on what the cursor is on:
//
//	a  accept the unreviewed detection under the cursor (quote → a "quote"
//	   tag with its speaker, promo → a "promo" tag; source auto)
//	x  reject it (it stays hidden on reopen); with no detection under the
//	   cursor, delete the user's own tag there instead (u undoes either)
//	s  change the speaker of the quote under the cursor (a detection is
//	   accepted with the new speaker, source edited; a tag is updated)
//	F  in visual mode, set the span of the detection or tag under the
//	   cursor (else the one overlapping the selection most) to the
//	   selection (source edited)
//
// When several detections or tags contain the cursor, the innermost
// (shortest) one is used, and for tags of equal length the most recent.

// ReviewReceiver is implemented by highlighters and side tabs that show the
// automatic detections: after every change to the annotations the root
// hands them the set, so they can hide rejected detections
// (set.IsRejected) and mark accepted ones (set.Reviewed).
type ReviewReceiver interface {
	SetReview(set *model.AnnotationSet)
}

// reviewTarget is what a review key acts on: an unreviewed detection, or
// one of the user's annotations (by ID).
type reviewTarget struct {
	detection    *model.Detection
	annotationID string
}

// valid reports whether the target names something.
func (r reviewTarget) valid() bool { return r.detection != nil || r.annotationID != "" }

// errNothingHere is the status message when no detection or tag is under the cursor.
var errNothingHere = errors.New("no detection or tag under the cursor")

// detectionAt returns the innermost unreviewed detection containing off.
func (m Model) detectionAt(off int) (model.Detection, bool) {
	best, found := model.Detection{}, false
	for _, d := range m.tags.detectionsAt(off) {
		if m.tags.set.Reviewed(d) {
			continue
		}
		if !found || d.Span.Len() < best.Span.Len() {
			best, found = d, true
		}
	}
	return best, found
}

// targetAt picks the review target at off: a detection first, else a tag.
func (m Model) targetAt(off int) reviewTarget {
	if d, ok := m.detectionAt(off); ok {
		return reviewTarget{detection: &d}
	}
	if a, ok := m.tags.tagAt(off); ok {
		return reviewTarget{annotationID: a.ID}
	}
	return reviewTarget{}
}

// describeDetection is "quote · Jake Sullivan" or "promo".
func describeDetection(d model.Detection) string {
	s := string(d.Kind)
	if d.Speaker != "" {
		s += " · " + d.Speaker
	}
	return s
}

// acceptAtCursor implements a.
func (m Model) acceptAtCursor() Model {
	d, ok := m.detectionAt(m.cursor.at())
	if !ok {
		if a, ok := m.tags.tagAt(m.cursor.at()); ok {
			m.message = "already tagged " + a.Label + " (no suggestion to accept here)"
		} else {
			m.message = "no suggestion under the cursor to accept"
		}
		return m
	}
	if _, err := m.tags.set.Accept(d, nil); err != nil {
		m.message = "cannot accept: " + err.Error()
		return m
	}
	return m.changed("accepted " + describeDetection(d))
}

// rejectAtCursor implements x: reject the detection under the cursor, or
// delete the tag under it when there is no detection.
func (m Model) rejectAtCursor() Model {
	if d, ok := m.detectionAt(m.cursor.at()); ok {
		if err := m.tags.set.Reject(d.Kind, d.Span); err != nil {
			m.message = "cannot reject: " + err.Error()
			return m
		}
		return m.changed("rejected " + describeDetection(d) + " (u undoes)")
	}
	if a, ok := m.tags.tagAt(m.cursor.at()); ok {
		return m.deleteTag(a.ID)
	}
	m.message = errNothingHere.Error()
	return m
}

// deleteTag removes annotation id (undoable).
func (m Model) deleteTag(id string) Model {
	a, ok := m.tags.set.Get(id)
	if !ok {
		return m
	}
	if err := m.tags.set.Remove(id); err != nil {
		m.message = "cannot delete: " + err.Error()
		return m
	}
	return m.changed("deleted tag " + a.Label + " (u undoes)")
}

// openSpeakerPicker implements s.
func (m Model) openSpeakerPicker() Model {
	target := m.targetAt(m.cursor.at())
	current := ""
	switch {
	case target.detection != nil && target.detection.Kind != model.DetectionQuote:
		m.message = "a promo has no speaker"
		return m
	case target.detection != nil:
		current = target.detection.Speaker
	case target.valid():
		a, _ := m.tags.set.Get(target.annotationID)
		current = a.Speaker
	default:
		m.message = "no quote under the cursor"
		return m
	}
	m.picker = newSpeakerPicker(m.detect.analysis, target, current, m.styles)
	m.focus = focusPicker
	return m
}

// setSpeaker applies the picked speaker name to the picker's target.
func (m Model) setSpeaker(target reviewTarget, name string) Model {
	if target.detection != nil {
		if _, err := m.tags.set.Accept(*target.detection, func(a *model.Annotation) { a.Speaker = name }); err != nil {
			m.message = "cannot set the speaker: " + err.Error()
			return m
		}
		return m.changed("accepted quote · " + name)
	}
	if err := m.tags.set.Update(target.annotationID, func(a *model.Annotation) { a.Speaker = name }); err != nil {
		m.message = "cannot set the speaker: " + err.Error()
		return m
	}
	return m.changed("speaker: " + name)
}

// fixSpan implements F: the detection or tag under the cursor gets the
// visual selection as its span.
func (m Model) fixSpan() Model {
	if !m.cursor.visual() {
		m.message = "select the right passage first (v), then press F"
		return m
	}
	span := m.cursor.s.Selection()
	target := m.fixTarget(span)
	var err error
	switch {
	case target.detection != nil:
		_, err = m.tags.set.Accept(*target.detection, func(a *model.Annotation) { a.Span = span })
	case target.valid():
		err = m.tags.set.Update(target.annotationID, func(a *model.Annotation) { a.Span = span })
	default:
		m.message = "no suggestion or tag overlaps the selection"
		return m
	}
	if err != nil {
		m.message = "cannot fix the span: " + err.Error()
		return m
	}
	m.cursor.exitVisual()
	return m.changed("span fixed")
}

// fixTarget is what F re-spans: the suggestion or tag under the cursor,
// else under the selection's start, else the suggestion or tag that
// overlaps the selection most.
func (m Model) fixTarget(span model.Span) reviewTarget {
	if t := m.targetAt(m.cursor.at()); t.valid() {
		return t
	}
	if t := m.targetAt(span.Start); t.valid() {
		return t
	}
	overlap := func(s model.Span) int { return min(s.End, span.End) - max(s.Start, span.Start) }
	best, most := reviewTarget{}, 0
	for _, d := range m.tags.detections {
		if n := overlap(d.Span); n > most && !m.tags.set.Reviewed(d) {
			d := d
			best, most = reviewTarget{detection: &d}, n
		}
	}
	for _, a := range m.tags.overlapping(span.Start, span.End) {
		if n := overlap(a.Span); n > most {
			best, most = reviewTarget{annotationID: a.ID}, n
		}
	}
	return best
}

// notifyReview hands the annotation set to every ReviewReceiver.
func (m Model) notifyReview() {
	for _, t := range m.side.tabs {
		if r, ok := t.(ReviewReceiver); ok {
			r.SetReview(m.tags.set)
		}
	}
	for _, nh := range m.article.highlighters {
		if r, ok := nh.h.(ReviewReceiver); ok {
			r.SetReview(m.tags.set)
		}
	}
}
