package ui

import (
	"testing"

	"github.com/annotty/annotty/model"
)

// markedQuote never panics and returns a valid span of the cursor's
// paragraph that starts and ends with a quotation mark.
func FuzzMarkedQuote(f *testing.F) {
	f.Add("He said \"no\" and left.", 10)
	f.Add("«Oui», dit-elle. „Ja“ — 「はい」", 3)
	f.Add("\"unclosed quote", 0)
	f.Add("a \"b\" c \"d\"\n\n\"e", 13)
	f.Fuzz(func(t *testing.T, text string, off int) {
		doc, err := model.NewDocument("f.txt", []byte(text), false)
		if err != nil || len(doc.Paragraphs) == 0 {
			return
		}
		off = model.GraphemeAt(doc.Text, max(0, off)%(len(doc.Text)+1)).Start
		span, ok := markedQuote(doc, off)
		if !ok {
			return
		}
		para := doc.Paragraphs[doc.ParagraphAt(off)]
		if !model.ValidSpan(doc.Text, span) || span.Start < para.Start || span.End > para.End || span.Len() < 2 {
			t.Fatalf("span %+v for offset %d in %q (paragraph %+v)", span, off, doc.Text, para)
		}
	})
}
