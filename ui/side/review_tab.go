package side

import (
	"fmt"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/session"
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// ReviewTab lists the tags to check after the article changed: the ones
// re-anchoring placed without being sure (shown at their new place,
// unconfirmed) and the orphans, each with why. enter shows the tag's
// place (an orphan's suggested place) selected in the article; the confirm keys accept the place
// (one tag, or every re-anchored one), and the place key puts the selected
// tag at the article's visual selection. Changes go through the root
// (ReviewActionMsg), so they are undoable and saved like any other.
type ReviewTab struct {
	sess   *session.Session
	keys   ReviewKeys
	hint   string // the key line, from the binding table
	cursor ListCursor
}

// ReviewKeys are the Review tab's own keys.
type ReviewKeys struct {
	Confirm, ConfirmAll, Place key.Binding
}

// ReviewAction is what the Review tab asks the root model to do.
type ReviewAction int

// The Review tab's actions.
const (
	ReviewConfirm ReviewAction = iota
	ReviewConfirmAll
	ReviewPlace
	ReviewNoPlace // enter on an orphan without a suggested place: explain
	ReviewShow    // enter: show the tag's place (an orphan's suggestion) selected in the article
)

// ReviewActionMsg asks the root model to act on annotation ID.
type ReviewActionMsg struct {
	Action ReviewAction
	ID     string
}

// NewReviewTab builds the tab over the session; hint is its key line.
func NewReviewTab(sess *session.Session, keys ReviewKeys, hint string) *ReviewTab {
	return &ReviewTab{sess: sess, keys: keys, hint: hint, cursor: NewListCursor()}
}

// Title names the tab with the number of tags to review.
func (t *ReviewTab) Title() string { return fmt.Sprintf("Review %d", len(t.sess.Review())) }

// ShortTitle is the title for a narrow tab bar.
func (t *ReviewTab) ShortTitle() string { return fmt.Sprintf("Rev %d", len(t.sess.Review())) }

// Selected is the tag under the cursor (ok false when the list is empty).
func (t *ReviewTab) Selected() (model.Annotation, bool) {
	list := t.sess.Review()
	if len(list) == 0 {
		return model.Annotation{}, false
	}
	t.cursor.Clamp(len(list))
	return list[t.cursor.Selected], true
}

// Update handles a key while the tab has focus.
func (t *ReviewTab) Update(msg tea.KeyMsg, keys Keys) (Tab, tea.Cmd) {
	a, ok := t.Selected()
	ask := func(act ReviewAction) tea.Cmd {
		id := a.ID
		return func() tea.Msg { return ReviewActionMsg{Action: act, ID: id} }
	}
	switch {
	case key.Matches(msg, t.keys.ConfirmAll):
		return t, ask(ReviewConfirmAll)
	case !ok:
		return t, nil
	case key.Matches(msg, t.keys.Confirm):
		return t, ask(ReviewConfirm)
	case key.Matches(msg, t.keys.Place):
		return t, ask(ReviewPlace)
	case key.Matches(msg, keys.Select):
		if _, ok := t.sess.ReviewPlace(a); ok {
			return t, ask(ReviewShow)
		}
		return t, ask(ReviewNoPlace)
	}
	t.cursor.Move(msg, keys, len(t.sess.Review()))
	return t, nil
}

// reviewMark is a review reason in a row's narrow first column.
func reviewMark(reason string) string {
	switch reason {
	case "text changed":
		return "edited"
	case "context changed":
		return "moved"
	case "not found":
		return "orphan"
	}
	return reason
}

// Follow changes nothing: the list is not in reading order.
func (t *ReviewTab) Follow(int) Tab { return t }

// View draws a header, one row per tag (why — edited: its text changed,
// moved: the text around it changed, orphan: not found, orphan→: with a
// suggested place — then the stored passage and the label) and the key hint.
func (t *ReviewTab) View(width, height int, focused bool, styles *theme.Styles) string {
	list := t.sess.Review()
	moved, orphans := t.sess.ReviewCounts()
	header := session.Count(moved, "re-anchored tag") + " · " + session.Count(orphans, "orphan")
	rows := []string{MessageRows(header, width, 1, styles)}
	if len(list) == 0 {
		rows = append(rows, MessageRows("Nothing to review: every tag is where it was confirmed.", width, 1, styles))
		return PadRows(rows, width, height-1) + "\n" + MessageRows(t.hint, width, 1, styles)
	}
	first, end := t.cursor.Window(max(height-2, 1), len(list))
	for r := first; r < end; r++ {
		a := list[r]
		lead := fmt.Sprintf("%-8s", reviewMark(t.sess.ReviewReason(a)))
		if _, ok := t.sess.ReviewPlace(a); a.Orphan && ok {
			lead = "orphan→ "
		}
		text := "“" + OpeningWords(a.Text, width) + "” " + theme.Sanitize(a.Label)
		rows = append(rows, t.cursor.ListRow(r, lead, styles.Muted, text, width, focused, styles))
	}
	return PadRows(rows, width, height-1) + "\n" + MessageRows(t.hint, width, 1, styles)
}
