package input

import (
	"errors"
	"strings"
	"testing"
)

// nestedPage is a page whose article sits under depth nested elements.
func nestedPage(open, close string, depth int) []byte {
	body := "<p>" + strings.Repeat("The harbour master said the ferry would run again on Monday. ", 8) + "</p>"
	return []byte("<html><body>" + strings.Repeat(open, depth) + body + strings.Repeat(close, depth) + "</body></html>")
}

func TestFromHTMLRefusesDeeplyNestedPage(t *testing.T) {
	// Both the HTML parser and the extractor take time quadratic in the
	// nesting depth: 20,000 nested <div>s took 14 s, 200,000 never ended.
	for _, tag := range []struct{ open, close string }{
		{"<div>", "</div>"},
		{"<div/>", ""},                       // a slash does not close a <div>
		{"<span><b>", "</bogus></b></span>"}, // a stray end tag closes nothing
	} {
		_, err := FromHTML("deep.html", nestedPage(tag.open, tag.close, 20000), PageOptions{})
		if !errors.Is(err, ErrTooDeep) {
			t.Errorf("%s×20000: err = %v, want ErrTooDeep", tag.open, err)
		}
	}
}

func TestFromHTMLKeepsOrdinaryNesting(t *testing.T) {
	for _, page := range [][]byte{
		nestedPage("<div>", "</div>", 200),
		// optional end tags and void elements never pile up
		[]byte("<html><body>" + strings.Repeat("<p>One line said the man.<br><img src=x><li>item", 5000) + "</body></html>"),
		// foreign content closes its own self-closing tags
		[]byte("<html><body><p>" + strings.Repeat("Text said the man. ", 30) + "</p><svg>" + strings.Repeat("<path d='M0'/>", 5000) + "</svg></body></html>"),
	} {
		if _, err := FromHTML("ok.html", page, PageOptions{}); err != nil {
			t.Errorf("ordinary page refused: %v", err)
		}
	}
}
