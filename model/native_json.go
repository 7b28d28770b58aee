package model

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"
)

// Identifiers of the native annotation file format (docs/annotations.md).
const (
	// FileSchema is the "schema" value of every native annotation file.
	FileSchema = "annotty/annotations"
	// FileVersion is the format version this code writes and reads.
	FileVersion = 1
	// OffsetUnit is the unit of "start"/"end" in every JSON annotty writes
	// (annotation files and analysis): Unicode code points, end exclusive.
	OffsetUnit = "unicode-code-points"
	// TimeLayout is the RFC 3339 layout of "created"/"updated" (UTC, whole seconds).
	TimeLayout = time.RFC3339
)

// AnnotationFile is the native JSON format: what the sidecar stores and
// `annotty export --format json` prints.
type AnnotationFile struct {
	Schema      string             `json:"schema"`
	Version     int                `json:"version"`
	Offsets     string             `json:"offsets"`
	Document    DocumentInfo       `json:"document"`
	Annotations []AnnotationRecord `json:"annotations"`
	Rejections  []RejectionRecord  `json:"rejections"`
	// Detections holds not-yet-reviewed automatic detections (export --include-detections only).
	Detections []DetectionRecord `json:"detections,omitempty"`
}

// DocumentInfo identifies the annotated text.
type DocumentInfo struct {
	Path       string `json:"path"`
	Title      string `json:"title"`
	SHA256     string `json:"sha256"`
	Length     int    `json:"length"`
	ByteLength int    `json:"byte_length"`
	// Page is the web page's metadata and the extractor, for extracted documents.
	Page *PageMeta `json:"page,omitempty"`
}

// AnnotationRecord is one annotation in JSON: code-point offsets, with byte
// offsets beside them. Orphans have all four offsets 0.
type AnnotationRecord struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	TextRange
	Text    string `json:"text"`
	Prefix  string `json:"prefix"`
	Suffix  string `json:"suffix"`
	Note    string `json:"note"`
	Speaker string `json:"speaker"`
	// SpeakerMention and Cue are the quote's linked speaker mention and cue (omitted when none).
	SpeakerMention *LinkRecord `json:"speaker_mention,omitempty"`
	Cue            *LinkRecord `json:"cue,omitempty"`
	Source         Source      `json:"source"`
	Author         string      `json:"author"`
	Created        string      `json:"created"`
	Updated        string      `json:"updated"`
	Orphan         bool        `json:"orphan"`
	// Reanchored marks a tag placed by re-anchoring and not yet confirmed by
	// the user: start/end say where it is shown, text/prefix/suffix are the
	// anchor as stored (they may differ from the text at start/end).
	Reanchored bool `json:"reanchored,omitempty"`
	// ProposedBy lists, in an adjudicated (gold) file, the annotators who proposed the tag.
	ProposedBy []string `json:"proposed_by,omitempty"`
}

// RejectionRecord is one rejected detection in JSON.
type RejectionRecord struct {
	Kind DetectionKind `json:"kind"`
	TextRange
	Text string `json:"text"`
}

// DetectionRecord is one not-yet-reviewed automatic detection in JSON.
type DetectionRecord struct {
	Kind  DetectionKind `json:"kind"`
	Label string        `json:"label"`
	TextRange
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	// SpeakerMention and Cue are the detected quote's speaker mention and cue (omitted when none).
	SpeakerMention *LinkRecord `json:"speaker_mention,omitempty"`
	Cue            *LinkRecord `json:"cue,omitempty"`
	PromoKind      PromoKind   `json:"promo_kind,omitempty"`
	Confidence     float64     `json:"confidence"`
	Reviewed       bool        `json:"reviewed"`
}

// LinkRecord is a linked span in JSON (a quote's speaker mention or cue). An
// orphaned annotation's links have all four offsets 0 and keep their text.
type LinkRecord struct {
	TextRange
	Text string `json:"text"`
}

// Link returns the record of r's linked span for role (nil when none).
func (r *AnnotationRecord) Link(role LinkRole) *LinkRecord {
	return linkOf(role, r.SpeakerMention, r.Cue)
}

// Link returns the record of d's linked span for role (nil when none).
func (d *DetectionRecord) Link(role LinkRole) *LinkRecord {
	return linkOf(role, d.SpeakerMention, d.Cue)
}

// linkOf picks the speaker or the cue link by role.
func linkOf(role LinkRole, speaker, cue *LinkRecord) *LinkRecord {
	switch role {
	case LinkSpeaker:
		return speaker
	case LinkCue:
		return cue
	}
	return nil
}

// SetLink sets the record of r's linked span for role; an unknown role is ignored.
func (r *AnnotationRecord) SetLink(role LinkRole, l *LinkRecord) {
	switch role {
	case LinkSpeaker:
		r.SpeakerMention = l
	case LinkCue:
		r.Cue = l
	}
}

// newLinkRecord converts a linked span to JSON (nil when there is no link).
func newLinkRecord(l LinkedSpan, runes *RuneIndex, placed bool) *LinkRecord {
	if l.IsZero() {
		return nil
	}
	r := &LinkRecord{Text: l.Text}
	if placed && l.Span.Len() > 0 {
		r.TextRange = textRange(runes.RuneOffset(l.Span.Start), runes.RuneOffset(l.Span.End), l.Span)
	}
	return r
}

// NewDocumentInfo describes doc: path, title (the page's, else the first
// non-empty line), SHA-256, lengths and page metadata.
func NewDocumentInfo(doc *Document) DocumentInfo {
	title := DocumentTitle(doc.Text)
	if doc.Page != nil && doc.Page.Title != "" {
		title = doc.Page.Title
	}
	return DocumentInfo{
		Path:       doc.Path,
		Title:      title,
		SHA256:     doc.SHA256(),
		Length:     doc.Runes().Len(),
		ByteLength: len(doc.Text),
		Page:       doc.Page,
	}
}

// DocumentTitle returns the first non-empty line of text, trimmed, without a
// Markdown heading marker, cut to 200 code points.
func DocumentTitle(text string) string {
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
		if line != "" {
			if r := []rune(line); len(r) > 200 {
				line = string(r[:200])
			}
			return line
		}
	}
	return ""
}

// NewAnnotationFile converts a set (and optional unreviewed detections) to the native format.
func NewAnnotationFile(set *AnnotationSet, detections []Detection) *AnnotationFile {
	return newAnnotationFileFrom(set.Document(), set.All(), set.Rejections(), detections)
}

// newAnnotationFileFrom converts sorted annotations and rejections of doc
// (a set or a snapshot of one) to the native format.
func newAnnotationFileFrom(doc *Document, annotations []Annotation, rejections []Rejection, detections []Detection) *AnnotationFile {
	f := &AnnotationFile{
		Schema: FileSchema, Version: FileVersion, Offsets: OffsetUnit,
		Document:    NewDocumentInfo(doc),
		Annotations: []AnnotationRecord{},
		Rejections:  []RejectionRecord{},
	}
	runes := doc.Runes()
	rng := func(s Span) TextRange {
		return textRange(runes.RuneOffset(s.Start), runes.RuneOffset(s.End), s)
	}
	f.Annotations = make([]AnnotationRecord, 0, len(annotations))
	for _, a := range annotations {
		f.Annotations = append(f.Annotations, newAnnotationRecord(a, runes))
	}
	for _, r := range rejections {
		f.Rejections = append(f.Rejections, RejectionRecord{Kind: r.Kind, TextRange: rng(r.Span), Text: r.Text})
	}
	for _, d := range detections {
		f.Detections = append(f.Detections, DetectionRecord{
			Kind: d.Kind, Label: d.Label(), TextRange: rng(d.Span),
			Text:    doc.Text[d.Span.Start:d.Span.End],
			Speaker: d.Speaker, PromoKind: d.PromoKind, Confidence: d.Confidence,
			SpeakerMention: newLinkRecord(NewLinkedSpan(doc.Text, d.SpeakerMention.Span), runes, true),
			Cue:            newLinkRecord(NewLinkedSpan(doc.Text, d.Cue.Span), runes, true),
		})
	}
	return f
}

// newAnnotationRecord converts a to JSON form, its offsets through runes.
func newAnnotationRecord(a Annotation, runes *RuneIndex) AnnotationRecord {
	r := AnnotationRecord{
		ID: a.ID, Label: a.Label, Text: a.Text, Prefix: a.Prefix, Suffix: a.Suffix,
		Note: a.Note, Speaker: a.Speaker, Source: a.Source, Author: a.Author,
		Created: formatTime(a.Created), Updated: formatTime(a.Updated), Orphan: a.Orphan,
		Reanchored: a.Reanchored,
		ProposedBy: splitProposers(a.ProposedBy),
	}
	if !a.Orphan {
		r.TextRange = textRange(runes.RuneOffset(a.Span.Start), runes.RuneOffset(a.Span.End), a.Span)
	}
	for _, role := range LinkRoles {
		r.SetLink(role, newLinkRecord(a.Link(role), runes, !a.Orphan))
	}
	return r
}

// splitProposers turns Annotation.ProposedBy into its JSON list (nil when empty).
func splitProposers(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// formatTime writes t in UTC as RFC 3339.
func formatTime(t time.Time) string { return t.UTC().Format(TimeLayout) }

// MarshalIndent encodes f as indented JSON with a final newline.
func (f *AnnotationFile) MarshalIndent() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
