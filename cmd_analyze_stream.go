package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// maxRecordBytes bounds one input line of `analyze --input jsonl`; a longer
// line becomes an error record and the stream goes on.
const maxRecordBytes = 64 << 20

// streamStats reports how a stream ran (for tests of the memory bound).
type streamStats struct {
	// Records counts the lines that produced an output record.
	Records int
	// MaxInFlight is the most records read but not yet written at any time.
	MaxInFlight int64
}

// inFlightLimit is how many records may wait between reading and writing
// with n workers: enough to keep every worker busy while the writer waits
// for the oldest, and the bound on memory use.
func inFlightLimit(n int) int { return 2 * n }

// streamRecords reads newline-separated records from in, turns each one into
// an output line with process (on jobs goroutines) and writes the lines to
// out in input order, each with its own Write as soon as it and every record
// before it are done. Blank lines are skipped. Only a read or write failure
// is an error; process reports bad records in its output.
func streamRecords(in io.Reader, out io.Writer, jobs int, process func(record []byte, tooLong bool) []byte) (streamStats, error) {
	jobs = max(jobs, 1)
	type job struct {
		record  []byte
		tooLong bool
		result  chan []byte
	}
	var (
		stats    streamStats
		inFlight atomic.Int64
		readErr  error
	)
	work := make(chan job)
	pending := make(chan chan []byte, inFlightLimit(jobs))
	done := make(chan struct{})
	go func() { // reader: hands out records and queues their results in order
		defer close(pending)
		defer close(work)
		r := bufio.NewReaderSize(in, 64<<10)
		for {
			record, tooLong, err := readRecordLine(r, maxRecordBytes)
			if len(bytes.TrimSpace(record)) > 0 || tooLong {
				j := job{record: record, tooLong: tooLong, result: make(chan []byte, 1)}
				n := inFlight.Add(1)
				for old := atomic.LoadInt64(&stats.MaxInFlight); n > old && !atomic.CompareAndSwapInt64(&stats.MaxInFlight, old, n); old = atomic.LoadInt64(&stats.MaxInFlight) {
				}
				select {
				case pending <- j.result:
				case <-done:
					return
				}
				select {
				case work <- j:
				case <-done:
					return
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = fmt.Errorf("reading input: %w", err)
				}
				return
			}
		}
	}()
	var workers sync.WaitGroup
	for range jobs {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for j := range work {
				j.result <- process(j.record, j.tooLong)
			}
		}()
	}
	var writeErr error
	for result := range pending {
		b := <-result
		inFlight.Add(-1)
		if _, err := out.Write(b); err != nil {
			writeErr = fmt.Errorf("writing output: %w", err)
			close(done)
			break
		}
		stats.Records++
	}
	if writeErr != nil {
		for range pending { // let the reader see done and stop
		}
	}
	workers.Wait()
	if writeErr != nil {
		return stats, writeErr
	}
	return stats, readErr
}

// readRecordLine reads one line (without its newline). A line longer than
// limit is read to its end and dropped: tooLong is true and record holds its
// first bytes only. err is io.EOF after the last line.
func readRecordLine(r *bufio.Reader, limit int) (record []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			tooLong = true
			if len(buf) < 256 {
				buf = append(buf, chunk[:min(len(chunk), 256)]...)
			}
		} else {
			buf = append(buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(buf, []byte("\n")), tooLong, err
	}
}
