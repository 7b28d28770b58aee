package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/overlay"
	"github.com/annotty/annotty/ui/session"
)

// Review of the automatic detections. The keys act on what the cursor is
// on (the session's operations decide; see ui/session):
//
//	a  accept the unreviewed detection under the cursor
//	x  reject it; with none, delete the user's own tag there
//	s  change the speaker of the quote under the cursor
//	F  in visual mode, set the span of the detection or tag to the selection

// describeDetection is "quote · Jake Sullivan" or "promo".
func describeDetection(d model.Detection) string {
	s := string(d.Kind)
	if d.Speaker != "" {
		s += " · " + d.Speaker
	}
	return s
}

// acceptAtCursor implements a.
func (m Model) acceptAtCursor() Model { return m.apply(m.sess.Accept(m.cursor.at())) }

// rejectAtCursor implements x.
func (m Model) rejectAtCursor() Model { return m.apply(m.sess.Reject(m.cursor.at())) }

// deleteTag removes annotation id (undoable).
func (m Model) deleteTag(id string) Model { return m.apply(m.sess.Delete(id)) }

// openSpeakerPicker implements s.
func (m Model) openSpeakerPicker() Model {
	target, current, o := m.sess.SpeakerTarget(m.cursor.at())
	if !target.Valid() {
		return m.apply(o)
	}
	m.picker = ptr(overlay.NewSpeakerPicker(m.sess.Speakers(), target, current, m.styles))
	m.focus = focusPicker
	return m
}

// setSpeaker applies the picked speaker name to the picker's target.
func (m Model) setSpeaker(target session.Target, name string) Model {
	return m.apply(m.sess.SetSpeaker(target, name))
}

// fixSpan implements F: the detection or tag under the cursor gets the
// visual selection as its span.
func (m Model) fixSpan() Model {
	if !m.cursor.visual() {
		m.message = "select the right passage first (" + m.keyName(actVisual) + "), then press " + m.keyName(actFixSpan)
		return m
	}
	o := m.sess.FixSpan(m.cursor.at(), m.cursor.s.Selection())
	if o.Changed {
		m.cursor.exitVisual()
	}
	return m.apply(o)
}
