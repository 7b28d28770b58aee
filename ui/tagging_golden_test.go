package ui

import (
	"testing"

	"github.com/annotty/annotty/samples"
)

// Tagging end to end: tag a sentence, select a passage in visual mode and
// tag it, then show the Tags tab (regenerate with go test -update).
func TestGoldenTagging(t *testing.T) {
	doc := sampleDoc(t, samples.Default)
	runGolden(t, doc, 80, 24, ")", "2", "}", "v", ")", "w", "w", "5", "B", "v", "e")
	runGolden(t, doc, 120, 40, ")", "2", "}", "v", "i", "s", "1", "c", "o", "k", "esc", "tab", "h")
}

// The Tags tab in a small terminal, the second tag selected.
func TestGoldenTagsTab(t *testing.T) {
	doc := sampleDoc(t, samples.Default)
	runGolden(t, doc, 80, 24, ")", "2", "}", "v", "i", "s", "1", "c", "o", "k", "esc", "tab", "h", "j")
}
