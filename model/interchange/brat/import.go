package brat

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
)

// ErrNotBrat is wrapped when a file holds no brat standoff line at all.
var ErrNotBrat = errors.New("not a brat .ann file")

// Decode reads a .ann file over its document text into a graph. T lines
// become entities (a multi-line span's fragments join into one span),
// Speaker and Cue relations become links, AnnotatorNotes become notes (a first
// line "speaker: NAME" is the speaker), an Unreviewed attribute marks a
// prediction. Lines annotty cannot keep (events, other relations and
// attributes, equivalences, normalizations, malformed lines) are described in
// the returned notes, one each.
func Decode(ann []byte, text string) (interchange.Graph, []string, error) {
	g := interchange.Graph{Text: text}
	runes := []rune(text)
	var notes []string
	byID := map[string]int{} // T id -> entity index
	type pending struct {
		line int
		kind byte
		id   string
		data string
		tail string
	}
	var later []pending
	recognised := 0
	lines := strings.Split(strings.ReplaceAll(string(ann), "\r\n", "\n"), "\n")
	for n, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		id, rest, ok := strings.Cut(line, "\t")
		if !ok || id == "" {
			notes = append(notes, fmt.Sprintf("line %d: not a standoff line (ID TAB ...): skipped", n+1))
			continue
		}
		data, tail, _ := strings.Cut(rest, "\t")
		recognised++
		if id[0] != 'T' {
			later = append(later, pending{n + 1, id[0], id, data, tail})
			continue
		}
		e, err := textBound(id, data, tail, runes)
		if err != nil {
			notes = append(notes, fmt.Sprintf("line %d: %s: %v: skipped", n+1, id, err))
			continue
		}
		if _, dup := byID[id]; dup {
			notes = append(notes, fmt.Sprintf("line %d: %s is defined twice: skipped", n+1, id))
			continue
		}
		byID[id] = len(g.Entities)
		g.Entities = append(g.Entities, e)
	}
	if recognised == 0 && len(strings.TrimSpace(string(ann))) > 0 {
		return g, notes, ErrNotBrat
	}
	for _, p := range later {
		if note := apply(&g, byID, p.kind, p.id, p.data, p.tail); note != "" {
			notes = append(notes, fmt.Sprintf("line %d: %s", p.line, note))
		}
	}
	return g, notes, nil
}

// textBound parses a T line: "TYPE START END[;START END...]" and its text.
func textBound(id, data, tail string, runes []rune) (interchange.Entity, error) {
	typ, spans, ok := strings.Cut(data, " ")
	if !ok || typ == "" {
		return interchange.Entity{}, errors.New("needs TYPE START END")
	}
	start, end := -1, -1
	var parts []string
	var frags [][2]int
	for _, s := range strings.Split(spans, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(s), " ")
		from, err1 := strconv.Atoi(a)
		to, err2 := strconv.Atoi(strings.TrimSpace(b))
		if !ok || err1 != nil || err2 != nil || from < 0 || to <= from || to > len(runes) {
			return interchange.Entity{}, fmt.Errorf("bad span %q for a text of %d characters", s, len(runes))
		}
		if start < 0 || from < start {
			start = from
		}
		end = max(end, to)
		parts = append(parts, string(runes[from:to]))
		frags = append(frags, [2]int{from, to})
	}
	e := interchange.Entity{ID: id, Label: typ, Start: start, End: end, Text: string(runes[start:end])}
	if tail != "" && tail != strings.Join(parts, " ") && tail != strings.Join(parts, "") {
		// The .ann was made for another text: let re-anchoring find its passage.
		e.Text = tail
	} else if !onlySpaceBetween(runes, frags) {
		return interchange.Entity{}, errors.New("discontinuous span with text between its fragments (annotty spans are contiguous)")
	}
	return e, nil
}

// onlySpaceBetween reports whether nothing but white space lies between
// the fragments (a span brat split at line breaks).
func onlySpaceBetween(runes []rune, frags [][2]int) bool {
	sort.Slice(frags, func(i, j int) bool { return frags[i][0] < frags[j][0] })
	reach := frags[0][1]
	for _, f := range frags[1:] {
		for _, r := range runes[min(reach, f[0]):f[0]] {
			if !unicode.IsSpace(r) {
				return false
			}
		}
		reach = max(reach, f[1])
	}
	return true
}

// apply adds one non-T line to g, or says why it is not kept.
func apply(g *interchange.Graph, byID map[string]int, kind byte, id, data, tail string) string {
	fields := strings.Fields(data)
	switch kind {
	case 'R':
		if len(fields) != 3 || !strings.HasPrefix(fields[1], "Arg1:") || !strings.HasPrefix(fields[2], "Arg2:") {
			return fmt.Sprintf("%s: relation needs TYPE Arg1:ID Arg2:ID: skipped", id)
		}
		var role model.LinkRole
		switch fields[0] {
		case SpeakerRelation:
			role = model.LinkSpeaker
		case CueRelation:
			role = model.LinkCue
		default:
			return fmt.Sprintf("%s: relation %s not kept (annotty links quotes to their speaker and cue only)", id, fields[0])
		}
		from, to := strings.TrimPrefix(fields[1], "Arg1:"), strings.TrimPrefix(fields[2], "Arg2:")
		if _, ok := byID[from]; !ok {
			return fmt.Sprintf("%s: %s relation from unknown %s: skipped", id, fields[0], from)
		}
		if _, ok := byID[to]; !ok {
			return fmt.Sprintf("%s: %s relation to unknown %s: skipped", id, fields[0], to)
		}
		g.Relations = append(g.Relations, interchange.Relation{Role: role, From: from, To: to})
	case '#':
		if len(fields) != 2 {
			return fmt.Sprintf("%s: note needs TYPE ID: skipped", id)
		}
		i, ok := byID[fields[1]]
		if !ok {
			return fmt.Sprintf("%s: note on %s not kept (notes are kept on text-bound annotations only)", id, fields[1])
		}
		e := &g.Entities[i]
		note := unescapeNote(tail)
		if name, ok := strings.CutPrefix(note, speakerPrefix); ok {
			name, rest, _ := strings.Cut(name, "\n")
			e.Speaker, note = name, rest
		}
		e.Note = joinNote(e.Note, note)
	case 'A', 'M':
		if len(fields) >= 2 && fields[0] == UnreviewedAttribute {
			if i, ok := byID[fields[1]]; ok {
				g.Entities[i].Predicted = true
				return ""
			}
		}
		return fmt.Sprintf("%s: attribute %s not kept (annotty has no attributes)", id, strings.Join(fields, " "))
	case 'E':
		return fmt.Sprintf("%s: event not kept (annotty has no events; its trigger is kept as a span)", id)
	case '*':
		return fmt.Sprintf("equivalence %s not kept", strings.Join(fields, " "))
	case 'N':
		return fmt.Sprintf("%s: normalization not kept", id)
	default:
		return fmt.Sprintf("%s: unknown annotation kind: skipped", id)
	}
	return ""
}

// joinNote appends a second note to a first on a new line.
func joinNote(first, second string) string {
	switch {
	case first == "":
		return second
	case second == "":
		return first
	}
	return first + "\n" + second
}
