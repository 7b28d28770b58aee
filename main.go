// Command annotty is a terminal reader and annotator for news articles.
//
//	annotty [FILE|URL|-]      open an article, page or dump record (the bundled sample with no argument)
//	annotty analyze FILE...   print quotes, speakers and promos as JSON
//	annotty export ARTICLE    export the article's annotations
//	annotty text FILE|URL     print the text as the reader shows it
package main

import (
	"fmt"
	"os"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	root := newRootCmd()
	root.AddCommand(newAnalyzeCmd(), newExportCmd(), newTextCmd())
	if err := root.Execute(); err != nil {
		fmt.Fprintf(os.Stderr, "annotty: %v\n", err)
		os.Exit(1)
	}
}
