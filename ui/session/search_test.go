package session

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

func TestFindMatchesSmartCase(t *testing.T) {
	text := "Sullivan said. SULLIVAN agreed; sullivan's aide, not Sullivans."
	tests := []struct {
		query string
		want  []string
	}{
		{"sullivan", []string{"Sullivan", "SULLIVAN", "sullivan", "Sullivan"}},
		{"Sullivan", []string{"Sullivan", "Sullivan"}},
		{"SULLIVAN", []string{"SULLIVAN"}},
		{"nobody", nil},
		{"aa", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range FindMatches(text, tt.query).All() {
			got = append(got, text[s.Start:s.End])
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("FindMatches(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestFindMatchesUnicode(t *testing.T) {
	text := "Ärger in München, ärger in MÜNCHEN; 東京 and 東京; naïve NAÏVE."
	for _, tt := range []struct {
		query string
		n     int
	}{{"ärger", 2}, {"münchen", 2}, {"東京", 2}, {"naïve", 2}, {"NAÏVE", 1}} {
		got := FindMatches(text, tt.query)
		if got.Len() != tt.n {
			t.Errorf("FindMatches(%q) found %d, want %d", tt.query, got.Len(), tt.n)
		}
		for _, s := range got.All() {
			if !strings.EqualFold(text[s.Start:s.End], tt.query) {
				t.Errorf("FindMatches(%q) matched %q", tt.query, text[s.Start:s.End])
			}
		}
	}
}

func TestFindMatchesAcrossChunks(t *testing.T) {
	// Put matches exactly around every chunk boundary, ASCII and not.
	for _, tt := range []struct{ query, upper, near string }{
		{"needle", "NeEdLe", "needlneedle"},
		{"zürich", "ZÜRICH", "zürizürich"},
	} {
		var b strings.Builder
		var want []int
		for b.Len() < 3*searchChunk {
			boundary := (b.Len()/searchChunk + 1) * searchChunk
			for b.Len() < boundary-3 {
				b.WriteByte('x')
			}
			want = append(want, b.Len())
			b.WriteString(tt.upper)
			b.WriteString(tt.near) // a near miss, then a match
			want = append(want, b.Len()-len(tt.query))
		}
		got := FindMatches(b.String(), tt.query)
		if got.Len() != len(want) {
			t.Fatalf("%s: found %d matches, want %d", tt.query, got.Len(), len(want))
		}
		for i, s := range got.All() {
			if s.Start != want[i] || s.End != want[i]+len(tt.query) {
				t.Fatalf("%s: match %d = %+v, want start %d", tt.query, i, s, want[i])
			}
		}
	}
}

func TestFindMatchesNoOverlaps(t *testing.T) {
	got := FindMatches("aaaa", "aa")
	if got.Len() != 2 || got.At(1) != (model.Span{Start: 2, End: 4}) {
		t.Fatalf("got %+v", got)
	}
}

func TestStepMatch(t *testing.T) {
	doc := "needle one, needle two, needle three"
	s, _, _ := fixture(t)
	gen := s.StartSearch("needle")
	if stale := s.StartSearch("needle"); s.FinishSearch(gen, FindMatches(doc, "needle")) || stale == gen {
		t.Fatal("a replaced search's matches were taken")
	}
	s.FinishSearch(gen+1, FindMatches(doc, "needle"))
	tests := []struct {
		name        string
		from, dir   int
		wantStart   int
		wantWrapped bool
	}{
		{"forward from the start", -1, +1, 0, false},
		{"forward skips the match at the cursor", 0, +1, 12, false},
		{"forward past the last wraps", 30, +1, 0, true},
		{"backward", 20, -1, 12, false},
		{"backward past the first wraps", 0, -1, 24, true},
	}
	for _, tc := range tests {
		m, wrapped, ok := s.StepMatch(tc.from, tc.dir)
		if !ok || m.Start != tc.wantStart || wrapped != tc.wantWrapped {
			t.Errorf("%s: match %v wrapped %v ok %v", tc.name, m, wrapped, ok)
		}
		if got := s.SearchMatches().At(s.CurrentMatch()); got != m {
			t.Errorf("%s: current match %v, returned %v", tc.name, got, m)
		}
	}
}

func TestFindMatchesAllocatesLittleMoreThanItsMatches(t *testing.T) {
	text := strings.Repeat("The Council met. ", 200_000) // 200,000 matches, 3.4 MB
	for _, query := range []string{"council", "Council"} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		m := FindMatches(text, query)
		runtime.ReadMemStats(&after)
		if m.Len() != 200_000 {
			t.Fatalf("%q: %d matches, want 200000", query, m.Len())
		}
		kept := uint64(4 * m.Len())
		// The matches with room to double, the slices they outgrew (as much
		// again) and the case-insensitive search's chunk buffer.
		if got, limit := after.TotalAlloc-before.TotalAlloc, 3*kept+searchChunk+64<<10; got > limit {
			t.Errorf("%q: allocated %d KB for %d KB of matches, want at most %d KB", query, got>>10, kept>>10, limit>>10)
		}
	}
}
