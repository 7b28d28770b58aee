// Command annotty is a terminal reader and annotator for news articles.
//
//	annotty [FILE|URL|-]      open an article, page or dump record (the bundled sample with no argument)
//	annotty analyze FILE...   print quotes, speakers and promos as JSON
//	annotty export ARTICLE    export the article's annotations
//	annotty text FILE|URL     print the text as the reader shows it
//	annotty DIR|FILE...       open a corpus (see docs/corpus.md)
//	annotty report DIR        who is quoted across a corpus
//	annotty corpus list DIR   a corpus's documents and statuses
//	annotty agree A B         agreement between annotators (docs/team.md)
//	annotty adjudicate DIR    settle disagreements into gold
package main

import (
	"fmt"
	"os"

	"github.com/annotty/annotty/ui"
	_ "github.com/annotty/annotty/ui/startgc" // the collector waits until the first frame is out
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	root := newRootCmd()
	root.AddCommand(newAnalyzeCmd(), newExportCmd(), newImportCmd(), newTextCmd(), newReportCmd(), newCorpusCmd(), newAgreeCmd(), newAdjudicateCmd())
	if err := root.Execute(); err != nil {
		fmt.Fprint(os.Stderr, errorLine(err))
		os.Exit(1)
	}
}

// errorLine is how an error reaches the terminal: one line, "annotty: "
// first, with control characters (escape sequences, newlines in a file
// name) made visible instead of obeyed.
func errorLine(err error) string {
	return "annotty: " + ui.Sanitize(err.Error()) + "\n"
}
