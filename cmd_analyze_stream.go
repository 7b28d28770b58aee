package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
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
	// MaxBytesInFlight is the most bytes of such records at any time.
	MaxBytesInFlight int64
}

// inFlightLimit is how many records may wait between reading and writing
// with n workers: enough to keep every worker busy while the oldest record
// is still being analysed (a long article, or a worker the system paused),
// and with inFlightBytes the bound on memory use. 32 a job lets the others
// go on for about 3 ms of a typical record's 90 µs each while the oldest one
// is stalled; with 8 a job (0.7 ms) two jobs on two cores ran out of room
// about once per 1,000 records and waited a millisecond or more each time
// (go test -trace, docs/scale.md).
func inFlightLimit(n int) int { return 32 * n }

// inFlightBytes is how many bytes of records may wait between reading and
// writing before no more are read (one record always may, whatever its size):
// huge records wait for room, small ones use the count of inFlightLimit.
const inFlightBytes = 64 << 20

// answerFunc writes the output line of one input line into dst; it must not
// keep record, whose bytes are reused for the next line.
type answerFunc func(dst *bytes.Buffer, record []byte, tooLong bool)

// streamRecords reads newline-separated records from in, turns each one into
// an output line with answer (on jobs goroutines) and writes the lines to
// out in input order, each with its own Write as soon as it and every record
// before it are done. Blank lines are skipped. Only a read or write failure
// is an error; answer reports bad records in its output.
//
// There is no reader or writer goroutine: each worker takes the next line
// itself and, when its answer is the oldest one waiting, writes it and the
// answers queued behind it. One job therefore runs read, analysis and write
// on one goroutine with no hand-off between threads, and N jobs share only
// two short critical sections.
func streamRecords(in io.Reader, out io.Writer, jobs int, answer answerFunc) (streamStats, error) {
	return streamRecordsWithin(in, out, jobs, inFlightBytes, answer)
}

// streamRecordsWithin is streamRecords with byteLimit in place of inFlightBytes.
func streamRecordsWithin(in io.Reader, out io.Writer, jobs int, byteLimit int64, answer answerFunc) (streamStats, error) {
	jobs = max(jobs, 1)
	s := &orderedStream{
		in:        bufio.NewReaderSize(in, 64<<10),
		out:       out,
		ready:     make([]*bytes.Buffer, inFlightLimit(jobs)),
		sizes:     make([]int64, inFlightLimit(jobs)),
		byteLimit: byteLimit,
	}
	s.room = sync.NewCond(&s.outMu)
	var workers sync.WaitGroup
	for range jobs - 1 {
		workers.Go(func() { s.work(answer) })
	}
	s.work(answer)
	workers.Wait()
	stats := streamStats{Records: int(s.written.Load()), MaxInFlight: s.maxInFlight, MaxBytesInFlight: s.maxBytesInFlight}
	if s.writeErr != nil {
		return stats, s.writeErr
	}
	return stats, s.readErr
}

// orderedStream is the state streamRecords' workers share: the input, read
// under inMu, and under outMu the answers waiting to be written in order and
// the count of records in flight. Neither lock is held while waiting for the
// other: a worker waiting for room in flight holds no input lock (else the
// others queue behind it and the mutex hands the processor from one to the
// next, serialising the workers), and a write happens outside both.
type orderedStream struct {
	inMu        sync.Mutex
	in          *bufio.Reader
	read        int64 // records read so far: the sequence number of the next one
	inputDone   bool  // the input ended or failed
	readErr     error
	maxInFlight int64

	bytesInFlight    atomic.Int64 // bytes of the records read and not yet written
	maxBytesInFlight int64        // under inMu
	byteLimit        int64

	outMu    sync.Mutex
	room     *sync.Cond // signalled when a record is written, a place is given back or writing fails
	out      io.Writer
	taken    int64           // places in flight taken: records read or about to be
	written  atomic.Int64    // records written (changed under outMu)
	ready    []*bytes.Buffer // answers not yet written, by sequence number modulo its length
	sizes    []int64         // the sizes of their records, likewise
	writing  bool            // a worker is writing the answers from written on
	writeErr error
}

// work answers records until the input ends or the output fails.
func (s *orderedStream) work(answer answerFunc) {
	var line []byte
	for {
		seq, record, tooLong, ok := s.next(line[:0])
		if !ok {
			return
		}
		dst := answerBuffers.Get().(*bytes.Buffer)
		dst.Reset()
		answer(dst, record, tooLong)
		s.deliver(seq, dst, int64(len(record)))
		line = record
		if cap(line) > 1<<20 { // a huge line's buffer is not kept for the small ones after it
			line = nil
		}
	}
}

// next takes a place among the records in flight, waiting for one, then
// reads the next non-blank line into buf; ok is false when there is none.
func (s *orderedStream) next(buf []byte) (seq int64, record []byte, tooLong, ok bool) {
	if !s.takePlace() {
		return 0, nil, false, false
	}
	s.lockInput()
	defer s.inMu.Unlock()
	for !s.inputDone {
		var err error
		record, tooLong, err = readRecordLine(s.in, buf, maxRecordBytes)
		if err != nil {
			s.inputDone = true
			if !errors.Is(err, io.EOF) {
				s.readErr = fmt.Errorf("reading input: %w", err)
			}
		}
		if len(bytes.TrimSpace(record)) > 0 || tooLong {
			seq = s.read
			s.read++
			s.maxInFlight = max(s.maxInFlight, s.read-s.written.Load())
			s.maxBytesInFlight = max(s.maxBytesInFlight, s.bytesInFlight.Add(int64(len(record))))
			return seq, record, tooLong, true
		}
	}
	s.givePlaceBack()
	return 0, nil, false, false
}

// inputSpin is how long a worker that finds the input locked retries before
// it parks. The lock is held to copy one line or, every 64 KB, for the read
// that refills the buffer: tens of microseconds at most. A parked worker, on
// the other hand, waits on average a millisecond before it runs again (its
// processor goes to the collector's sweeper or scavenger meanwhile, and the
// worker woken by Unlock waits in the queue of the processor still busy
// with the other job; measured with go test -trace, docs/scale.md).
const inputSpin = 50 * time.Microsecond

// lockInput takes inMu, retrying for up to inputSpin before parking.
func (s *orderedStream) lockInput() {
	if s.inMu.TryLock() {
		return
	}
	for start := time.Now(); time.Since(start) < inputSpin; {
		for range 64 {
			if s.inMu.TryLock() {
				return
			}
		}
	}
	s.inMu.Lock()
}

// takePlace waits until one more record may be in flight (fewer than
// inFlightLimit, and fewer bytes than byteLimit unless none is) and takes
// its place; false if the output failed.
func (s *orderedStream) takePlace() bool {
	s.outMu.Lock()
	defer s.outMu.Unlock()
	for s.writeErr == nil {
		inFlight := s.taken - s.written.Load()
		if inFlight < int64(len(s.ready)) && (inFlight == 0 || s.bytesInFlight.Load() < s.byteLimit) {
			break
		}
		s.room.Wait()
	}
	if s.writeErr != nil {
		return false
	}
	s.taken++
	return true
}

// givePlaceBack returns a place taken for a record that the input did not have.
func (s *orderedStream) givePlaceBack() {
	s.outMu.Lock()
	s.taken--
	s.room.Broadcast()
	s.outMu.Unlock()
}

// deliver queues the answer of record seq (of size bytes) and, if it is the
// oldest one waiting and no other worker is writing, writes it and every
// answer ready after it, one Write each, outside the lock.
func (s *orderedStream) deliver(seq int64, answer *bytes.Buffer, size int64) {
	s.outMu.Lock()
	defer s.outMu.Unlock()
	s.ready[seq%int64(len(s.ready))] = answer
	s.sizes[seq%int64(len(s.ready))] = size
	if s.writing || seq != s.written.Load() {
		return // the worker writing, or the one delivering the oldest record, writes it
	}
	s.writing = true
	for s.writeErr == nil {
		slot := s.written.Load() % int64(len(s.ready))
		b := s.ready[slot]
		if b == nil {
			break
		}
		s.ready[slot] = nil
		s.outMu.Unlock()
		_, err := s.out.Write(b.Bytes())
		releaseAnswerBuffer(b)
		s.outMu.Lock()
		if err != nil {
			s.writeErr = fmt.Errorf("writing output: %w", err)
		} else {
			s.bytesInFlight.Add(-s.sizes[slot])
			s.written.Add(1)
		}
		s.room.Broadcast()
	}
	s.writing = false
}

// answerBuffers recycles output lines once they are written.
var answerBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// releaseAnswerBuffer returns b to answerBuffers unless it grew large.
func releaseAnswerBuffer(b *bytes.Buffer) {
	if b.Cap() <= 1<<20 {
		answerBuffers.Put(b)
	}
}

// readRecordLine reads one line (without its newline), appending it to dst.
// A line longer than limit is read to its end and dropped: tooLong is true
// and record holds its first bytes only. err is io.EOF after the last line.
func readRecordLine(r *bufio.Reader, dst []byte, limit int) (record []byte, tooLong bool, err error) {
	buf := dst[:0]
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
