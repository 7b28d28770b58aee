package model

import (
	"fmt"
	"strings"
	"testing"
)

// tagCounts are the set sizes the edit benchmarks run at: an edit must cost
// the same with 100,000 tags as with one (issue: instant at every step).
var tagCounts = []int{10, 10_000, 100_000}

// setWithTags returns a set over a generated text with n tags, one per word,
// and the span of a free word in the middle for a new tag.
func setWithTags(b *testing.B, n int) (*AnnotationSet, Span) {
	b.Helper()
	var text strings.Builder
	for i := range n + 1 {
		fmt.Fprintf(&text, "w%06d ", i)
	}
	doc, err := NewDocument("bench.txt", []byte(text.String()), false)
	if err != nil {
		b.Fatal(err)
	}
	id := 0
	set := NewAnnotationSet(doc, SetOptions{Author: "bench", NewID: func() string { id++; return fmt.Sprint("a-", id) }})
	const word = len("w000000 ")
	free := n / 2
	for i := range n + 1 {
		if i == free {
			continue
		}
		if _, err := set.Add(Annotation{Label: "claim", Span: Span{Start: i * word, End: i*word + word - 1}}); err != nil {
			b.Fatal(err)
		}
	}
	return set, Span{Start: free * word, End: free*word + word - 1}
}

// BenchmarkTagUndoRedo is one tag, its undo and its redo, then an undo to
// leave the set as it was, each followed by the walk over the tags on
// screen: the key path of 1-9, u and ctrl-r.
func BenchmarkTagUndoRedo(b *testing.B) {
	atTagCounts(b, func(b *testing.B, set *AnnotationSet, free Span) {
		screen := Span{Start: free.Start, End: free.Start + 2048}
		for b.Loop() {
			if _, err := set.Add(Annotation{Label: "quote", Span: free}); err != nil {
				b.Fatal(err)
			}
			onScreen(set, screen)
			set.Undo()
			onScreen(set, screen)
			set.Redo()
			onScreen(set, screen)
			set.Undo()
			onScreen(set, screen)
		}
	})
}

// BenchmarkAcceptDetection accepts a detection (after checking it is not
// reviewed yet) and undoes it: the key path of a in review.
func BenchmarkAcceptDetection(b *testing.B) {
	atTagCounts(b, func(b *testing.B, set *AnnotationSet, free Span) {
		d := Detection{Kind: DetectionQuote, Span: free}
		for b.Loop() {
			if set.Reviewed(d) {
				b.Fatal("detection reviewed before accepting")
			}
			if _, err := set.Accept(d, nil); err != nil {
				b.Fatal(err)
			}
			set.Undo()
		}
	})
}

// BenchmarkOverlappingScreen asks for the tags over one screenful of text
// (about 2 KB), as the article pane does for every frame.
func BenchmarkOverlappingScreen(b *testing.B) {
	atTagCounts(b, func(b *testing.B, set *AnnotationSet, free Span) {
		screen := Span{Start: free.Start, End: free.Start + 2048}
		for b.Loop() {
			if onScreen(set, screen) == 0 && set.Len() > 10 {
				b.Fatal("no tags on screen")
			}
		}
	})
}

// atTagCounts runs bench once per size of tagCounts, on a set of that many
// tags and with the span of a free word in the middle, reporting allocations.
func atTagCounts(b *testing.B, bench func(b *testing.B, set *AnnotationSet, free Span)) {
	for _, n := range tagCounts {
		b.Run(fmt.Sprint(n, "tags"), func(b *testing.B) {
			set, free := setWithTags(b, n)
			b.ReportAllocs()
			bench(b, set, free)
		})
	}
}

// onScreen counts the tags over screen the way a view should walk them:
// without collecting them into a slice (which, at 100,000 tags, costs more
// in garbage collection than the walk itself).
func onScreen(set *AnnotationSet, screen Span) int {
	k := 0
	for range set.OverlappingSeq(screen) {
		k++
	}
	return k
}
