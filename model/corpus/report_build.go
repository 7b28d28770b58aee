package corpus

import (
	"context"
	"runtime"
	"sync"

	"github.com/annotty/annotty/model"
)

// reportBatch is how many documents are analysed at once: enough to keep
// every core busy, few enough that memory stays flat on any corpus.
const reportBatch = 32

// docQuotes is what reading one document gave the report.
type docQuotes struct {
	analysis *model.Analysis
	quotes   []ReportQuote
	skip     string // why the document is left out; "" when it counts
	warn     error  // a corrupt sidecar: its raw detections count
}

// BuildReport reads every usable document of the corpus with its
// annotations and analysis, a batch at a time on all cores, and returns the
// finished report, in corpus order whatever the timing. Missing and bad
// documents are listed in Skipped; a corrupt sidecar counts the raw
// detections and is reported through warn. progress, if set, is called
// after each batch.
func (c *Corpus) BuildReport(ctx context.Context, analyze AnalyzeFunc, warn func(path string, err error), progress func(done, total int)) (*Report, error) {
	r := NewReport(c.root)
	workers := max(1, runtime.GOMAXPROCS(0))
	for start := 0; start < len(c.entries); start += reportBatch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		batch := c.entries[start:min(start+reportBatch, len(c.entries))]
		results := make([]docQuotes, len(batch))
		var wg sync.WaitGroup
		next := make(chan int)
		for range min(workers, len(batch)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					results[i] = c.documentQuotes(batch[i], analyze)
				}
			}()
		}
		for i := range batch {
			next <- i
		}
		close(next)
		wg.Wait()
		for i, res := range results {
			e := batch[i]
			if res.warn != nil && warn != nil {
				warn(e.Path, res.warn)
			}
			if res.skip != "" {
				r.Skip(e.Path, res.skip)
				continue
			}
			r.Add(e, res.analysis, res.quotes)
		}
		if progress != nil {
			progress(start+len(batch), len(c.entries))
		}
	}
	r.Finish()
	return r, nil
}

// documentQuotes reads one entry for the report; it reads the entry only,
// so several run at once.
func (c *Corpus) documentQuotes(e *Entry, analyze AnalyzeFunc) docQuotes {
	switch {
	case e.Missing:
		return docQuotes{skip: "missing"}
	case e.Problem != "":
		return docQuotes{skip: e.Problem}
	}
	doc, err := c.load(e)
	if err != nil {
		return docQuotes{skip: problemText(err)}
	}
	var res docQuotes
	set, _, _, err := model.ReadAnnotations(doc, model.StoreOptions{Annotator: c.annotator})
	if err != nil {
		res.warn = err
		set = model.NewAnnotationSet(doc, model.SetOptions{})
	}
	if analyze != nil {
		res.analysis = analyze(doc)
	}
	res.quotes = DocumentQuotes(doc, set, res.analysis)
	return res
}
