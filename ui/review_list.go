package ui

import (
	"github.com/annotty/annotty/ui/selection"
	"github.com/annotty/annotty/ui/side"
)

// The review list of re-anchored and orphaned tags (side.ReviewTab): the
// root adds the tab once there is something to review, and carries out
// what it asks through the session (undoable, saved like any change).

// addReviewTab adds the Review tab when tags need review (once).
func (m Model) addReviewTab() Model {
	if m.review != nil || len(m.sess.Review()) == 0 {
		return m
	}
	m.review = side.NewReviewTab(m.sess, side.ReviewKeys{
		Confirm: m.keys.ReviewConfirm, ConfirmAll: m.keys.ReviewConfirmAll, Place: m.keys.ReviewPlace,
	}, m.reviewTabHint())
	m.side.AddTab(m.review)
	return m
}

// reviewTabHint is the Review tab's key line, named from the binding table.
func (m Model) reviewTabHint() string {
	return m.keyName(actSelect) + " show · " + m.keyName(actReviewConfirm) + " confirm · " +
		m.keyName(actReviewConfirmAll) + " all · " + m.keyName(actVisual) + " in the article, then " +
		m.keyName(actReviewPlace) + " places · " + m.keyName(actUndo) + " undo"
}

// reviewAction carries out what the Review tab asked for.
func (m Model) reviewAction(msg side.ReviewActionMsg) Model {
	switch msg.Action {
	case side.ReviewConfirm:
		return m.apply(m.sess.Confirm(msg.ID))
	case side.ReviewConfirmAll:
		return m.apply(m.sess.ConfirmAll())
	case side.ReviewPlace:
		return m.placeReviewed()
	case side.ReviewShow:
		return m.showReviewPlace(msg.ID)
	case side.ReviewNoPlace:
		m.message = "no likely place found: select its text in the article (" + m.keyName(actVisual) + ") and press " + m.keyName(actReviewPlace)
	}
	return m
}

// showReviewPlace scrolls to the place of tag id (an orphan's suggestion)
// and selects it in the article, so the place key puts the tag exactly
// there, or the user adjusts the selection first.
func (m Model) showReviewPlace(id string) Model {
	a, ok := m.sess.Set().Get(id)
	if !ok {
		m.message = "that tag is gone"
		return m
	}
	span, ok := m.sess.ReviewPlace(a)
	if !ok {
		return m.reviewAction(side.ReviewActionMsg{Action: side.ReviewNoPlace, ID: id})
	}
	m.article.JumpTo(span.Start)
	m = m.cursorTo(span.Start)
	m.cursor.s.Mode, m.cursor.s.Anchor, m.cursor.s.Head = selection.Visual, span, span
	m.focus = focusArticle
	m.side.Follow(m.article.TopOffset())
	what := "its new place"
	if a.Orphan {
		what = "the likely place"
	}
	m.message = what + " of " + a.Label + " is selected: " + m.keyName(actReviewPlace) + " places it there (adjust the selection first if needed)"
	return m
}

// placeReviewed puts the tag selected in the Review tab at the article's
// visual selection.
func (m Model) placeReviewed() Model {
	if m.review == nil {
		m.message = "no tags to review"
		return m
	}
	a, ok := m.review.Selected()
	if !ok {
		m.message = "no tags to review"
		return m
	}
	if !m.cursor.visual() {
		m.message = "select the text to place " + a.Label + " at first (" + m.keyName(actVisual) + ", then the motions)"
		return m
	}
	m = m.apply(m.sess.Place(a.ID, m.cursor.s.Selection()))
	m.cursor.exitVisual()
	return m
}
