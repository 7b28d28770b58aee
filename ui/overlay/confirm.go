package overlay

import (
	"strings"

	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// QuitKeys are the keys of the question quit asks when changes could not
// be saved.
type QuitKeys struct {
	Retry, Rescue, Stay key.Binding
}

// DefaultQuitKeys are the quit question's standard keys.
func DefaultQuitKeys() QuitKeys {
	return QuitKeys{
		Retry:  binding("r", "retry saving, then quit", "r"),
		Rescue: binding("w", "write a rescue copy and quit", "w", "ctrl+c"),
		Stay:   binding("esc", "stay", "esc", "q"),
	}
}

// QuitAnswer is what the user chose.
type QuitAnswer int

// The answers to the quit question.
const (
	QuitUndecided QuitAnswer = iota
	QuitRetry
	QuitRescue
	QuitStay
)

// QuitConfirm asks what to do with changes that could not be saved:
// retry, write a rescue copy and quit, or stay. Nothing is lost whichever
// is chosen (ctrl+c, pressed again, writes the rescue copy).
type QuitConfirm struct {
	keys  QuitKeys
	cause string
}

// NewQuitConfirm asks about unsaved changes; cause is why the last save failed.
func NewQuitConfirm(cause string) QuitConfirm {
	return QuitConfirm{keys: DefaultQuitKeys(), cause: cause}
}

// Update maps a key to an answer (QuitUndecided for any other key).
func (c *QuitConfirm) Update(msg tea.KeyMsg) QuitAnswer {
	switch {
	case key.Matches(msg, c.keys.Retry):
		return QuitRetry
	case key.Matches(msg, c.keys.Rescue):
		return QuitRescue
	case key.Matches(msg, c.keys.Stay):
		return QuitStay
	}
	return QuitUndecided
}

// SetCause replaces the reason shown (after a retry failed again).
func (c *QuitConfirm) SetCause(cause string) { c.cause = cause }

// View draws the question in exactly width x height cells.
func (c *QuitConfirm) View(width, height int, styles *theme.Styles) string {
	out := []string{
		styles.SideTitle.Render(ansi.Truncate("Quit? Your latest changes are NOT SAVED", width, "…")),
		styles.SideBorder.Render(strings.Repeat("─", width)),
	}
	for _, line := range strings.Split(ansi.Wrap(theme.Sanitize(c.cause), max(width-2, 1), " /"), "\n") {
		out = append(out, " "+line)
	}
	out = append(out, "")
	for _, b := range []key.Binding{c.keys.Retry, c.keys.Rescue, c.keys.Stay} {
		out = append(out, ansi.Truncate("  "+b.Help().Key+"  "+b.Help().Desc, width, "…"))
	}
	out = append(out, "")
	for _, line := range strings.Split(ansi.Wrap("A rescue copy is a normal annotation file; its path is printed on exit.", max(width-2, 1), " "), "\n") {
		out = append(out, styles.Muted.Render(" "+line))
	}
	return theme.PadBlock(out, width, height)
}
