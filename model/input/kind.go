package input

import (
	"bytes"
	"strings"

	"github.com/annotty/annotty/model"
)

// Kind is what an input holds, decided by its name (or, for standard
// input, by its first bytes).
type Kind int

// Input kinds.
const (
	// KindText is plain text, shown as it is.
	KindText Kind = iota
	// KindMarkdown is Markdown (.md, .markdown).
	KindMarkdown
	// KindHTML is a web page (.html, .htm, .xhtml, or fetched from a URL).
	KindHTML
	// KindJSONL is a crawler dump, one article per line (.jsonl).
	KindJSONL
)

// KindOf returns the kind of a file by its name, ignoring a final ".gz".
func KindOf(name string) Kind {
	lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch {
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"), strings.HasSuffix(lower, ".xhtml"):
		return KindHTML
	case strings.HasSuffix(lower, ".jsonl"):
		return KindJSONL
	case model.IsMarkdownPath(lower):
		return KindMarkdown
	}
	return KindText
}

// IsGzipName reports whether a file name ends in ".gz".
func IsGzipName(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".gz") }

// SniffHTML reports whether data (standard input, or a fetched text/plain
// body) starts like an HTML page: "<!doctype html" or "<html", after any
// byte-order mark and whitespace.
func SniffHTML(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 512)], []byte("\xef\xbb\xbf")), " \t\r\n")
	head = bytes.ToLower(head[:min(len(head), 14)])
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}
