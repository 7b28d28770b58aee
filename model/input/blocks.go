package input

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph of extracted text: a heading, a list item or body text.
type block struct {
	text     string
	heading  int
	listItem bool
}

// blockBuilder walks an HTML tree and collects its text as blocks: each
// block-level element (p, h1–h6, li, blockquote, table row, …) and each <br>
// starts a new one; inline text is joined with its whitespace collapsed.
// Script, style and other non-text elements are never read.
type blockBuilder struct {
	blocks   []block
	line     strings.Builder
	space    bool // a space is pending before the next word
	heading  int
	listItem bool
	pre      int // depth inside <pre>
}

// skippedElements hold no readable text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Head: true, atom.Select: true,
	atom.Button: true, atom.Textarea: true, atom.Input: true,
}

// blockElements start and end a paragraph.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Li: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.Caption: true, atom.Summary: true, atom.Details: true,
	atom.Address: true, atom.Hr: true, atom.Form: true, atom.Fieldset: true, atom.Body: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// headingLevels maps h1–h6 to their level.
var headingLevels = map[atom.Atom]int{
	atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6,
}

// nodeBlocks returns the text blocks of the tree under n.
func nodeBlocks(n *html.Node) []block {
	b := &blockBuilder{}
	b.walk(n)
	b.flush()
	return b.blocks
}

// walk visits n and its children in document order.
func (b *blockBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.walk(c)
		}
		return
	default:
		return // comments, doctypes
	}
	a := n.DataAtom
	if a == 0 { // the extractor builds elements by name only
		a = atom.Lookup([]byte(strings.ToLower(n.Data)))
	}
	if skippedElements[a] {
		return
	}
	switch {
	case a == atom.Br:
		b.flush()
		return
	case a == atom.Td || a == atom.Th:
		b.space = b.line.Len() > 0
	case blockElements[a]:
		b.flush()
	}
	outerHeading := b.heading
	if level := headingLevels[a]; level > 0 {
		b.heading = level
	}
	if a == atom.Li || a == atom.Dt || a == atom.Dd {
		b.listItem = true // marks the item's first block
	}
	if a == atom.Pre {
		b.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
	if a == atom.Pre {
		b.pre--
	}
	if blockElements[a] {
		b.flush()
		b.heading = outerHeading
		b.listItem = false
	}
}

// text appends a text node, collapsing whitespace (kept as line breaks inside <pre>).
func (b *blockBuilder) text(s string) {
	if b.pre > 0 {
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				b.flush()
			}
			b.words(line)
		}
		return
	}
	b.words(s)
}

// words appends the words of s, one space between them.
func (b *blockBuilder) words(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case unicode.IsSpace(r) || r == '\u200b':
			b.space = true
		case unicode.IsControl(r):
			// Control characters are not text; the reader would show them as escapes.
		default:
			if b.space && b.line.Len() > 0 {
				b.line.WriteByte(' ')
			}
			b.space = false
			b.line.WriteRune(r)
		}
	}
}

// flush ends the current block, if it has text.
func (b *blockBuilder) flush() {
	if b.line.Len() > 0 {
		b.blocks = append(b.blocks, block{text: b.line.String(), heading: b.heading, listItem: b.listItem})
		b.listItem = false
	}
	b.line.Reset()
	b.space = false
}

// blocksDocument builds a Document whose text is the blocks, one per line
// with a blank line between them, each a Paragraph carrying its heading
// level and list-item mark.
func blocksDocument(path string, blocks []block, page *model.PageMeta) (*model.Document, error) {
	var text strings.Builder
	paras := make([]model.Paragraph, 0, len(blocks))
	for i, bl := range blocks {
		if i > 0 {
			text.WriteString("\n\n")
		}
		start := text.Len()
		text.WriteString(bl.text)
		paras = append(paras, model.Paragraph{Start: start, End: text.Len(), Heading: bl.heading, ListItem: bl.listItem})
	}
	doc, err := model.NewDocument(path, []byte(text.String()), false)
	if err != nil {
		return nil, err
	}
	doc.Paragraphs = paras
	doc.Page = page
	return doc, nil
}
