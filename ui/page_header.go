package ui

import (
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/article"
)

// pageHeader is what the reader shows above an extracted page's text: the
// title as a heading, then "byline · date · site", then the canonical URL
// (nil for a plain file, or a page with none of them). The article pane
// sanitizes and wraps the lines; they are not part of the text's offsets.
func pageHeader(p *model.PageMeta) []article.HeaderLine {
	if p == nil {
		return nil
	}
	var out []article.HeaderLine
	if t := strings.TrimSpace(p.Title); t != "" {
		out = append(out, article.HeaderLine{Text: t, Heading: true})
	}
	var facts []string
	for _, f := range []string{p.Byline, p.Date, p.SiteName} {
		if f = strings.TrimSpace(f); f != "" {
			facts = append(facts, f)
		}
	}
	if len(facts) > 0 {
		out = append(out, article.HeaderLine{Text: strings.Join(facts, " · ")})
	}
	if u := strings.TrimSpace(p.URL); u != "" {
		out = append(out, article.HeaderLine{Text: u})
	}
	return out
}

// pageNotice is the extraction's warning for the first frame's status line
// (no article body found, a cached copy, skipped dump lines), "" for none.
func (m Model) pageNotice() string {
	if m.doc.Page == nil {
		return ""
	}
	return strings.TrimSpace(m.doc.Page.Notice)
}
