package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/ui/article"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/samples"
)

// bigAnalyzed is the seed sample repeated to about 10 MB, with its analysis.
func bigAnalyzed(b *testing.B) (*model.Document, *model.Analysis) {
	b.Helper()
	seed := sampleDoc(&testing.T{}, samples.Default)
	doc := mustDoc(b, "big.txt", strings.Repeat(seed.Text+"\n\n", 10<<20/len(seed.Text)))
	return doc, annotate.Analyze(doc)
}

// Taking a new analysis is done once, in Update: it must stay well under a frame
// budget's worth of pause even for 10 MB.
func BenchmarkDetectionsSetAnalysis(b *testing.B) {
	doc, a := bigAnalyzed(b)
	styles := colourStyles()
	b.ResetTimer()
	for b.Loop() {
		sess := session.New(doc, session.Options{AnalysisWanted: true})
		sess.SetAnalysis(a, nil)
		d := layers.NewDetections(sess, styles)
		d.SetAnalysis()
	}
}

// Decorate runs for every visible paragraph on every frame.
func BenchmarkDetectionsDecorate(b *testing.B) {
	doc, a := bigAnalyzed(b)
	sess := session.New(doc, session.Options{AnalysisWanted: true})
	sess.SetAnalysis(a, nil)
	d := layers.NewDetections(sess, colourStyles())
	d.SetAnalysis()
	var buf []article.Decoration
	n := len(doc.Paragraphs)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		buf = d.Decorate(buf[:0], doc, (i*7919)%n)
		i++
	}
}
