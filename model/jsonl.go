package model

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// DocumentRef names the document a JSON Lines record belongs to.
type DocumentRef struct {
	Path   string `json:"path"`
	Title  string `json:"title"`
	SHA256 string `json:"sha256"`
	// Page is the web page's metadata, for extracted documents.
	Page *PageMeta `json:"page,omitempty"`
}

// AnnotationLine is one line of `export --format jsonl`: a self-contained annotation.
type AnnotationLine struct {
	Document DocumentRef `json:"document"`
	AnnotationRecord
}

// DetectionLine is one line of `export --format jsonl --include-detections`
// for a detection not yet reviewed ("reviewed": false).
type DetectionLine struct {
	Document DocumentRef `json:"document"`
	DetectionRecord
}

// WriteJSONL writes one JSON object per line: every annotation of f, then its
// detections. Rejections are not written (use the json format for them).
func WriteJSONL(w io.Writer, f *AnnotationFile) error {
	ref := DocumentRef{Path: f.Document.Path, Title: f.Document.Title, SHA256: f.Document.SHA256, Page: f.Document.Page}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range f.Annotations {
		if err := enc.Encode(AnnotationLine{Document: ref, AnnotationRecord: a}); err != nil {
			return err
		}
	}
	for _, d := range f.Detections {
		if err := enc.Encode(DetectionLine{Document: ref, DetectionRecord: d}); err != nil {
			return err
		}
	}
	return nil
}

// DecodeJSONL reads a JSON Lines export back into an AnnotationFile (its
// annotations; detection lines, which carry "reviewed", are skipped). All
// lines must name the same document.
func DecodeJSONL(data []byte) (*AnnotationFile, error) {
	f := &AnnotationFile{Schema: FileSchema, Version: FileVersion, Offsets: OffsetUnit,
		Annotations: []AnnotationRecord{}, Rejections: []RejectionRecord{}}
	scanner := bufio.NewScanner(bytes.NewReader(data))
	scanner.Buffer(make([]byte, 0, 64<<10), 64<<20)
	lines := 0
	for n := 1; scanner.Scan(); n++ {
		line := bytes.TrimSpace(scanner.Bytes())
		if len(line) == 0 {
			continue
		}
		var probe map[string]json.RawMessage
		if err := json.Unmarshal(line, &probe); err != nil {
			return nil, fmt.Errorf("%w: line %d: %v", ErrNotAnnotationFile, n, err)
		}
		var rec AnnotationLine
		if err := json.Unmarshal(line, &rec); err != nil {
			return nil, fmt.Errorf("%w: line %d: %v", ErrNotAnnotationFile, n, err)
		}
		if lines == 0 {
			f.Document = DocumentInfo{Path: rec.Document.Path, Title: rec.Document.Title, SHA256: rec.Document.SHA256, Page: rec.Document.Page}
		} else if rec.Document.SHA256 != f.Document.SHA256 {
			return nil, fmt.Errorf("%w: line %d is about another document", ErrNotAnnotationFile, n)
		}
		lines++
		if _, detection := probe["reviewed"]; !detection {
			f.Annotations = append(f.Annotations, rec.AnnotationRecord)
		}
	}
	if err := scanner.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotAnnotationFile, err)
	}
	if lines == 0 {
		return nil, fmt.Errorf("%w: no JSON lines", ErrNotAnnotationFile)
	}
	if err := f.check(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotAnnotationFile, err)
	}
	return f, nil
}
