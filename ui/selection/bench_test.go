package selection

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// benchContext builds a document of about size bytes of news prose, as many
// short paragraphs or as one giant paragraph, with its quotes.
func benchContext(b *testing.B, size int, oneParagraph bool) Context {
	b.Helper()
	sep := "\n"
	if oneParagraph {
		sep = " "
	}
	var sb strings.Builder
	for sb.Len() < size {
		sb.WriteString("“We will not retreat,” Sen. Mary Smith told reporters Tuesday. ")
		sb.WriteString("The U.S. plan costs $3.5 billion, officials said. Nobody answered!")
		sb.WriteString(sep)
	}
	doc, err := model.NewDocument("bench.txt", []byte(sb.String()), false)
	if err != nil {
		b.Fatal(err)
	}
	return Context{Doc: doc, Quotes: findQuotes(doc.Text)}
}

// BenchmarkApply shows each key costs the same in a 100 KB and a 10 MB
// document (one paragraph or many): motions read only the text near the cursor.
func BenchmarkApply(b *testing.B) {
	for _, size := range []int{100 << 10, 10 << 20} {
		for _, one := range []bool{false, true} {
			c := benchContext(b, size, one)
			starts := make([]State, 64)
			for i := range starts {
				starts[i] = State{Cursor: len(c.Doc.Text)/2 + i*101}.Normalize(c)
			}
			for _, keys := range []string{"w", "b", ")", "(", "}", "]", "vis"} {
				name := fmt.Sprintf("%s/%dKB/oneParagraph=%v", keys, size>>10, one)
				b.Run(name, func(b *testing.B) {
					for i := 0; b.Loop(); i++ {
						s := starts[i%len(starts)]
						for _, key := range splitKeys(keys) {
							s = Apply(s, c, key)
						}
						if s.Cursor < 0 {
							b.Fatal("cursor left the document")
						}
					}
				})
			}
		}
	}
}
