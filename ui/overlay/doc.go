// Package overlay holds the reader's overlays, each owning its state and
// keys: the help page (rendered by glamour in a command), the search and
// name prompt, the note editor, the speaker picker and the question quit asks
// when changes could not be saved (QuitConfirm). They are drawn over
// the article by the root model and read nothing but what they are given.
package overlay
