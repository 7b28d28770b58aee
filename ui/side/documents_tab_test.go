package side

import (
	"slices"
	"testing"

	"github.com/annotty/annotty/model/corpus"
)

// The status filter cycles through each status, then unfinished, then all.
func TestNextStatusFilter(t *testing.T) {
	var got []string
	var cur []corpus.Status
	for range 7 {
		cur = nextStatusFilter(cur)
		names := ""
		for _, s := range cur {
			names += string(s) + "+"
		}
		got = append(got, names)
	}
	want := []string{"new+", "in progress+", "done+", "skipped+", "new+in progress+", "", "new+"}
	if !slices.Equal(got, want) {
		t.Errorf("cycle = %q, want %q", got, want)
	}
}

// The sort cycles listed → name → status → listed.
func TestNextSort(t *testing.T) {
	s := corpus.SortKey("")
	var got []corpus.SortKey
	for range 4 {
		s = nextSort(s)
		got = append(got, s)
	}
	want := []corpus.SortKey{corpus.SortName, corpus.SortStatus, corpus.SortListed, corpus.SortName}
	if !slices.Equal(got, want) {
		t.Errorf("cycle = %v, want %v", got, want)
	}
}

// Each row's figures say what is known: tags before the scan, quotes and
// the reviewed share after, the reason for a bad file.
func TestDocumentFigures(t *testing.T) {
	tests := []struct {
		e      corpus.Entry
		narrow bool
		want   string
	}{
		{corpus.Entry{Counts: corpus.Counts{Tags: 2}}, false, " 2t"},
		{corpus.Entry{Filled: true, Counts: corpus.Counts{Tags: 2}}, false, " 2t   -q    -"},
		{corpus.Entry{Filled: true, Counts: corpus.Counts{Tags: 1, Quotes: 7, Detections: 10, Reviewed: 5, Analysed: true}}, false, " 1t   7q  50%"},
		{corpus.Entry{Filled: true, Counts: corpus.Counts{Tags: 1, Quotes: 7, Detections: 10, Reviewed: 5, Analysed: true}}, true, " 1t   7q"},
		{corpus.Entry{Filled: true, Problem: "empty"}, false, "empty"},
		{corpus.Entry{Missing: true}, false, "missing"},
	}
	for _, tt := range tests {
		if got := figures(&tt.e, tt.narrow); got != tt.want {
			t.Errorf("figures(%+v) = %q, want %q", tt.e, got, tt.want)
		}
	}
}
