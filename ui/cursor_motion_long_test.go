package ui

import (
	"strings"
	"testing"
)

// In a paragraph far longer than maxQuoteScan (a file without line
// breaks), the quotation around the cursor is still found, whatever comes
// before it; one opened further back than maxQuoteScan is not looked for.
func TestMarkedQuoteInLongParagraph(t *testing.T) {
	filler := strings.Repeat("the council met again ", 3*maxQuoteScan/22)
	quote := "\u201cWe will not stop,\u201d"
	tests := []struct {
		name   string
		text   string
		cursor string // the cursor is on the first byte of this
		want   string // "" for none
	}{
		{"after a long run of text", filler + "she said " + quote + " " + filler, "will", quote},
		{"an unbalanced straight quote far back", "\"" + filler + quote + " " + filler, "will", quote},
		{"opened further back than the scan", "\u201c" + filler + "stop,\u201d " + filler, "stop", ""},
	}
	for _, tt := range tests {
		doc := mustDoc(t, "long.txt", tt.text)
		off := strings.Index(tt.text, tt.cursor)
		span, ok := markedQuote(doc, off)
		got := ""
		if ok {
			got = tt.text[span.Start:span.End]
		}
		if got != tt.want {
			t.Errorf("%s: got %.40q, want %q", tt.name, got, tt.want)
		}
	}
}
