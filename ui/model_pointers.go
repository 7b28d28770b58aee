package ui

// The model keeps its key map and its large overlays (the prompt, the note
// editor and the speaker picker, 27 KB of the model's 27.5 KB) behind
// pointers. Bubble Tea passes the model around as a tea.Model, and each
// return of the model as one boxed a copy of the whole struct on the heap:
// two or three per key, most of the 73 KB of garbage a scrolling key made
// (docs/performance.md, "Memory after keys"). Copies of the model share
// these; only the newest model is ever used again.

// ptr returns a pointer to a copy of v, for the model's overlays.
func ptr[T any](v T) *T { return &v }
