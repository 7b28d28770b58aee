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
	paths := f.sortedPaths()
	out := buf.Bytes()
	out = slices.Grow(out, len(paths)*(len(`    "": {"status":"in progress","sha256":"","updated":"2006-01-02T15:04:05Z"},`)+64+40))
	for i, p := range paths {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, "\n    "...)
		out = appendJSONString(out, p)
		out = append(out, ": "...)
		out = appendDocState(out, f.Documents[p])
	}
	if len(paths) > 0 {
		out = append(out, "\n  "...)
	}
	return append(out, "}\n}\n"...), nil
}

// sortedPaths returns the document paths in order, sorting them only when
// the order is not known.
func (f *stateFile) sortedPaths() []string {
	if f.order == nil || len(f.order) != len(f.Documents) {
		f.order = slices.Sorted(maps.Keys(f.Documents))
	}
	return f.order
}

// setDocument records one document's state, keeping the known order.
func (f *stateFile) setDocument(path string, d docState) {
	if _, had := f.Documents[path]; !had && f.order != nil {
		if i, found := slices.BinarySearch(f.order, path); !found {
			f.order = slices.Insert(f.order, i, path)
		}
	}
	f.Documents[path] = d
}

// removeDocument drops one document's state, keeping the known order.
func (f *stateFile) removeDocument(path string) {
	if _, had := f.Documents[path]; had && f.order != nil {
		if i, found := slices.BinarySearch(f.order, path); found {
			f.order = slices.Delete(f.order, i, i+1)
		}
	}
	delete(f.Documents, path)
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
