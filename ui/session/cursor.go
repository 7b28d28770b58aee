package session

import "github.com/annotty/annotty/ui/selection"

// Cursor is the text cursor and the visual selection (package selection's
// pure State). The session holds it so every view and operation reads the
// same place; the article pane's key handling moves it.
func (s *Session) Cursor() *selection.State { return &s.cursor }
