package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/annotty/annotty/model"
)

// MaxRecordBytes bounds one line of a dump.
const MaxRecordBytes = 64 << 20

// Record is one article of a crawler dump (JSON Lines). It accepts the
// fields news-please ("maintext", "title", "url", "date_publish",
// "source_domain", "authors") and trafilatura ("text", "raw_text", "html",
// "title", "url", "date", "hostname", "sitename", "author", "id") write.
type Record struct {
	// Line is the record's 1-based line number in the dump.
	Line int
	// ID is the record's "id", if any.
	ID string
	// Title, URL, Date, Source and Author are the record's metadata, if any.
	Title, URL, Date, Source, Author string
	// Text is the article's plain text; HTML its page, used when Text is empty.
	Text, HTML string
	// idTaken is set (by Records and SplitRecords) when an earlier record of
	// the dump already has this ID: the record is then named by its line.
	idTaken bool
}

// recordKeys gives each record of one dump a key no other record has.
type recordKeys map[string]bool

// claim marks rec's id as taken, or, when an earlier record took it, makes
// rec go by its line number.
func (keys recordKeys) claim(rec *Record) {
	if keys[rec.ID] {
		rec.idTaken = true
		return
	}
	keys[rec.ID] = true
}

// LineError is a dump line that could not be read as an article.
type LineError struct {
	// Line is the 1-based line number.
	Line int
	// Err says why.
	Err error
}

// Error reads "line N: REASON".
func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the reason.
func (e *LineError) Unwrap() error { return e.Err }

// rawRecord is a dump line as decoded: every field name the known writers use.
type rawRecord struct {
	ID          json.RawMessage `json:"id"`
	Title       string          `json:"title"`
	URL         string          `json:"url"`
	Date        string          `json:"date"`
	DatePublish string          `json:"date_publish"`
	Source      string          `json:"source"`
	Sitename    string          `json:"sitename"`
	Hostname    string          `json:"hostname"`
	Domain      string          `json:"source_domain"`
	Author      json.RawMessage `json:"author"`
	Authors     []string        `json:"authors"`
	Text        string          `json:"text"`
	RawText     string          `json:"raw_text"`
	Maintext    string          `json:"maintext"`
	HTML        string          `json:"html"`
}

// Records yields the records of a JSON Lines dump in order. A line that is
// not a JSON object, or has neither text nor html, yields a *LineError and
// the reading goes on; a read error (or a line over MaxRecordBytes) ends it.
// Blank lines are skipped.
func Records(r io.Reader) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		reader := bufio.NewReaderSize(r, 64<<10)
		keys := recordKeys{}
		for n := 1; ; n++ {
			line, err := readLine(reader)
			if len(bytes.TrimSpace(line)) > 0 {
				rec, perr := parseRecord(line)
				rec.Line = n
				if perr == nil {
					keys.claim(&rec)
				}
				if perr != nil {
					if !yield(Record{}, &LineError{Line: n, Err: perr}) {
						return
					}
				} else if !yield(rec, nil) {
					return
				}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(Record{}, &LineError{Line: n, Err: err})
				return
			}
		}
	}
}

// errLineTooLong ends a dump whose line is over MaxRecordBytes.
var errLineTooLong = fmt.Errorf("line is longer than %d MB; stopped reading", MaxRecordBytes>>20)

// readLine reads one line without its newline, up to MaxRecordBytes.
func readLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > MaxRecordBytes {
			return nil, errLineTooLong
		}
		switch {
		case err == nil:
			return line[:len(line)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return line, err
		}
	}
}

// parseRecord decodes one line.
func parseRecord(line []byte) (Record, error) {
	var raw rawRecord
	if err := json.Unmarshal(line, &raw); err != nil {
		var typeErr *json.UnmarshalTypeError
		switch {
		case !json.Valid(line):
			return Record{}, fmt.Errorf("not JSON (%v)", err)
		case bytes.TrimSpace(line)[0] != '{':
			return Record{}, errors.New("not a JSON object")
		case errors.As(err, &typeErr) && typeErr.Field != "":
			return Record{}, fmt.Errorf("field %q has the wrong type (a JSON %s)", typeErr.Field, typeErr.Value)
		}
		return Record{}, fmt.Errorf("not an article record (%v)", err)
	}
	rec := Record{
		ID: idString(raw.ID), Title: raw.Title, URL: raw.URL,
		Date:   firstNonEmpty(raw.Date, raw.DatePublish),
		Source: firstNonEmpty(raw.Source, raw.Sitename, raw.Domain, raw.Hostname),
		Author: firstNonEmpty(idString(raw.Author), strings.Join(raw.Authors, ", ")),
		Text:   firstNonEmpty(raw.Text, raw.Maintext, raw.RawText),
		HTML:   raw.HTML,
	}
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" {
		return Record{}, errors.New(`has neither "text" nor "html"`)
	}
	return rec, nil
}

// idString returns a JSON string or number as text ("" for anything else).
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// firstNonEmpty returns the first argument that is not blank.
func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// Key names the record inside its dump: its id when that is short and
// plain (letters, digits, "-", "_", "."), no earlier record has it and it
// does not spell a line key, else "L" and its line number. Keys are unique
// in a dump read by Records or SplitRecords, so no two records share a
// sidecar. RecordPath(dump, rec) is "dump.jsonl#KEY".
func (rec Record) Key() string {
	if id := rec.ID; id != "" && !rec.idTaken && len(id) <= 64 && !lineKey.MatchString(id) && strings.IndexFunc(id, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' && r != '.'
	}) < 0 {
		return id
	}
	return "L" + strconv.Itoa(rec.Line)
}

// lineKey matches the keys of records named by their line ("L12").
var lineKey = regexp.MustCompile(`^L[0-9]+$`)

// RecordPath is the document path of a dump record: "DUMP#KEY".
func RecordPath(dump string, rec Record) string { return dump + "#" + rec.Key() }

// Document turns the record into a Document with path RecordPath(dump,
// rec): its text as given (paragraphs split on line breaks), or, when it
// has only html, the article extracted from it. The record's metadata goes
// into doc.Page; extracted metadata fills what the record leaves out.
func (rec Record) Document(dump string) (*model.Document, error) {
	return rec.DocumentAt(RecordPath(dump, rec))
}

// DocumentAt is Document with the document's path given ("DUMP#KEY" as a
// corpus spells it).
func (rec Record) DocumentAt(path string) (*model.Document, error) {
	var doc *model.Document
	var err error
	if strings.TrimSpace(rec.Text) != "" {
		doc, err = model.NewDocument(path, []byte(rec.Text), false)
		if err == nil {
			doc.Page = &model.PageMeta{Extractor: "jsonl-text"}
		}
	} else {
		doc, err = FromHTML(path, []byte(rec.HTML), PageOptions{ContentType: "text/html; charset=utf-8"})
	}
	if err != nil {
		return nil, err
	}
	p := doc.Page
	p.RecordID = rec.ID
	p.Title = firstNonEmpty(oneLine(rec.Title), p.Title)
	p.URL = firstNonEmpty(oneLine(rec.URL), p.URL)
	p.Date = firstNonEmpty(oneLine(rec.Date), p.Date)
	p.SiteName = firstNonEmpty(oneLine(rec.Source), p.SiteName)
	p.Byline = firstNonEmpty(oneLine(rec.Author), p.Byline)
	return doc, nil
}
