package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

// The annotation list of an indented file: where the empty list sits, and
// what opens it, separates and indents its records and closes it.
var (
	annotationsKey   = []byte("\n  \"annotations\": [],\n")
	annotationsOpen  = []byte("\n  \"annotations\": [\n    ")
	recordSeparator  = []byte(",\n    ")
	annotationsClose = []byte("\n  ],\n")
)

// errEncoding marks a failure to encode the sidecar (not to write it).
var errEncoding = errors.New("encoding the annotations")

// writeSidecar writes to w exactly what MarshalIndent gives for the file of
// doc with these sorted annotations and rejections, taking unchanged
// records from cache (and adding the ones it encodes). A failure to encode
// is errEncoding; one to write is w's error.
func writeSidecar(w io.Writer, doc *Document, annotations []*Annotation, rejections []Rejection, cache recordCache) error {
	head, err := newAnnotationFileFrom(doc, nil, rejections, nil).MarshalIndent()
	if err != nil {
		return fmt.Errorf("%w: %v", errEncoding, err)
	}
	at := bytes.Index(head, annotationsKey)
	if at < 0 {
		return fmt.Errorf("%w: no annotation list in the file header", errEncoding)
	}
	if len(annotations) == 0 {
		_, err := w.Write(head)
		return err
	}
	runes := doc.Runes()
	var records recordEncoder
	write := func(b []byte) {
		if err == nil {
			_, err = w.Write(b)
		}
	}
	write(head[:at])
	write(annotationsOpen)
	for i, a := range annotations {
		rec, ok := cache[a.ID]
		if !ok {
			var eerr error
			if rec, eerr = records.encode(newAnnotationRecord(*a, runes)); eerr != nil {
				return fmt.Errorf("%w: %v", errEncoding, eerr)
			}
			cache[a.ID] = rec
		}
		if i > 0 {
			write(recordSeparator)
		}
		write(rec)
		if err != nil {
			return err
		}
	}
	write(annotationsClose)
	write(head[at+len(annotationsKey):])
	return err
}

// recordEncoder encodes records as they are indented inside the file's
// list. One is used for all the records a save encodes, so its buffers are
// reused (the first save after opening encodes every record).
type recordEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

// encode returns r encoded, in a slice of its own of exactly its size (the
// cache keeps every record).
func (e *recordEncoder) encode(r AnnotationRecord) ([]byte, error) {
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.buf)
		e.enc.SetEscapeHTML(false)
		e.enc.SetIndent("    ", "  ")
	}
	e.buf.Reset()
	if err := e.enc.Encode(r); err != nil {
		return nil, err
	}
	return bytes.Clone(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))), nil
}
