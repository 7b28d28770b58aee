package input

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFromHTML feeds arbitrary pages to the extractor: it must return a
// document of valid UTF-8 with no control characters, or an error, never panic.
func FuzzFromHTML(f *testing.F) {
	for _, name := range []string{"article.html", "latin1.html", "shift_jis.html", "malformed.html", "nobody.html"} {
		f.Add(readTestPage(f, name))
	}
	f.Add([]byte("<table><tr><td><pre>a\n\tb</pre><h1><li>x"))
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, err := FromHTML("f.html", page, PageOptions{})
		if err != nil {
			return
		}
		if !utf8.ValidString(doc.Text) || strings.ContainsAny(doc.Text, "\x00\x1b\r") {
			t.Fatalf("text %q", doc.Text)
		}
		for i := range doc.Paragraphs {
			if strings.TrimSpace(doc.ParagraphText(i)) == "" {
				t.Fatalf("empty paragraph %d", i)
			}
		}
	})
}

// FuzzRecords feeds arbitrary dumps to the JSON Lines reader: every line is
// either a record with text or html, or a LineError naming a real line.
func FuzzRecords(f *testing.F) {
	f.Add(readTestPage(f, "dump.jsonl"))
	f.Add([]byte("{\"text\":\"a\"}\n\n{bad\n{\"html\":\"<p>x</p>\",\"id\":1.5e3}"))
	f.Fuzz(func(t *testing.T, dump []byte) {
		lines := bytes.Count(dump, []byte("\n")) + 1
		for rec, err := range Records(bytes.NewReader(dump)) {
			if err != nil {
				if le, ok := err.(*LineError); !ok || le.Line < 1 || le.Line > lines {
					t.Fatalf("error %v", err)
				}
				continue
			}
			if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" {
				t.Fatalf("record %d without text", rec.Line)
			}
			if k := rec.Key(); k == "" || strings.ContainsAny(k, "/\\ #") {
				t.Fatalf("key %q", k)
			}
		}
	})
}
