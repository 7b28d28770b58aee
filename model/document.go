// Package model holds annotty's documents, spans, detections and annotations,
// and their JSON. It imports no other annotty package.
//
// Offsets inside Go code are byte offsets into Document.Text (fast slicing).
// Every JSON we write carries Unicode code-point offsets (end exclusive), with
// byte offsets beside them; RuneIndex converts between the two.
package model

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Document is one article: its text, kept once, and an index of its paragraphs.
type Document struct {
	// Path is where the text came from ("-" for standard input, "sample:NAME" for a bundled sample).
	Path string
	// Text is the file's UTF-8 content as read; invalid bytes are replaced by U+FFFD.
	Text string
	// Paragraphs indexes Text in reading order.
	Paragraphs []Paragraph
	// Markdown is true when the source is Markdown (.md, .markdown).
	Markdown bool
	// InvalidUTF8 counts the invalid byte sequences replaced while loading.
	InvalidUTF8 int
	// Page describes an extracted web page or dump record (metadata, extractor); nil for plain files.
	Page *PageMeta

	// runes and sha256 are built on first use, on whichever goroutine asks
	// first (the store's writer, the analysis, the UI); the Once make that safe.
	runesOnce  sync.Once
	runes      *RuneIndex
	sha256Once sync.Once
	sha256     string
}

// Paragraph is a block of Text between line breaks, as byte offsets [Start, End).
// End excludes the line break (and a trailing "\r").
type Paragraph struct {
	Start, End int
	// Heading is the Markdown heading level (1-6), 0 for body text.
	Heading int
	// ListItem marks a Markdown list item ("- ", "* ", "1. ").
	ListItem bool
}

// Input errors returned by NewDocument; the CLI prints them as one line.
var (
	ErrEmpty  = errors.New("file is empty")
	ErrBinary = errors.New("file looks binary (it contains NUL bytes)")
)

// NewDocument builds a Document from raw file bytes. It refuses empty and
// binary input, replaces invalid UTF-8 and indexes paragraphs. It takes
// ownership of data: valid UTF-8 is used in place, without a copy, so the
// caller must not modify data afterwards.
func NewDocument(path string, data []byte, markdown bool) (*Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	// Most files are valid UTF-8, used in place: index their paragraphs
	// while the scan checks them, on the CPU the scan leaves idle.
	var guessed []Paragraph
	var wg sync.WaitGroup
	if len(data) >= scanChunk {
		asIs := unsafe.String(unsafe.SliceData(data), len(data))
		wg.Go(func() { guessed = SplitParagraphs(asIs, markdown) })
	}
	hasNUL, valid := scanBytes(data)
	wg.Wait()
	if hasNUL {
		return nil, ErrBinary
	}
	text, bad := toValidUTF8(data, valid)
	doc := &Document{Path: path, Text: text, Markdown: markdown, InvalidUTF8: bad}
	doc.Paragraphs = guessed
	if !valid || guessed == nil { // replaced bytes moved the offsets: index the text shown
		doc.Paragraphs = SplitParagraphs(text, markdown)
	}
	return doc, nil
}

// IsMarkdownPath reports whether a file name looks like Markdown.
func IsMarkdownPath(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".markdown")
}

// toValidUTF8 returns data as a string, each invalid sequence replaced by U+FFFD,
// and how many replacements it made; valid says data is valid UTF-8 already.
func toValidUTF8(data []byte, valid bool) (string, int) {
	if valid {
		return unsafe.String(unsafe.SliceData(data), len(data)), 0
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	bad := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			bad++
		} else {
			b.Write(data[:size])
		}
		data = data[size:]
	}
	return b.String(), bad
}

// ParagraphText returns the text of paragraph i.
func (d *Document) ParagraphText(i int) string {
	p := d.Paragraphs[i]
	return d.Text[p.Start:p.End]
}

// ParagraphAt returns the index of the paragraph containing byte offset off,
// or the nearest following paragraph; len(Paragraphs)-1 past the end.
func (d *Document) ParagraphAt(off int) int {
	lo, hi := 0, len(d.Paragraphs)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Paragraphs[mid].End < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(d.Paragraphs) {
		return len(d.Paragraphs) - 1
	}
	return lo
}

// Runes returns the document's byte/code-point offset converter, built on
// first use (safe on any goroutine; a second caller waits for the first).
func (d *Document) Runes() *RuneIndex {
	d.runesOnce.Do(func() { d.runes = NewRuneIndex(d.Text) })
	return d.runes
}

// SHA256 returns the lowercase hex SHA-256 of Text (the document identity in
// sidecars and exports), computed on first use without copying the text
// (safe on any goroutine).
func (d *Document) SHA256() string {
	d.sha256Once.Do(func() { d.sha256 = TextSHA256(d.Text) })
	return d.sha256
}
