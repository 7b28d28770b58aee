package model

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrNotAnnotationFile is wrapped by every decoding error of DecodeAnnotationFile.
var ErrNotAnnotationFile = errors.New("not an annotty annotation file")

// DecodeAnnotationFile parses and checks a native annotation file (see
// docs/annotations.md). Unknown fields are ignored; a wrong schema, a newer
// version, a missing or malformed field is an error wrapping ErrNotAnnotationFile.
func DecodeAnnotationFile(data []byte) (*AnnotationFile, error) {
	var f AnnotationFile
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotAnnotationFile, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the JSON object", ErrNotAnnotationFile)
	}
	if err := f.check(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotAnnotationFile, err)
	}
	return &f, nil
}

// check validates the header and every record of a decoded file.
func (f *AnnotationFile) check() error {
	switch {
	case f.Schema != FileSchema:
		return fmt.Errorf("schema is %q, want %q", f.Schema, FileSchema)
	case f.Version > FileVersion:
		return fmt.Errorf("version %d was written by a newer annotty (this one reads %d)", f.Version, FileVersion)
	case f.Version != FileVersion:
		return fmt.Errorf("unknown version %d", f.Version)
	case f.Offsets != OffsetUnit:
		return fmt.Errorf("offsets are %q, want %q", f.Offsets, OffsetUnit)
	}
	ids := map[string]bool{}
	for i, a := range f.Annotations {
		if err := a.check(); err != nil {
			return fmt.Errorf("annotation %d: %v", i+1, err)
		}
		if ids[a.ID] {
			return fmt.Errorf("annotation %d: duplicate id %q", i+1, a.ID)
		}
		ids[a.ID] = true
	}
	for i, r := range f.Rejections {
		if r.Kind == "" || r.Start < 0 || r.End <= r.Start || r.Text == "" {
			return fmt.Errorf("rejection %d: needs a kind, text and 0 <= start < end", i+1)
		}
	}
	return nil
}

// check validates one annotation record.
func (a AnnotationRecord) check() error {
	switch {
	case a.ID == "":
		return errors.New("empty id")
	case a.Label == "":
		return errors.New("empty label")
	case a.Text == "":
		return errors.New("empty text")
	case !a.Source.Valid():
		return fmt.Errorf("source %q is not auto, edited or manual", a.Source)
	case a.Start < 0 || a.End < a.Start || (!a.Orphan && a.End == a.Start):
		return fmt.Errorf("bad offsets start=%d end=%d", a.Start, a.End)
	}
	for _, role := range LinkRoles {
		if l := a.Link(role); l != nil && (l.Text == "" || l.Start < 0 || l.End < l.Start) {
			return fmt.Errorf("%s link: needs a text and 0 <= start <= end", role)
		}
	}
	for _, t := range []string{a.Created, a.Updated} {
		if _, err := time.Parse(time.RFC3339, t); err != nil {
			return fmt.Errorf("time %q is not RFC 3339", t)
		}
	}
	for _, p := range a.ProposedBy {
		if p == "" || AuthorSlug(p) != p {
			return fmt.Errorf("proposed_by %q is not an author slug", p)
		}
	}
	return nil
}

// ReanchorReport says how the annotations of a file were placed in the current text.
type ReanchorReport struct {
	// TextChanged is true when the file was made for a different text (SHA-256 differs).
	TextChanged bool
	// Exact, Moved, Fuzzy and Orphaned count annotations by outcome.
	Exact, Moved, Fuzzy, Orphaned int
	// FuzzyIDs and OrphanIDs list the annotations the user should look at.
	FuzzyIDs, OrphanIDs []string
	// DroppedRejections counts rejections whose text is gone (nothing to hide any more).
	DroppedRejections int
}

// count records one annotation's outcome.
func (r *ReanchorReport) count(id string, kind MatchKind) {
	switch kind {
	case MatchExact:
		r.Exact++
	case MatchMoved:
		r.Moved++
	case MatchFuzzy:
		r.Fuzzy++
		r.FuzzyIDs = append(r.FuzzyIDs, id)
	default:
		r.Orphaned++
		r.OrphanIDs = append(r.OrphanIDs, id)
	}
}

// Restore builds an annotation set for doc from a decoded file. When doc's
// text is not the one the file was made for, or a record's offsets no longer
// hold its text, the annotation is re-anchored (see Reanchorer.Place):
// unplaceable ones are kept as orphans, and ones placed where the passage or
// its context changed are marked Reanchored and keep their stored anchor.
// Annotations without an author get opts.Author. The set starts with an
// empty undo history. (OpenStore with DeferReanchor splits this in two steps.)
func (f *AnnotationFile) Restore(doc *Document, opts SetOptions) (*AnnotationSet, ReanchorReport) {
	set, report, _ := f.restore(context.Background(), doc, identityOf(doc), opts, nil) // never cancelled
	return set, report
}

// restoreLinks places the links of rec on a (already placed): at their
// offsets when those still hold their text, else the nearest occurrence of
// their text near a; links that cannot be found are dropped. An orphan keeps
// its links' text only.
func restoreLinks(doc *Document, idx *RuneIndex, rec *AnnotationRecord, a *Annotation) {
	for _, role := range LinkRoles {
		l := rec.Link(role)
		switch {
		case l == nil:
			continue
		case a.Orphan:
			a.SetLink(role, LinkedSpan{Text: l.Text})
			continue
		}
		hint := a.Span.Start
		if l.End > l.Start && l.End <= idx.Len() {
			hint = idx.ByteOffset(l.Start)
			if !rec.Orphan && rec.Start <= idx.Len() {
				hint += a.Span.Start - idx.ByteOffset(rec.Start) // moved with its annotation
			}
		}
		span, ok := linkNear(doc.Text, l.Text, hint, linkWindow)
		if !ok {
			span, ok = linkNear(doc.Text, l.Text, idx.ByteOffset(min(l.Start, idx.Len())), 0)
		}
		if ok {
			a.SetLink(role, NewLinkedSpan(doc.Text, span))
		}
	}
}

// annotation converts a checked record back to an Annotation (span not yet placed).
func (a AnnotationRecord) annotation() Annotation {
	created, _ := time.Parse(time.RFC3339, a.Created)
	updated, _ := time.Parse(time.RFC3339, a.Updated)
	return Annotation{
		ID: a.ID, Label: a.Label, Text: a.Text, Prefix: a.Prefix, Suffix: a.Suffix,
		Note: a.Note, Speaker: a.Speaker, Source: a.Source, Author: a.Author,
		Created: created.UTC(), Updated: updated.UTC(), Orphan: a.Orphan, Reanchored: a.Reanchored,
		ProposedBy: strings.Join(a.ProposedBy, ","),
	}
}

// ImportAnnotations decodes a native JSON (or JSON Lines) export and restores
// it onto doc. It is the inverse of NewAnnotationFile/WriteJSONL.
func ImportAnnotations(data []byte, doc *Document, opts SetOptions) (*AnnotationSet, ReanchorReport, error) {
	decode := DecodeAnnotationFile
	if looksLikeJSONL(data) {
		decode = DecodeJSONL
	}
	f, err := decode(data)
	if err != nil {
		return nil, ReanchorReport{}, err
	}
	set, report := f.Restore(doc, opts)
	return set, report, nil
}

// looksLikeJSONL reports whether data starts with a one-line JSON object that
// has no "schema" field (a JSON Lines export rather than a native file).
func looksLikeJSONL(data []byte) bool {
	first, _, _ := bytes.Cut(bytes.TrimSpace(data), []byte("\n"))
	var probe map[string]json.RawMessage
	if json.Unmarshal(first, &probe) != nil {
		return false
	}
	_, native := probe["schema"]
	return !native
}
