package model

import (
	"bytes"
	"testing"
)

// The cached encoder (writeSidecar) writes byte for byte what MarshalIndent writes, with
// and without annotations, rejections, orphans and notes with quotes.
func TestEncodeSidecarMatchesMarshalIndent(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	set := NewAnnotationSet(doc, SetOptions{})
	cache := recordCache{}
	check := func(when string) {
		t.Helper()
		want, err := NewAnnotationFile(set, nil).MarshalIndent()
		if err != nil {
			t.Fatal(err)
		}
		var all []*Annotation
		for _, a := range set.All() {
			all = append(all, &a)
		}
		var buf bytes.Buffer
		err = writeSidecar(&buf, doc, all, set.Rejections(), cache)
		if got := buf.Bytes(); err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%s: %v\ngot:\n%s\nwant:\n%s", when, err, got, want)
		}
	}
	check("empty")
	a := tagFirst(t, set, "quote", "住宅")
	tagFirst(t, set, "claim", "\"naïve\"")
	check("two tags")
	if err := set.Update(a.ID, func(x *Annotation) { x.Note = "line 1\n\"quoted\" <b> & 📰" }); err != nil {
		t.Fatal(err)
	}
	delete(cache, a.ID)
	check("a note changed")
	if err := set.Reject(DetectionQuote, Span{0, 8}); err != nil {
		t.Fatal(err)
	}
	check("a rejection")
}
