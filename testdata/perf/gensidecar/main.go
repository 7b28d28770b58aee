// Command gensidecar writes a sidecar with N tags (one per sentence, from the
// start) for an article, for the pty measurements of docs/performance.md:
//
//	go run ./testdata/perf/gensidecar ARTICLE N
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/annotty/annotty/model"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gensidecar ARTICLE N")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "gensidecar:", err)
		os.Exit(1)
	}
}

// run tags the first n sentences of the article at path and saves the sidecar.
func run(path, count string) error {
	n, err := strconv.Atoi(count)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	doc, err := model.NewDocument(path, data, model.IsMarkdownPath(path))
	if err != nil {
		return err
	}
	store, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		return err
	}
	defer store.Close()
	set, tagged := store.Set(), 0
	for _, p := range doc.Paragraphs {
		for off := p.Start; tagged < n && off < p.End; tagged++ {
			s, ok := model.SentenceAt(doc.Text, p, off)
			if !ok || s.End <= off {
				break
			}
			if _, err := set.Add(model.Annotation{Label: "claim", Span: s}); err != nil {
				return err
			}
			off = s.End + 1
		}
		if tagged == n {
			break
		}
	}
	if err := store.Save(); err != nil {
		return err
	}
	fmt.Printf("%s: %d tags\n", store.Path(), set.Len())
	return nil
}
