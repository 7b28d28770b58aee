// Package brat writes and reads brat's standoff format: a .ann file of
// text-bound annotations (T), relations (R), attributes (A) and notes (#)
// beside the document's .txt, with an annotation.conf declaring the types.
// Offsets count Unicode code points of the .txt, end exclusive, as brat's
// server (Python str) does. See docs/annotations.md, "brat".
package brat

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
)

// Relation types of the quote links in .ann files and annotation.conf.
const (
	SpeakerRelation = "Speaker"
	CueRelation     = "Cue"
	// UnreviewedAttribute marks an unreviewed automatic detection.
	UnreviewedAttribute = "Unreviewed"
	// NotesType is the type of brat's note lines.
	NotesType = "AnnotatorNotes"
	// speakerPrefix starts the note line that carries a quote's speaker name.
	speakerPrefix = "speaker: "
)

// relationType returns the brat relation type of a link role.
func relationType(role model.LinkRole) string {
	if role == model.LinkCue {
		return CueRelation
	}
	return SpeakerRelation
}

// TypeName turns an annotty label into a brat type name: characters other
// than letters, digits, "_" and "-" become "_" (so "my label" is "my_label").
// (A rune loop, not a package-level regexp, which cost every start 0.1 ms.)
func TypeName(label string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' || r == '-' {
			return r
		}
		return '_'
	}, label)
}

// Export is a document in brat's files.
type Export struct {
	// Ann is the .ann file, Text the .txt, Conf the annotation.conf.
	Ann, Text, Conf []byte
	// Skipped counts annotations that could not be written (orphans, spans of line breaks only).
	Skipped int
}

// Encode writes f's placed annotations, their links and (marked Unreviewed)
// its detections over text as brat standoff. The annotation.conf declares the
// types used plus those of declare (e.g. the whole label set, so that one
// configuration serves every document of a corpus).
func Encode(f *model.AnnotationFile, text string, declare []string) Export {
	g := interchange.FromFile(f, text)
	runes := []rune(text)
	var b strings.Builder
	tid := map[string]string{}
	skipped := interchange.Orphans(f)
	var types []string
	for _, l := range declare {
		types = append(types, TypeName(l))
	}
	n, notes, attrs := 0, 0, 0
	for _, e := range g.Entities {
		frags := fragments(runes, e.Start, e.End)
		if len(frags) == 0 {
			skipped++
			continue
		}
		n++
		id := fmt.Sprintf("T%d", n)
		tid[e.ID] = id
		typ := TypeName(e.Label)
		types = append(types, typ)
		var spans, texts []string
		for _, fr := range frags {
			spans = append(spans, fmt.Sprintf("%d %d", fr[0], fr[1]))
			texts = append(texts, string(runes[fr[0]:fr[1]]))
		}
		fmt.Fprintf(&b, "%s\t%s %s\t%s\n", id, typ, strings.Join(spans, ";"), strings.Join(texts, " "))
		if note := noteText(e); note != "" {
			notes++
			fmt.Fprintf(&b, "#%d\t%s %s\t%s\n", notes, NotesType, id, escapeNote(note))
		}
		if e.Predicted {
			attrs++
			fmt.Fprintf(&b, "A%d\t%s %s\n", attrs, UnreviewedAttribute, id)
		}
	}
	for i, r := range g.Relations {
		from, to := tid[r.From], tid[r.To]
		if from == "" || to == "" {
			continue
		}
		fmt.Fprintf(&b, "R%d\t%s Arg1:%s Arg2:%s\t\n", i+1, relationType(r.Role), from, to)
	}
	return Export{Ann: []byte(b.String()), Text: []byte(text), Conf: Conf(types), Skipped: skipped}
}

// noteText is what an entity's note line says: its speaker as a first line
// "speaker: NAME", then its note.
func noteText(e interchange.Entity) string {
	if e.Speaker == "" {
		return e.Note
	}
	if e.Note == "" {
		return speakerPrefix + e.Speaker
	}
	return speakerPrefix + e.Speaker + "\n" + e.Note
}

// fragments splits [start, end) at line breaks, as brat stores a multi-line
// span: one fragment per line part, empty ones left out.
func fragments(runes []rune, start, end int) [][2]int {
	var out [][2]int
	from := start
	for i := start; i <= end; i++ {
		if i == end || runes[i] == '\n' || runes[i] == '\r' {
			if i > from {
				out = append(out, [2]int{from, i})
			}
			from = i + 1
		}
	}
	return out
}

// escapeNote keeps a note on one line: "\" is written "\\", a newline "\n", a tab "\t".
func escapeNote(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(s)
}

// unescapeNote reverses escapeNote.
func unescapeNote(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// Conf is an annotation.conf declaring entity types (sorted), the quote
// links and the Unreviewed attribute, allowing nested and overlapping spans.
func Conf(types []string) []byte {
	names := interchange.EntityTypes(types)
	var b strings.Builder
	b.WriteString("# brat configuration written by annotty (docs/annotations.md, \"brat\")\n[entities]\n")
	for _, t := range names {
		b.WriteString(t + "\n")
	}
	b.WriteString("\n[relations]\n")
	fmt.Fprintf(&b, "%s\tArg1:<ENTITY>, Arg2:%s\n", SpeakerRelation, interchange.SpeakerMentionLabel)
	fmt.Fprintf(&b, "%s\tArg1:<ENTITY>, Arg2:%s\n", CueRelation, interchange.CueLabel)
	b.WriteString("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
	b.WriteString("\n[events]\n\n[attributes]\n")
	fmt.Fprintf(&b, "%s\tArg:<ENTITY>\n", UnreviewedAttribute)
	return []byte(b.String())
}
