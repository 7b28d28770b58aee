package corpus

import (
	"context"

	"github.com/annotty/annotty/model"
)

// BuildReport reads every usable document of the corpus, one at a time, with
// its annotations and analysis, and returns the finished report. Missing and
// bad documents are listed in Skipped; a corrupt sidecar counts the raw
// detections and is reported through warn.
func (c *Corpus) BuildReport(ctx context.Context, analyze AnalyzeFunc, warn func(path string, err error)) (*Report, error) {
	r := NewReport(c.root)
	for _, e := range c.entries {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if e.Missing {
			r.Skip(e.Path, "missing")
			continue
		}
		if e.Problem != "" {
			r.Skip(e.Path, e.Problem)
			continue
		}
		doc, err := c.load(e)
		if err != nil {
			r.Skip(e.Path, problemText(err))
			continue
		}
		set, _, _, err := model.ReadAnnotations(doc, model.StoreOptions{})
		if err != nil {
			if warn != nil {
				warn(e.Path, err)
			}
			set = model.NewAnnotationSet(doc, model.SetOptions{})
		}
		var a *model.Analysis
		if analyze != nil {
			a = analyze(doc)
		}
		r.Add(e, a, DocumentQuotes(doc, set, a))
	}
	r.Finish()
	return r, nil
}
