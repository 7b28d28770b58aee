package input

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkFromHTMLBigPage extracts a ~1 MB page built from testdata's article.
func BenchmarkFromHTMLBigPage(b *testing.B) {
	page := bigPage(b)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := FromHTML("big.html", page, PageOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// bigPage repeats the article's paragraphs until the page is about 1 MB.
func bigPage(b testing.TB) []byte {
	data, err := os.ReadFile("testdata/article.html")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	start, end := strings.Index(s, "<article>"), strings.Index(s, "</article>")
	body := s[start+len("<article>") : end]
	out := []byte(s[:end])
	for len(out) < 1<<20 {
		out = append(out, body...)
	}
	return append(out, s[end:]...)
}
