package brat

import (
	"fmt"
	"testing"

	"github.com/annotty/annotty/model"
)

// fmtSscan reads "START END".
func fmtSscan(s string, a, b *int) (int, error) { return fmt.Sscan(s, a, b) }

// mustJSON encodes a native file.
func mustJSON(t *testing.T, f *model.AnnotationFile) []byte {
	data, err := f.MarshalIndent()
	if err != nil {
		t.Fatal(err)
	}
	return data
}
