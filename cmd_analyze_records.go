package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"io/fs"
	"os"
	"strings"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/input"
)

// streamRecord is one input line of `analyze --input jsonl`: an id and exactly
// one of text (the article), html (a web page) or path (a file to read).
type streamRecord struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	HTML *string         `json:"html"`
	Path *string         `json:"path"`
}

// streamResult is one output line: the record's id and its analysis, or the
// id and an error. The k-th output line answers the k-th record, so a shard's
// output merges into the same lines as one process's; there is no line
// number, which would count within a shard.
type streamResult struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error,omitempty"`
	// Input is the start of a record that has no usable id (errors only).
	Input string `json:"input,omitempty"`
	*model.AnalysisJSON
}

// HTMLExtractor turns a web page into its article (the shape of
// model/input.FromHTML with a path and options bound). nil: html records
// are refused with an error record.
type HTMLExtractor func(html []byte) (*model.Document, error)

// errHTMLUnsupported is the error of html records while no extractor is wired in.
var errHTMLUnsupported = errors.New(`"html" records are not supported yet by this annotty; send "text" or "path"`)

// recordAnalyzer analyses stream records; its methods are safe for concurrent use.
type recordAnalyzer struct {
	extractHTML HTMLExtractor
}

// answer writes the output line of one input line into dst (always one JSON
// object and a newline): the analysis, or an error record. It keeps nothing
// of data.
func (ra recordAnalyzer) answer(dst *bytes.Buffer, data []byte, tooLong bool) {
	var rec streamRecord
	res := streamResult{ID: json.RawMessage("null")}
	var err error
	switch {
	case tooLong:
		err = fmt.Errorf("record longer than %d MB", maxRecordBytes>>20)
	default:
		if err = json.Unmarshal(data, &rec); err == nil {
			if len(rec.ID) > 0 {
				res.ID = rec.ID
			}
			var doc *model.Document
			if doc, err = ra.document(rec); err == nil {
				a := model.NewAnalysisJSON(doc, annotate.Analyze(doc))
				res.AnalysisJSON = &a
			}
		} else {
			err = fmt.Errorf("not a JSON object: %v", err)
		}
	}
	if err != nil {
		res.Error = err.Error()
		if bytes.Equal(res.ID, []byte("null")) {
			res.Input = recordStart(data)
		}
	}
	encodeLine(dst, res)
}

// recordStart is the first 80 characters of a record, valid UTF-8.
func recordStart(data []byte) string {
	s := strings.ToValidUTF8(string(data[:min(len(data), 320)]), "\uFFFD")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return s
}

// document builds the article of a record, checking it names exactly one source.
func (ra recordAnalyzer) document(rec streamRecord) (*model.Document, error) {
	if len(rec.ID) == 0 || bytes.Equal(rec.ID, []byte("null")) {
		return nil, errors.New(`record has no "id"`)
	}
	sources := 0
	for _, s := range []*string{rec.Text, rec.HTML, rec.Path} {
		if s != nil {
			sources++
		}
	}
	if sources != 1 {
		return nil, errors.New(`record needs exactly one of "text", "html" or "path"`)
	}
	switch {
	case rec.Text != nil:
		doc, err := model.NewDocument("", []byte(*rec.Text), false)
		if err != nil {
			return nil, fmt.Errorf(`"text": %w`, err)
		}
		return doc, nil
	case rec.HTML != nil:
		if ra.extractHTML == nil {
			return nil, errHTMLUnsupported
		}
		doc, err := ra.extractHTML([]byte(*rec.HTML))
		if err != nil {
			return nil, fmt.Errorf(`"html": %w`, err)
		}
		return doc, nil
	default:
		return openRecordPath(*rec.Path)
	}
}

// openRecordPath reads the article a path record names: a bundled sample,
// or a regular file of at most maxInputBytes, checked before reading (a
// stream stage must not be made to read a device or a pipe).
func openRecordPath(path string) (*model.Document, error) {
	switch {
	case path == "-" || path == "":
		return nil, errors.New(`"path" must name a file (standard input is the record stream)`)
	case strings.HasPrefix(path, "sample:"):
		return openArticle(path, nil) // a bundled sample: embedded, nothing to check
	}
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return openArticle(path, nil) // fails: the reader's wording of why
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s: not a regular file", articleName(path))
	case info.Size() > maxInputBytes:
		return nil, fmt.Errorf("%s: larger than %d MB", articleName(path), maxInputBytes>>20)
	}
	return openArticle(path, nil)
}

// encodeLine writes v into dst as one compact JSON line; it cannot fail for our types.
func encodeLine(dst *bytes.Buffer, v any) {
	start := dst.Len()
	enc := json.NewEncoder(dst)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		dst.Truncate(start)
		dst.WriteString(`{"id":null,"error":"cannot encode result"}` + "\n")
	}
}

// htmlExtractor is the extractor `analyze --input jsonl` uses for html
// records: the reader's (model/input.FromHTML), with no path or headers.
var htmlExtractor HTMLExtractor = func(page []byte) (*model.Document, error) {
	return input.FromHTML("", page, input.PageOptions{})
}

// openStreamFile opens a record file for streaming: it must be a regular file
// or a pipe (no size cap: records are read one at a time).
func openStreamFile(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", articleName(path), errors.Unwrap(err))
	}
	if !info.Mode().IsRegular() && info.Mode()&fs.ModeNamedPipe == 0 {
		return nil, fmt.Errorf("%s: not a regular file", articleName(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", articleName(path), errors.Unwrap(err))
	}
	return f, nil
}
