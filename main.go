// Command annotty is a terminal reader and annotator for news articles.
//
//	annotty [FILE|-]          open an article (the bundled sample with no argument)
//	annotty analyze FILE...   print quotes, speakers and promos as JSON
//	annotty export ARTICLE    export the article's annotations
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
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	root := newRootCmd()
	root.AddCommand(newAnalyzeCmd(), newExportCmd(), newReportCmd(), newCorpusCmd(), newAgreeCmd(), newAdjudicateCmd())
	if err := root.Execute(); err != nil {
		fmt.Fprint(os.Stderr, errorLine(err))
		os.Exit(1)
	}
}

// errorLine is how a command's error is printed: one line, with anything from
// file names or file contents that could drive the terminal made visible.
func errorLine(err error) string {
	return "annotty: " + ui.Sanitize(err.Error()) + "\n"
}
