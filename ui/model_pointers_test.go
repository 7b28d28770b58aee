package ui

import (
	"testing"
	"unsafe"
)

// Bubble Tea boxes the model on the heap each time it is returned as a
// tea.Model (two or three times a key): a large field added by value is
// garbage on every key. Keep big state behind pointers (model_pointers.go).
func TestModelsStaySmallEnoughToCopyOnEveryKey(t *testing.T) {
	const limit = 2 << 10
	if n := unsafe.Sizeof(Model{}); n > limit {
		t.Errorf("Model is %d bytes, over %d: every key copies it to the heap", n, limit)
	}
	if n := unsafe.Sizeof(CorpusModel{}); n > limit {
		t.Errorf("CorpusModel is %d bytes, over %d: every key copies it to the heap", n, limit)
	}
}
