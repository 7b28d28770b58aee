package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// marshal encodes the state as JSON with one line per document, sorted by
// path: small and fast to read back (decodeLines), and a status change is a
// one-line diff. Each document line is what encoding/json writes for it.
func (f *stateFile) marshal() ([]byte, error) {
	var buf bytes.Buffer
	field := func(name string, v any) error {
		data, err := json.Marshal(v)
		if err == nil {
			fmt.Fprintf(&buf, "  %q: %s,\n", name, data)
		}
		return err
	}
	buf.WriteString("{\n")
	head := []struct {
		name string
		v    any
		keep bool
	}{{"schema", f.Schema, true}, {"version", f.Version, true}, {"offsets", f.Offsets, true},
		{"current", f.Current, f.Current != ""}, {"view", f.View, f.View != nil}}
	for _, h := range head {
		if !h.keep {
			continue
		}
		if err := field(h.name, h.v); err != nil {
			return nil, err
		}
	}
	buf.WriteString("  \"documents\": {")
	lines := f.documentLines()
	out := buf.Bytes()
	size := len(out) + len("\n  }\n}\n")
	for _, line := range lines {
		size += len(",\n    ") + len(line)
	}
	out = slices.Grow(out, size-len(out))
	for i, line := range lines {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, "\n    "...)
		out = append(out, line...)
	}
	if len(lines) > 0 {
		out = append(out, "\n  "...)
	}
	return append(out, "}\n}\n"...), nil
}

// documentLines returns each document's line (`"path": {…}`, without its
// indent and comma) in path order. Lines come from the file the state was
// read from, or an earlier call, so a save encodes only the documents it
// changed; they are encoded afresh when unknown.
func (f *stateFile) documentLines() []string {
	paths := f.sortedPaths()
	if f.lines != nil && len(f.lines) == len(paths) {
		return f.lines
	}
	var all []byte
	ends := make([]int, len(paths))
	for i, p := range paths {
		all = appendDocLine(all, p, f.Documents[p])
		ends[i] = len(all)
	}
	text := string(all) // one string; each line is a part of it
	f.lines = make([]string, len(paths))
	start := 0
	for i, end := range ends {
		f.lines[i], start = text[start:end], end
	}
	return f.lines
}

// appendDocLine appends one document's line: its path, a colon, its state.
func appendDocLine(b []byte, path string, d docState) []byte {
	b = appendJSONString(b, path)
	b = append(b, ": "...)
	return appendDocState(b, d)
}

// sortedPaths returns the document paths in order, sorting them only when
// the order is not known (and then forgetting the lines, which follow it).
func (f *stateFile) sortedPaths() []string {
	if f.order == nil || len(f.order) != len(f.Documents) {
		f.order, f.lines = slices.Sorted(maps.Keys(f.Documents)), nil
	}
	return f.order
}

// setDocument records one document's state, keeping the order and the
// lines when they are known. (All changes to Documents go through it and
// removeDocument, which keep order and lines in step.)
func (f *stateFile) setDocument(path string, d docState) {
	f.Documents[path] = d
	if f.order == nil {
		f.lines = nil
		return
	}
	i, found := slices.BinarySearch(f.order, path)
	if !found {
		f.order = slices.Insert(f.order, i, path)
	}
	switch {
	case f.lines == nil || (!found && len(f.lines) != len(f.order)-1) || (found && len(f.lines) != len(f.order)):
		f.lines = nil
	case found:
		f.lines[i] = string(appendDocLine(nil, path, d))
	default:
		f.lines = slices.Insert(f.lines, i, string(appendDocLine(nil, path, d)))
	}
}

// removeDocument drops one document's state, keeping the order and the
// lines when they are known.
func (f *stateFile) removeDocument(path string) {
	if _, had := f.Documents[path]; !had {
		return
	}
	delete(f.Documents, path)
	if f.order == nil {
		f.lines = nil
		return
	}
	i, found := slices.BinarySearch(f.order, path)
	if !found {
		f.order, f.lines = nil, nil
		return
	}
	f.order = slices.Delete(f.order, i, i+1)
	if f.lines != nil && len(f.lines) == len(f.order)+1 {
		f.lines = slices.Delete(f.lines, i, i+1)
	} else {
		f.lines = nil
	}
}

// appendDocState appends d as encoding/json writes a docState.
func appendDocState(b []byte, d docState) []byte {
	b = append(b, `{"status":`...)
	b = appendJSONString(b, string(d.Status))
	if d.Position != (Position{}) {
		b = append(b, `,"position":{"top":`...)
		b = strconv.AppendInt(b, int64(d.Position.Top), 10)
		b = append(b, `,"cursor":`...)
		b = strconv.AppendInt(b, int64(d.Position.Cursor), 10)
		b = append(b, '}')
	}
	if d.SHA256 != "" {
		b = append(b, `,"sha256":`...)
		b = appendJSONString(b, d.SHA256)
	}
	if d.Updated != "" {
		b = append(b, `,"updated":`...)
		b = appendJSONString(b, d.Updated)
	}
	return append(b, '}')
}

// appendJSONString appends s as encoding/json writes a string: as it is
// when no character needs escaping, else through encoding/json.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !plainASCII[c] {
				return appendEscaped(b, s)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r == '\u2028' || r == '\u2029' {
			return appendEscaped(b, s)
		}
		i += size
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// plainASCII marks the ASCII bytes encoding/json writes as they are
// (it escapes control characters, the quote, the backslash and <, >, &).
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 0x20 && !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()

// appendEscaped appends s encoded by encoding/json (which cannot fail for a string).
func appendEscaped(b []byte, s string) []byte {
	data, _ := json.Marshal(s)
	return append(b, data...)
}
