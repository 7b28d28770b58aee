package model

import (
	"bytes"
	"encoding/json"
	"errors"
)

// recordCache holds each annotation's record as it appears in the sidecar
// (indented JSON), so a save re-encodes only the annotations that changed
// and copies the rest. Guarded by Store.writeMu, like the writer's copy.
type recordCache map[string][]byte

// forget drops the cached records of the annotations ops touch.
func (c recordCache) forget(ops []annotationOp) {
	for _, op := range ops {
		if op.before != nil {
			delete(c, op.before.ID)
		}
		if op.after != nil {
			delete(c, op.after.ID)
		}
	}
}

// annotationsKey is where the empty annotation list sits in an indented file.
var annotationsKey = []byte("\n  \"annotations\": [],\n")

// encodeSidecar returns exactly what MarshalIndent gives for the file of doc
// with these sorted annotations and rejections, taking unchanged records
// from cache (and adding the ones it encodes).
func encodeSidecar(doc *Document, annotations []Annotation, rejections []Rejection, cache recordCache) ([]byte, error) {
	head, err := newAnnotationFileFrom(doc, nil, rejections, nil).MarshalIndent()
	if err != nil {
		return nil, err
	}
	at := bytes.Index(head, annotationsKey)
	if at < 0 {
		return nil, errors.New("sidecar encoder: no annotation list in the file header")
	}
	if len(annotations) == 0 {
		return head, nil
	}
	runes := doc.Runes()
	size := len(head)
	records := make([][]byte, len(annotations))
	for i, a := range annotations {
		rec, ok := cache[a.ID]
		if !ok {
			if rec, err = encodeRecord(newAnnotationRecord(a, runes)); err != nil {
				return nil, err
			}
			cache[a.ID] = rec
		}
		records[i] = rec
		size += len(rec) + 6
	}
	out := make([]byte, 0, size+8)
	out = append(out, head[:at]...)
	out = append(out, "\n  \"annotations\": [\n"...)
	for i, rec := range records {
		if i > 0 {
			out = append(out, ",\n"...)
		}
		out = append(out, "    "...)
		out = append(out, rec...)
	}
	out = append(out, "\n  ],\n"...)
	return append(out, head[at+len(annotationsKey):]...), nil
}

// encodeRecord encodes one record as it is indented inside the file's list.
func encodeRecord(r AnnotationRecord) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
