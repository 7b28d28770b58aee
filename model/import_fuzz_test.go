package model

import (
	"bytes"
	"testing"
)

func FuzzImport(f *testing.F) {
	set := exportTestSet(&testing.T{})
	native, _ := NewAnnotationFile(set, nil).MarshalIndent()
	var jsonl bytes.Buffer
	_ = WriteJSONL(&jsonl, NewAnnotationFile(set, nil))
	f.Add(native)
	f.Add(jsonl.Bytes())
	f.Add([]byte(`{"schema":"annotty/annotations","version":1,"offsets":"unicode-code-points","document":{},"annotations":[{"id":"x","label":"l","start":999,"end":5,"text":"t","source":"manual","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}],"rejections":[]}`))
	f.Add([]byte(`{"schema":"annotty/annotations","version":1,"offsets":"unicode-code-points","document":{},"annotations":[{"id":"x","label":"l","start":0,"end":3,"text":"👩‍👩","orphan":true,"source":"auto","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00+02:00"}],"rejections":[{"kind":"quote","start":1,"end":2,"text":"a"}]}`))
	f.Add([]byte("not json"))
	doc := set.Document()
	f.Fuzz(func(t *testing.T, data []byte) {
		got, _, err := ImportAnnotations(data, doc, SetOptions{Author: "fuzz"})
		if err != nil {
			return
		}
		for _, a := range got.All() {
			if a.Orphan {
				continue
			}
			if !ValidSpan(doc.Text, a.Span) || doc.Text[a.Span.Start:a.Span.End] != a.Text {
				t.Fatalf("imported annotation %q is not at its span %v", a.ID, a.Span)
			}
		}
		for _, r := range got.Rejections() {
			if !ValidSpan(doc.Text, r.Span) {
				t.Fatalf("rejection at invalid span %v", r.Span)
			}
		}
		again, err := NewAnnotationFile(got, nil).MarshalIndent()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeAnnotationFile(again); err != nil {
			t.Fatalf("re-export of an imported set does not decode: %v", err)
		}
	})
}
