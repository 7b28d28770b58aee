package input

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxNestingDepth is the deepest element nesting a page may have. Both the
// HTML parser and the extractor take time quadratic in the depth (20,000
// nested <div>s took 14 s to open, 200,000 did not finish), so a deeper
// page is refused at once. Chrome's parser stops nesting at 512; news
// pages stay under 100.
const MaxNestingDepth = 512

// ErrTooDeep is wrapped when a page nests its elements deeper than MaxNestingDepth.
var ErrTooDeep = errors.New("elements nested too deeply")

// checkNestingDepth walks the page's tags once (linear time) and refuses a
// page whose elements nest deeper than MaxNestingDepth. It counts as the
// parser builds the tree: void elements and those whose end tag may be
// left out (p, li, td, …) never pile up, a self-closing tag only closes
// itself inside <svg> or <math>, and an end tag with no open element of
// its name closes nothing.
func checkNestingDepth(page []byte) error {
	z := html.NewTokenizer(bytes.NewReader(page))
	var stack []atom.Atom
	open := map[atom.Atom]int{}
	foreign := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return nil // io.EOF: the tokenizer reads from memory
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Svg || a == atom.Math {
				foreign++
			}
			if voidOrOptionalEnd[a] || (tt == html.SelfClosingTagToken && (foreign > 0 || a == 0)) {
				if tt == html.SelfClosingTagToken && (a == atom.Svg || a == atom.Math) {
					foreign--
				}
				continue
			}
			stack = append(stack, a)
			open[a]++
			if len(stack) > MaxNestingDepth {
				return fmt.Errorf("%w (more than %d levels)", ErrTooDeep, MaxNestingDepth)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if open[a] == 0 {
				continue
			}
			for {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				open[top]--
				if top == atom.Svg || top == atom.Math {
					foreign--
				}
				if top == a {
					break
				}
			}
		}
	}
}

// voidOrOptionalEnd are elements that never hold others open: void
// elements, and those the parser closes when a sibling starts.
var voidOrOptionalEnd = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Rt: true, atom.Rp: true, atom.Colgroup: true,
	atom.Caption: true, atom.Html: true, atom.Head: true, atom.Body: true,
}
