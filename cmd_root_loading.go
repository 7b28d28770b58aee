package main

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/input"
)

// Opening an input that may take longer than a frame runs as the reader's
// loading state (ui.Loading): the first frame is drawn at once, the load
// runs off the UI goroutine.

// needsBackgroundLoad reports whether opening arg may take longer than a
// frame: pages, URLs and dumps. Text, Markdown, samples and standard input
// open before the first frame, as they always did.
func needsBackgroundLoad(arg string) bool {
	if model.IsURL(arg) {
		return true
	}
	if _, _, ok := dumpRecordArg(arg); ok {
		return true
	}
	k := input.KindOf(arg)
	return arg != "-" && (k == input.KindHTML || k == input.KindJSONL)
}
