package corpus

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The state file is written with one compact line per document (marshal).
// Decoding 10,000 such lines with encoding/json takes tens of milliseconds,
// most of a corpus's first frame, so decodeLines reads that layout by hand
// and encoding/json reads everything else (a hand-edited or foreign file).
// decodeLines accepts only input whose meaning it knows exactly: when it
// says ok, encoding/json would have decoded the same state
// (FuzzDecodeStateFile checks this); otherwise it declines and the caller
// falls back.

// documentsHeader opens the documents object as marshal writes it.
var documentsHeader = []byte("\n  \"documents\": {")

// decodeLines reads a state file laid out as marshal writes it. ok is false
// when data is laid out otherwise (or is not valid JSON).
func decodeLines(data []byte) (f *stateFile, ok bool) {
	at := bytes.Index(data, documentsHeader)
	if at < 0 {
		return nil, false
	}
	// The head (schema, version, …) is a few short fields: encoding/json
	// reads it with an empty documents object in place of the real one.
	head := make([]byte, 0, at+len(`"documents":{}}`)+1)
	head = append(append(head, data[:at+1]...), `"documents":{}}`...)
	f = newStateFile()
	if json.Unmarshal(head, f) != nil {
		return nil, false
	}
	if f.Documents == nil {
		f.Documents = map[string]docState{}
	}
	// One string for the documents: every path, hash and time is a part of
	// it, not an allocation of its own.
	rest := string(data[at+len(documentsHeader):])
	if tail, found := strings.CutPrefix(rest, "}"); found { // no documents
		return f, closesState(tail)
	}
	if rest, ok = cutLine(rest); !ok || len(rest) == 0 { // the header line ends here
		return nil, false
	}
	lines := strings.Count(rest, "\n")
	if len(f.Documents) == 0 { // (the head may name documents too: they are kept, as encoding/json keeps them)
		f.Documents = make(map[string]docState, lines)
	}
	order, docLines := make([]string, 0, lines), make([]string, 0, lines)
	sorted := true
	for {
		line, more, found := strings.Cut(rest, "\n")
		line = strings.TrimSuffix(line, "\r")
		if line, ok = strings.CutPrefix(line, "    "); !found || !ok {
			return nil, false
		}
		path, doc, last, ok := decodeDocLine(line)
		if !ok {
			return nil, false
		}
		if len(order) > 0 && path <= order[len(order)-1] { // out of order, or a repeat
			sorted = false
		}
		f.Documents[path] = doc
		order = append(order, path)
		if !last {
			line = line[:len(line)-1] // its comma
		}
		docLines = append(docLines, line) // (written as marshal would, or meaning the same)
		rest = more
		if !last {
			continue
		}
		// No comma: the documents object closes on the next line.
		line, more, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(line) != "}" || !closesState(more) {
			return nil, false
		}
		if sorted {
			f.order, f.lines = order, docLines
		}
		return f, true
	}
}

// cutLine returns what follows the end of the line b starts in, when that
// line holds nothing but white space.
func cutLine(b string) (rest string, ok bool) {
	line, rest, found := strings.Cut(b, "\n")
	return rest, found && len(strings.TrimSpace(line)) == 0
}

// closesState reports whether rest is the state object's closing brace,
// with nothing but white space around it.
func closesState(rest string) bool {
	tail, found := strings.CutPrefix(strings.TrimSpace(rest), "}")
	return found && len(strings.TrimSpace(tail)) == 0
}

// decodeDocLine reads one `"path": {…}` line (its indent removed); last
// reports that it has no trailing comma.
func decodeDocLine(line string) (path string, d docState, last, ok bool) {
	line, comma := strings.CutSuffix(line, ",")
	last = !comma
	path, line, ok = cutString(line)
	if !ok {
		return "", d, false, false
	}
	if line, ok = strings.CutPrefix(line, `: {"status":`); !ok {
		return "", d, false, false
	}
	var status string
	if status, line, ok = cutString(line); !ok {
		return "", d, false, false
	}
	d.Status = Status(status)
	if rest, found := strings.CutPrefix(line, `,"position":{"top":`); found {
		if d.Position.Top, rest, ok = cutInt(rest); !ok {
			return "", d, false, false
		}
		if rest, ok = strings.CutPrefix(rest, `,"cursor":`); !ok {
			return "", d, false, false
		}
		if d.Position.Cursor, rest, ok = cutInt(rest); !ok {
			return "", d, false, false
		}
		if line, ok = strings.CutPrefix(rest, "}"); !ok {
			return "", d, false, false
		}
	}
	if rest, found := strings.CutPrefix(line, `,"sha256":`); found {
		if d.SHA256, line, ok = cutString(rest); !ok {
			return "", d, false, false
		}
	}
	if rest, found := strings.CutPrefix(line, `,"updated":`); found {
		if d.Updated, line, ok = cutString(rest); !ok {
			return "", d, false, false
		}
	}
	if line != "}" {
		return "", d, false, false
	}
	return path, d, last, true
}

// cutString reads the JSON string at the start of b and returns it and what
// follows. A string without escapes is taken as it is (after checking it is
// valid UTF-8 without control characters, as JSON requires); one with
// escapes is read by encoding/json.
func cutString(b string) (s string, rest string, ok bool) {
	if len(b) == 0 || b[0] != '"' {
		return "", "", false
	}
	escaped := false
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case c == '\\':
			escaped = true
			i++ // the escaped character cannot end the string
		case c < 0x20:
			return "", "", false
		case c == '"':
			raw := b[:i+1]
			if escaped {
				var unquoted string // (not s: taking its address would put every result on the heap)
				ok = json.Unmarshal([]byte(raw), &unquoted) == nil
				s = unquoted
			} else {
				s, ok = raw[1:i], utf8.ValidString(raw[1:i])
			}
			return s, b[i+1:], ok
		}
	}
	return "", "", false
}

// cutInt reads the JSON integer at the start of b (as encoding/json reads it
// into an int) and returns it and what follows.
func cutInt(b string) (n int, rest string, ok bool) {
	end := 0
	if end < len(b) && b[end] == '-' {
		end++
	}
	digits := end
	for end < len(b) && b[end] >= '0' && b[end] <= '9' {
		end++
	}
	switch {
	case end == digits, b[digits] == '0' && end > digits+1: // no digits, or a leading zero
		return 0, "", false
	case end < len(b) && (b[end] == '.' || b[end] == 'e' || b[end] == 'E'): // not an integer
		return 0, "", false
	}
	v, err := strconv.ParseInt(b[:end], 10, strconv.IntSize)
	if err != nil {
		return 0, "", false
	}
	return int(v), b[end:], true
}
