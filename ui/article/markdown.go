package article

import (
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/theme"
)

// MarkdownHighlighter styles a Markdown document in place: headings, list
// markers, *emphasis*, **strong**, `code` and link targets become
// decorations over the source text (markup is dimmed, not removed), so every
// offset stays an offset into the file.
type MarkdownHighlighter struct {
	styles *theme.Styles
}

// Decorate styles paragraph para.
func (h MarkdownHighlighter) Decorate(dst []Decoration, doc *model.Document, para int) []Decoration {
	p := doc.Paragraphs[para]
	text := doc.Text[p.Start:p.End]
	body := 0 // where inline markup may start
	lead := len(text) - len(strings.TrimLeft(text, " \t"))
	switch {
	case p.Heading > 0:
		marker := lead + p.Heading
		for marker < len(text) && text[marker] == ' ' {
			marker++
		}
		dst = append(dst,
			Decoration{Span: model.Span{Start: p.Start, End: p.End}, Paint: h.styles.Heading, Layer: LayerMarkup},
			Decoration{Span: model.Span{Start: p.Start + lead, End: p.Start + marker}, Paint: h.styles.Markup, Layer: LayerMarkup + 1})
		body = marker
	case p.ListItem:
		marker := lead + strings.IndexByte(text[lead:], ' ')
		dst = append(dst, Decoration{Span: model.Span{Start: p.Start + lead, End: p.Start + marker}, Paint: h.styles.ListMarker, Layer: LayerMarkup})
		body = marker
	}
	return h.inline(dst, text, p.Start, body)
}

// inline finds emphasis, strong, code and link-target spans in text[from:].
func (h MarkdownHighlighter) inline(dst []Decoration, text string, base, from int) []Decoration {
	span := func(s, e int) model.Span { return model.Span{Start: base + s, End: base + e} }
	for i := from; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '`':
			j := strings.IndexByte(text[i+1:], '`')
			if j < 0 {
				continue
			}
			end := i + 1 + j + 1
			dst = append(dst,
				Decoration{Span: span(i+1, end-1), Paint: h.styles.Code, Layer: LayerMarkup},
				Decoration{Span: span(i, i+1), Paint: h.styles.Markup, Layer: LayerMarkup + 1},
				Decoration{Span: span(end-1, end), Paint: h.styles.Markup, Layer: LayerMarkup + 1})
			i = end - 1
		case c == '*' || c == '_':
			n := 1
			if i+1 < len(text) && text[i+1] == c {
				n = 2
			}
			open := i + n
			if open >= len(text) || text[open] == ' ' || (c == '_' && i > 0 && isWordByte(text[i-1])) {
				i = open - 1
				continue
			}
			j := strings.Index(text[open:], text[i:open])
			if j <= 0 || text[open+j-1] == ' ' {
				i = open - 1
				continue
			}
			close := open + j
			paint := h.styles.Emphasis
			if n == 2 {
				paint = h.styles.Strong
			}
			dst = append(dst,
				Decoration{Span: span(open, close), Paint: paint, Layer: LayerMarkup},
				Decoration{Span: span(i, open), Paint: h.styles.Markup, Layer: LayerMarkup + 1},
				Decoration{Span: span(close, close+n), Paint: h.styles.Markup, Layer: LayerMarkup + 1})
			i = close + n - 1
		case c == ']' && i+1 < len(text) && text[i+1] == '(':
			j := strings.IndexByte(text[i+1:], ')')
			if j < 0 {
				continue
			}
			dst = append(dst, Decoration{Span: span(i, i+1+j+1), Paint: h.styles.Markup, Layer: LayerMarkup + 1})
			i += j + 1
		}
	}
	return dst
}

// isWordByte reports ASCII letters and digits (intraword underscores are not emphasis).
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// NewMarkdownHighlighter paints Markdown markup, headings and emphasis with styles.
func NewMarkdownHighlighter(styles *theme.Styles) MarkdownHighlighter {
	return MarkdownHighlighter{styles: styles}
}
