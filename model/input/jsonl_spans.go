package input

import (
	"bytes"
	"fmt"

	"github.com/annotty/annotty/model"
)

// RecordSpan is where one record of a dump lies, for readers that list a
// dump's records first and open one at a time (corpus mode).
type RecordSpan struct {
	// Key names the record (Record.Key): its document path is "DUMP#KEY".
	Key string
	// Start and End are the line's byte range in the dump, newline excluded.
	Start, End int64
	// Problem says why the line is not an article ("line 3: not JSON (…)"); "" when it is.
	Problem string
}

// SplitRecords lists the records of an uncompressed dump, one per non-blank
// line, in order: each line is parsed once to find its key and whether it
// is an article, but no document is built.
func SplitRecords(data []byte) []RecordSpan {
	var spans []RecordSpan
	keys := recordKeys{}
	for n, start := 1, 0; start < len(data); n++ {
		end := bytes.IndexByte(data[start:], '\n')
		next := start + end + 1
		if end < 0 {
			end, next = len(data)-start, len(data)
		}
		line := data[start : start+end]
		if len(bytes.TrimSpace(line)) > 0 {
			span := RecordSpan{Start: int64(start), End: int64(start + end)}
			rec, err := parseRecord(line)
			rec.Line = n
			if err == nil {
				keys.claim(&rec)
			}
			span.Key = rec.Key()
			if err != nil {
				span.Problem = (&LineError{Line: n, Err: err}).Error()
			}
			spans = append(spans, span)
		}
		start = next
	}
	return spans
}

// RecordDocument builds the document of one dump line (the bytes of
// RecordSpan's range) with the given path ("DUMP#KEY").
func RecordDocument(path string, line []byte) (*model.Document, error) {
	rec, err := parseRecord(line)
	if err != nil {
		return nil, err
	}
	return rec.DocumentAt(path)
}

// FindRecordDocument builds the document of the record named key in a whole
// dump (for compressed dumps, whose records have no byte range on disk).
func FindRecordDocument(path string, dump []byte, key string) (*model.Document, error) {
	for rec, err := range Records(bytes.NewReader(dump)) {
		if err == nil && rec.Key() == key {
			return rec.DocumentAt(path)
		}
	}
	return nil, fmt.Errorf("no record %q in the dump", key)
}
