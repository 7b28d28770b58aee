package session

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// searchChunk is how much text FindMatches lowers at a time for a
// case-insensitive ASCII query.
const searchChunk = 256 << 10

// SmartCase reports whether a search for query should ignore case: it does
// unless the query has an uppercase letter (as in vim's smartcase and less -i).
func SmartCase(query string) (ignoreCase bool) {
	for _, r := range query {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// FindMatches returns the non-overlapping occurrences of query in text, in
// order, with smart case. Offsets are byte offsets into text itself.
func FindMatches(text, query string) Matches {
	if query == "" {
		return Matches{}
	}
	if !SmartCase(query) {
		return findExact(text, query)
	}
	return findFold(text, query)
}

// findExact finds query byte for byte.
func findExact(text, query string) Matches {
	spans := Matches{width: len(query)}
	for off := 0; ; {
		i := strings.Index(text[off:], query)
		if i < 0 {
			return spans
		}
		spans.add(off + i)
		off += i + len(query)
	}
}

// findFold finds query ignoring case. It lowers the text a chunk at a time
// with lowerSameLength, which keeps every byte offset, so the whole document
// is never copied and the matches are offsets into text.
func findFold(text, query string) Matches {
	q := lowerSameLength(nil, query)
	buf := make([]byte, 0, searchChunk+len(q)+utf8.UTFMax)
	spans := Matches{width: len(q)}
	next := 0 // matches may not start before next (no overlaps)
	for start := 0; start < len(text); {
		stop := runeBoundary(text, start+searchChunk)   // this chunk owns matches starting before stop
		end := runeBoundary(text, stop+len(q)-1)        // and may read this far
		buf = lowerSameLength(buf[:0], text[start:end]) // same length as text[start:end]
		for off := max(0, next-start); off <= len(buf)-len(q); {
			i := bytes.Index(buf[off:], q)
			if i < 0 || start+off+i >= stop {
				break
			}
			s := start + off + i
			spans.add(s)
			next = s + len(q)
			off += i + len(q)
		}
		start = stop
	}
	return spans
}

// runeBoundary returns the first rune start at or after i (clamped to len(s)).
func runeBoundary(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// lowerSameLength appends src to dst with each letter lowered when its lower
// case has the same UTF-8 length (all of ASCII, Latin, Greek, Cyrillic...),
// so that offsets into the result are offsets into src. Invalid bytes are
// copied as they are.
func lowerSameLength(dst []byte, src string) []byte {
	n := len(dst)
	dst = append(dst, src...)
	out := dst[n:]
	for i := 0; i < len(out); {
		c := out[i]
		if c < utf8.RuneSelf {
			out[i] = lowerTable[c]
			i++
			continue
		}
		r, size := utf8.DecodeRune(out[i:])
		if l := unicode.ToLower(r); l != r && r != utf8.RuneError && utf8.RuneLen(l) == size {
			utf8.EncodeRune(out[i:], l)
		}
		i += size
	}
	return dst
}

// lowerTable lowers ASCII letters and keeps every other byte.
var lowerTable = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// search is the current query, its matches and the selected one. The
// matches are found off the UI goroutine (FindMatches in a command); a
// generation number drops the results of a search that a newer one replaced.
type search struct {
	query   string
	matches Matches
	current int // index into matches, -1 when none is selected
	pending bool
	gen     int
}

// StartSearch begins a search for query (an empty one clears the search)
// and returns its generation, to hand back with the matches.
func (s *Session) StartSearch(query string) int {
	x := &s.search
	x.gen++
	x.query, x.matches, x.current = query, Matches{}, -1
	x.pending = query != ""
	return x.gen
}

// FinishSearch takes the matches of search gen; it reports false (and
// changes nothing) when a newer search replaced it.
func (s *Session) FinishSearch(gen int, matches Matches) bool {
	x := &s.search
	if gen != x.gen {
		return false
	}
	x.pending, x.matches, x.current = false, matches, -1
	return true
}

// SearchQuery is the current query ("" for none).
func (s *Session) SearchQuery() string { return s.search.query }

// SearchPending reports whether the current search is still running.
func (s *Session) SearchPending() bool { return s.search.pending }

// SearchMatches are the current query's matches, in text order.
func (s *Session) SearchMatches() Matches { return s.search.matches }

// CurrentMatch is the index of the selected match (-1 for none).
func (s *Session) CurrentMatch() int { return s.search.current }

// StepMatch selects the first match starting after off (dir > 0) or the
// last one starting before it (dir < 0), wrapping around the document; it
// returns the match and whether it wrapped (ok is false with no matches).
func (s *Session) StepMatch(off, dir int) (match model.Span, wrapped, ok bool) {
	x := &s.search
	n := x.matches.Len()
	if n == 0 {
		return model.Span{}, false, false
	}
	if dir > 0 {
		i := x.matches.firstAfter(off)
		x.current, wrapped = i%n, i == n
	} else {
		i := x.matches.firstFrom(off) - 1
		x.current, wrapped = (i+n)%n, i < 0
	}
	return x.matches.At(x.current), wrapped, true
}
