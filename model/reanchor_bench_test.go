package model

import (
	"fmt"
	"strings"
	"testing"
)

// benchArticle builds a news-like text of about size bytes whose sentences
// are all different (numbered), as a long real article's are.
func benchArticle(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Officials said on day %d that the council would review contract %d before the vote. ", i, i*7)
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// goneRecords returns n annotation records whose passages are not in the
// text any more (the attack of 20,000 saved tags whose text is gone).
func goneRecords(n int) []AnnotationRecord {
	recs := make([]AnnotationRecord, n)
	for i := range recs {
		text := fmt.Sprintf("\"the minister resigned on evening %d after the budget vote\"", i)
		recs[i] = AnnotationRecord{
			ID: fmt.Sprintf("a-%d", i), Label: "quote", Text: text,
			Prefix: fmt.Sprintf("In a statement, spokesman %d said ", i), Suffix: " and left.",
			TextRange: TextRange{Start: i * 90, End: i*90 + len(text)},
			Source:    SourceManual, Created: "2026-01-01T00:00:00Z", Updated: "2026-01-01T00:00:00Z",
		}
	}
	return recs
}

// tagSentences tags n sentences spread evenly over a benchArticle text.
func tagSentences(b *testing.B, set *AnnotationSet, n int) *AnnotationSet {
	text := set.Document().Text
	step := len(text) / n
	for i := 0; i < n; i++ {
		start := strings.Index(text[i*step:], "Officials") + i*step
		end := start + strings.Index(text[start:], ". ") + 1
		if _, err := set.Add(Annotation{Label: "claim", Span: Span{start, end}}); err != nil {
			b.Fatal(err)
		}
	}
	return set
}

// BenchmarkReanchor20000Orphans places 20,000 tags whose text is gone in a
// 2 MB article (issue: this froze opening for 32 s; the target is 1 s).
func BenchmarkReanchor20000Orphans(b *testing.B) {
	doc, _ := NewDocument("bench.txt", []byte(benchArticle(2<<20)), false)
	f := &AnnotationFile{Schema: FileSchema, Version: FileVersion, Offsets: OffsetUnit,
		Document: NewDocumentInfo(doc), Annotations: goneRecords(20000), Rejections: []RejectionRecord{}}
	data, err := f.MarshalIndent()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		p := &PendingAnchors{read: sidecarRead{path: "bench.json", data: data}, doc: doc}
		if err := p.Run(b.Context(), nil); err != nil {
			b.Fatal(err)
		}
		if p.report.Orphaned != 20000 {
			b.Fatalf("%+v", p.report.Orphaned)
		}
	}
}

// BenchmarkReanchorShifted places 10,000 tags of a 50 MB article after a line
// was inserted at its top (every tag moved; the opening used to take minutes).
func BenchmarkReanchorShifted(b *testing.B) {
	text := benchArticle(50 << 20)
	doc, _ := NewDocument("bench.txt", []byte(text), false)
	f := NewAnnotationFile(tagSentences(b, NewAnnotationSet(doc, SetOptions{}), 10000), nil)
	changed, _ := NewDocument("bench.txt", []byte("Editor's note: updated.\n"+text), false)
	changed.Runes()
	for b.Loop() {
		_, report := f.Restore(changed, SetOptions{})
		if report.Moved != 10000 {
			b.Fatalf("%+v", report.Moved)
		}
	}
}

// BenchmarkReanchorEdited places 10,000 tags of a 2 MB article in which
// every tagged sentence had one word changed and a line was added on top
// (every tag takes the approximate path).
func BenchmarkReanchorEdited(b *testing.B) {
	text := benchArticle(2 << 20)
	doc, _ := NewDocument("bench.txt", []byte(text), false)
	f := NewAnnotationFile(tagSentences(b, NewAnnotationSet(doc, SetOptions{}), 10000), nil)
	edited := "Editor's note: updated.\n" + strings.ReplaceAll(text, "would review", "will review")
	changed, _ := NewDocument("bench.txt", []byte(edited), false)
	for b.Loop() {
		_, report := f.Restore(changed, SetOptions{})
		if report.Fuzzy+report.Moved < 9900 {
			b.Fatalf("%+v", report)
		}
	}
}

func BenchmarkReanchorFuzzy(b *testing.B) {
	filler := strings.Repeat("lorem ipsum dolor sit amet ", 4000) // ~100 kB
	quote := "\"we will not negociate with anyone, at any time, for any reason\""
	text := filler + strings.Replace(quote, "negociate", "negotiate", 1) + filler
	a := Anchor{Text: quote, Hint: len(filler)}
	r := NewReanchorer(text)
	for b.Loop() {
		if p := r.Place(a); p.Kind != MatchFuzzy {
			b.Fatal(p.Kind)
		}
	}
}

func BenchmarkTextIndex50MB(b *testing.B) {
	text := benchArticle(50 << 20)
	for b.Loop() {
		NewTextIndex(text)
	}
}

// BenchmarkOpenStore50MBWithSidecar opens a 50 MB article whose sidecar
// holds 10,000 tags: "sync" is OpenStore as before (all before the first
// frame), "deferred" what DeferReanchor leaves before the first frame, and
// "deferred+run" the time until the tags can be highlighted.
func BenchmarkOpenStore50MBWithSidecar(b *testing.B) {
	dir := b.TempDir()
	text := benchArticle(50 << 20)
	path := dir + "/big.txt"
	doc, _ := NewDocument(path, []byte(text), false)
	st, _ := OpenStore(doc, StoreOptions{})
	tagSentences(b, st.Set(), 10000)
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	for _, mode := range []string{"sync", "deferred", "deferred+run"} {
		b.Run(mode, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				fresh, _ := NewDocument(path, []byte(text), false) // no cached hash or rune index
				b.StartTimer()
				st, err := OpenStore(fresh, StoreOptions{DeferReanchor: mode != "sync"})
				if err != nil {
					b.Fatal(err)
				}
				if mode == "deferred+run" {
					if _, err := st.FinishReanchor(); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				if mode != "deferred" && st.Set().Len() != 10000 {
					b.Fatal(st.Set().Len())
				}
				_ = st.Close()
				b.StartTimer()
			}
		})
	}
}
