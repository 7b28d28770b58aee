package model

import (
	"bytes"
	"slices"
	"testing"
)

// TestLargeDocumentParagraphsMatchItsText checks the paragraph index that
// NewDocument builds while the scan runs (files of a scan chunk or more):
// it must equal the index of the text as shown, also when invalid bytes
// were replaced (which moves every later offset) and for Markdown.
func TestLargeDocumentParagraphsMatchItsText(t *testing.T) {
	line := []byte("Le ministre a dit « nous construirons 住宅 » 📰 e\u0301.\n\n")
	big := bytes.Repeat(line, scanChunk/len(line)+2)
	for _, tc := range []struct {
		name     string
		data     []byte
		markdown bool
		bad      int
	}{
		{"valid", big, false, 0},
		{"valid Markdown", append([]byte("# Title\n\n- item\n"), big...), true, 0},
		{"invalid bytes early", append([]byte("bad \xff\xfe here\n"), big...), false, 2},
		{"invalid byte late", append(slices.Clone(big), "tail \xc3\n"...), false, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := NewDocument("big.txt", slices.Clone(tc.data), tc.markdown)
			if err != nil {
				t.Fatal(err)
			}
			if doc.InvalidUTF8 != tc.bad {
				t.Errorf("InvalidUTF8 = %d, want %d", doc.InvalidUTF8, tc.bad)
			}
			if want := SplitParagraphs(doc.Text, tc.markdown); !slices.Equal(doc.Paragraphs, want) {
				t.Errorf("paragraphs differ from the text's own (%d vs %d)", len(doc.Paragraphs), len(want))
			}
		})
	}
	nul := append(slices.Clone(big), 0)
	if _, err := NewDocument("big.bin", nul, false); err != ErrBinary {
		t.Errorf("a large file with a NUL: %v, want ErrBinary", err)
	}
}
