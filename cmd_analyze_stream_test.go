package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/annotty/annotty/model"
)

// streamInput is a mix of good and bad records, with the line each answer must name.
const streamInput = `{"id":"a","text":"\"We will go,\" Sullivan told reporters. 👩‍👩‍👧 北京 Cafe\u0301."}
not json

{"id":2,"html":"<p>\"Hi,\" she said.</p>"}
{"id":3,"path":"/nonexistent/annotty/article.txt"}
{"id":4}
{"text":"no id"}
{"id":5,"text":"x","path":"y"}
{"id":"dev","path":"/dev/null"}
{"id":[6],"text":"Officials met on Monday. \"It is over,\" the mayor said."}
{"id":7,"text":"  "}
`

// answerOf is ra's output line for one input line.
func answerOf(ra recordAnalyzer, record []byte, tooLong bool) []byte {
	var b bytes.Buffer
	ra.answer(&b, record, tooLong)
	return b.Bytes()
}

// streamLines runs the stream over input with jobs workers and returns its output lines.
func streamLines(t *testing.T, input string, jobs int) []map[string]any {
	t.Helper()
	var out bytes.Buffer
	if err := runAnalyzeStream(strings.NewReader(input), &out, "-", jobs); err != nil {
		t.Fatal(err)
	}
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	return lines
}

func TestAnalyzeStreamAnswersEveryRecordInOrder(t *testing.T) {
	want := []struct {
		id    string // JSON of the id
		input string // the record's start, for records without an id
		error string
	}{
		{`"a"`, "", ""},
		{`null`, "not json", "not a JSON object"},
		{`2`, "", ""}, // extracted by the reader's HTML extractor
		{`3`, "", "no such file or directory"},
		{`4`, "", "exactly one of"},
		{`null`, `{"text":"no id"}`, `no "id"`},
		{`5`, "", "exactly one of"},
		{`"dev"`, "", "not a regular file"},
		{`[6]`, "", ""},
		{`7`, "", `"text": file is empty`},
	}
	for _, jobs := range []int{1, 3} {
		got := streamLines(t, streamInput, jobs)
		if len(got) != len(want) {
			t.Fatalf("jobs=%d: %d output lines, want %d", jobs, len(got), len(want))
		}
		for i, w := range want {
			id, _ := json.Marshal(got[i]["id"])
			errText, _ := got[i]["error"].(string)
			input, _ := got[i]["input"].(string)
			if string(id) != w.id || input != w.input || !strings.Contains(errText, w.error) || (w.error == "") != (errText == "") {
				t.Errorf("jobs=%d record %d = %v, want id %s input %q error ~%q", jobs, i, got[i], w.id, w.input, w.error)
			}
		}
		quotes, _ := got[0]["quotes"].([]any)
		if len(quotes) != 1 || got[0]["offsets"] != "unicode-code-points" {
			t.Errorf("jobs=%d: first record's analysis %v", jobs, got[0])
		}
		if q := quotes[0].(map[string]any); q["speaker"].(map[string]any)["name"] != "Sullivan" {
			t.Errorf("speaker %v", q["speaker"])
		}
	}
}

func TestAnalyzeStreamHTMLRecordsUseThePluggedExtractor(t *testing.T) {
	extract := func(html []byte) (*model.Document, error) {
		if !bytes.HasPrefix(html, []byte("<p>")) {
			return nil, errors.New("no article in the page")
		}
		return model.NewDocument("", []byte(strings.TrimSuffix(strings.TrimPrefix(string(html), "<p>"), "</p>")), false)
	}
	input := `{"id":1,"html":"<p>\"Go now,\" Ann Lee said.</p>"}` + "\n" + `{"id":2,"html":"<div>menu</div>"}` + "\n" + `{"id":3,"html":"<p> </p>"}` + "\n"
	var out bytes.Buffer
	if _, err := streamRecords(strings.NewReader(input), &out, 2, recordAnalyzer{extractHTML: extract}.answer); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], `"name":"Ann Lee"`) ||
		!strings.Contains(lines[1], `"error":"\"html\": no article in the page"`) || !strings.Contains(lines[2], `"error":"\"html\": file is empty"`) {
		t.Errorf("html records:\n%s", out.String())
	}
}

func TestAnalyzeStreamFlushesEachRecordBeforeTheNextArrives(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- runAnalyzeStream(inR, outW, "-", 2); outW.Close() }()
	answers := bufio.NewReader(outR)
	for i := range 3 {
		fmt.Fprintf(inW, `{"id":%d,"text":"\"Yes,\" he said."}`+"\n", i)
		line, err := answers.ReadString('\n') // blocks until this record's answer is written
		if err != nil || !strings.HasPrefix(line, fmt.Sprintf(`{"id":%d,`, i)) {
			t.Fatalf("record %d: answer %q, %v", i, line, err)
		}
	}
	inW.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// generatedRecords streams n small records without holding them in memory.
func generatedRecords(n int) io.Reader {
	r, w := io.Pipe()
	go func() {
		bw := bufio.NewWriter(w)
		for i := range n {
			if i%1000 == 999 {
				bw.WriteString("not json\n")
				continue
			}
			fmt.Fprintf(bw, `{"id":%d,"text":"Officials met. \"We will talk %d,\" Sullivan told reporters. 北京 👩‍👩‍👧"}`+"\n", i, i)
		}
		bw.Flush()
		w.Close()
	}()
	return r
}

// orderChecker is a writer that checks ids come in order and keeps nothing.
// With half set, it notes the heap every 500 lines (live objects and those
// not yet collected) and, after a collection, what is live at the end of
// each half of the stream.
type orderChecker struct {
	next, errors int
	bad          error
	half         int       // lines in a half of the stream; 0: no heap figures
	heapPeak     [2]uint64 // the largest heap seen in each half
	heapLive     [2]uint64 // the heap live at the end of each half
}

// Write checks one output line.
func (c *orderChecker) Write(p []byte) (int, error) {
	var rec struct {
		ID    *int
		Error string
	}
	if err := json.Unmarshal(p, &rec); err != nil && c.bad == nil {
		c.bad = err
	}
	switch {
	case rec.Error != "":
		c.errors++
	case rec.ID == nil || *rec.ID != c.next:
		if c.bad == nil {
			c.bad = fmt.Errorf("record %d out of order: %s", c.next, p)
		}
	}
	if h := min(c.next/max(c.half, 1), 1); c.half > 0 && (c.next%500 == 0 || c.next%c.half == c.half-1) {
		if c.next%c.half == c.half-1 {
			runtime.GC()
		}
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		metrics.Read(sample)
		c.heapPeak[h] = max(c.heapPeak[h], sample[0].Value.Uint64())
		if c.next%c.half == c.half-1 {
			c.heapLive[h] = sample[0].Value.Uint64()
		}
	}
	c.next++
	return len(p), nil
}

func TestAnalyzeStreamOf100000RecordsKeepsOrderAndBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 records take a few seconds")
	}
	const n, jobs = 100_000, 4
	defer useStreamGCPolicy()() // the collector's setting of runAnalyzeStream
	check := &orderChecker{half: n / 2}
	stats, err := streamRecords(generatedRecords(n), check, jobs, recordAnalyzer{}.answer)
	if err != nil || check.bad != nil {
		t.Fatal(err, check.bad)
	}
	if stats.Records != n || check.next != n || check.errors != n/1000 {
		t.Errorf("%d records, %d lines, %d errors; want %d, %d, %d", stats.Records, check.next, check.errors, n, n, n/1000)
	}
	if limit := int64(inFlightLimit(jobs)); stats.MaxInFlight > limit {
		t.Errorf("up to %d records in flight, bound is %d", stats.MaxInFlight, limit)
	}
	peak, live := check.heapPeak, check.heapLive
	t.Logf("heap peak %d KB / %d KB, live after the first / second 50,000 records %d KB / %d KB", peak[0]>>10, peak[1]>>10, live[0]>>10, live[1]>>10)
	if max(peak[0], peak[1]) > 64<<20 {
		t.Errorf("heap reached %d MB; want under 64 MB", max(peak[0], peak[1])>>20)
	}
	if live[1] > live[0]+2<<20 { // 2 MB over 50,000 records: a leak of 40 bytes a record
		t.Errorf("live heap grows with the stream: %d KB, then %d KB", live[0]>>10, live[1]>>10)
	}
}

func TestStreamHoldsFewBigRecordsAtOnce(t *testing.T) {
	const size, limit, jobs = 200 << 10, 500 << 10, 3
	var input strings.Builder
	for i := range 40 {
		n := size
		if i == 20 {
			n = 4 * limit // one record over the limit on its own still goes through
		}
		fmt.Fprintf(&input, "%d %s\n", i, strings.Repeat("x", n))
	}
	var out bytes.Buffer
	echoNumber := func(dst *bytes.Buffer, record []byte, _ bool) {
		dst.Write(record[:bytes.IndexByte(record, ' ')])
		dst.WriteByte('\n')
	}
	slow := writerFunc(func(p []byte) (int, error) { // the workers get ahead of the output
		time.Sleep(time.Millisecond)
		return out.Write(p)
	})
	stats, err := streamRecordsWithin(strings.NewReader(input.String()), slow, jobs, limit, echoNumber)
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for i := range 40 {
		fmt.Fprintf(&want, "%d\n", i)
	}
	if out.String() != want.String() {
		t.Errorf("output %q", out.String())
	}
	// Up to one record per worker may pass the limit; the big one only alone or with those.
	if stats.MaxBytesInFlight > 4*limit+jobs*(size+8) || stats.MaxInFlight > limit/size+jobs {
		t.Errorf("up to %d records, %d KB in flight; limit %d KB, %d jobs", stats.MaxInFlight, stats.MaxBytesInFlight>>10, limit>>10, jobs)
	}
}

func TestLockInputWaitsForTheHolderShortOrLong(t *testing.T) {
	for _, hold := range []time.Duration{10 * time.Microsecond, 20 * time.Millisecond} { // within the spin, and past it (parks)
		var s orderedStream
		s.inMu.Lock()
		got := make(chan time.Duration, 1)
		start := time.Now()
		go func() {
			s.lockInput()
			got <- time.Since(start)
			s.inMu.Unlock()
		}()
		time.Sleep(hold)
		s.inMu.Unlock()
		select {
		case waited := <-got:
			if waited < hold {
				t.Errorf("held %v: lockInput returned after %v, before the holder let go", hold, waited)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("held %v: lockInput never returned", hold)
		}
	}
}

func TestAnalyzeStreamLongLineIsAnErrorRecord(t *testing.T) {
	long := `{"id":1,"text":"` + strings.Repeat("x", 300) + `"}`
	r := bufio.NewReaderSize(strings.NewReader(long+"\n"+`{"id":2}`), 16)
	rec, tooLong, err := readRecordLine(r, nil, 100)
	if !tooLong || err != nil || len(rec) > 256 {
		t.Fatalf("long line: %d bytes, tooLong %v, %v", len(rec), tooLong, err)
	}
	rec, tooLong, err = readRecordLine(r, nil, 100)
	if string(rec) != `{"id":2}` || tooLong || !errors.Is(err, io.EOF) {
		t.Fatalf("next line %q %v %v", rec, tooLong, err)
	}
	out := answerOf(recordAnalyzer{}, []byte(long[:50]), true)
	if !bytes.Contains(out, []byte(`{"id":null,"error":"record longer than`)) {
		t.Errorf("too long record answer %s", out)
	}
}

// writerFunc is an io.Writer made of a function.
type writerFunc func([]byte) (int, error)

// Write calls f.
func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// failingWriter fails every write.
type failingWriter struct{}

// Write fails.
func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// failingReader returns some data, then an error.
type failingReader struct{ sent bool }

// Read returns one record, then fails.
func (r *failingReader) Read(p []byte) (int, error) {
	if r.sent {
		return 0, errors.New("connection reset")
	}
	r.sent = true
	return copy(p, `{"id":1,"text":"a"}`+"\n"), nil
}

func TestAnalyzeStreamFailsOnlyWhenInputOrOutputFails(t *testing.T) {
	if err := runAnalyzeStream(generatedRecords(5000), failingWriter{}, "-", 2); err == nil || !strings.Contains(err.Error(), "writing output: disk full") {
		t.Errorf("write failure: %v", err)
	}
	var out bytes.Buffer
	if err := runAnalyzeStream(&failingReader{}, &out, "-", 2); err == nil || !strings.Contains(err.Error(), "reading input: connection reset") {
		t.Errorf("read failure: %v", err)
	}
	if !strings.HasPrefix(out.String(), `{"id":1,`) {
		t.Errorf("the record read before the failure must still be answered: %q", out.String())
	}
	if _, _, err := runAnalyzeCmd(t, "", "--input", "jsonl", "--jobs", "0", "-"); err == nil {
		t.Errorf("--jobs 0 accepted")
	}
	if _, _, err := runAnalyzeCmd(t, "", "--input", "jsonl", "a", "b"); err == nil {
		t.Errorf("two inputs accepted")
	}
	stdout, _, err := runAnalyzeCmd(t, "bad\n", "--input", "jsonl", "-")
	if err != nil || !strings.Contains(stdout, `"error"`) {
		t.Errorf("a bad record must not fail the run: %v %q", err, stdout)
	}
}

// BenchmarkAnalyzeStream measures records per second with 1 and 2 jobs
// (compare: go test -bench AnalyzeStream -run '^$'), and the CPU time each
// record takes (user and system, all threads): on a shared machine wall
// time says how much of the cores the benchmark got, CPU time per record
// whether more jobs cost more work. Like the binary, each stream reads a
// file and writes to a file (the null device), so the read and write
// system calls and the input lock held across a read are measured too; a
// stream of 1,000 records keeps its start and end (the last record, when
// only one job still has work) a small part of the time.
func BenchmarkAnalyzeStream(b *testing.B) {
	article, err := openArticle("sample:fox-rafah.txt", nil)
	if err != nil {
		b.Fatal(err)
	}
	text, _ := json.Marshal(article.Text)
	var input bytes.Buffer
	const records = 1000
	for i := range records {
		fmt.Fprintf(&input, `{"id":%d,"text":%s}`+"\n", i, text)
	}
	inputPath := filepath.Join(b.TempDir(), "records.jsonl")
	if err := os.WriteFile(inputPath, input.Bytes(), 0o600); err != nil {
		b.Fatal(err)
	}
	out, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	b.Cleanup(useStreamGCPolicy()) // as runAnalyzeStream runs
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.ReportAllocs()
			defer useStreamProcs(jobs)() // as runAnalyzeStream runs
			cpu0, cpuOK := processCPU()
			for b.Loop() {
				in, err := os.Open(inputPath)
				if err != nil {
					b.Fatal(err)
				}
				_, err = streamRecords(in, out, jobs, recordAnalyzer{}.answer)
				in.Close()
				if err != nil {
					b.Fatal(err)
				}
			}
			n := float64(records * b.N)
			b.ReportMetric(n/b.Elapsed().Seconds(), "records/s")
			if cpu1, ok := processCPU(); cpuOK && ok {
				b.ReportMetric(float64((cpu1-cpu0).Microseconds())/n, "cpu-µs/record")
			}
		})
	}
}

func FuzzStreamRecord(f *testing.F) {
	for _, line := range strings.Split(streamInput, "\n") {
		f.Add([]byte(line), false)
	}
	f.Add([]byte(`{"id":1,"path":"-"}`), false)
	f.Add([]byte(`{"id":1,"text":"\u0000"}`), true)
	ra := recordAnalyzer{}
	f.Fuzz(func(t *testing.T, record []byte, tooLong bool) {
		if bytes.Contains(bytes.ToLower(record), []byte("path")) {
			t.Skip("path records read files; TestAnalyzeStreamAnswersEveryRecordInOrder covers them")
		}
		out := answerOf(ra, record, tooLong)
		if len(out) == 0 || out[len(out)-1] != '\n' || bytes.Count(out, []byte("\n")) != 1 {
			t.Fatalf("answer is not one line: %q", out)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(out, &m); err != nil {
			t.Fatalf("answer is not JSON: %v: %q", err, out)
		}
		if _, ok := m["id"]; !ok {
			t.Fatalf("answer has no id: %q", out)
		}
		_, isErr := m["error"]
		_, isAnalysis := m["quotes"]
		if isErr == isAnalysis {
			t.Fatalf("answer must be an error or an analysis: %q", out)
		}
	})
}

func TestStreamGCPercentGivesSmallHeapsRoomToGrow(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 800},        // no collection yet: Go's 4 MB minimum
		{4 << 20, 800},  // grow by 32 MB
		{5 << 20, 640},  // the stream's usual heap
		{16 << 20, 200}, // still 32 MB
		{32 << 20, 100}, // from here on Go's default: twice what survives
		{1 << 30, 100},
	} {
		if got := streamGCPercent(c.live); got != c.want {
			t.Errorf("streamGCPercent(%d MB) = %d, want %d", c.live>>20, got, c.want)
		}
	}
}

func TestStreamGCPolicyLeavesTheUsersSettingAlone(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	runtime.GC() // the live heap the policy reads is the last collection's: not an earlier test's garbage
	restore := useStreamGCPolicy()
	got := debug.SetGCPercent(-1)
	debug.SetGCPercent(got)
	if got <= 100 { // what survives here is far under 32 MB
		t.Errorf("GOGC during a stream = %d, want more than 100", got)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after a stream = %d, want 100 restored", got)
	}
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "50")
			restore := useStreamGCPolicy()
			if got := debug.SetGCPercent(100); got != 100 {
				t.Errorf("with %s set, GOGC during a stream = %d, want 100 left alone", env, got)
			}
			restore()
		})
	}
}
