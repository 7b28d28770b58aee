package annotate

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/annotty/annotty/model"
)

// generatedArticle builds an article of about size bytes from varied
// paragraphs: quotes with cues, partial quotes, pronouns, promos and plain text.
func generatedArticle(size int) string {
	first := []string{"Maria", "John", "Aiko", "Pierre", "Fatima", "Liam", "Chen", "Olga"}
	last := []string{"Lopez", "Smith", "Tanaka", "Dubois", "Khan", "Murphy", "Wei", "Ivanova"}
	var b strings.Builder
	b.Grow(size + 1024)
	for i := 0; b.Len() < size; i++ {
		f, l := first[i%len(first)], last[(i/3)%len(last)]
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, "Senator %s %s spoke on Monday about the budget in the capital, where lawmakers met for hours.\n", f, l)
		case 1:
			fmt.Fprintf(&b, "\"We will not accept a plan that cuts schools, roads and hospitals at the same time,\" %s said. \"It is wrong.\"\n", l)
		case 2:
			fmt.Fprintf(&b, "%s claimed the proposal lacks a \"coherent and sustainable strategy\" for the region's growth.\n", l)
		case 3:
			b.WriteString("\"More importantly, the key goals can be reached by other means,\" she added, according to people in the room.\n")
		case 4:
			b.WriteString("CITY COUNCIL DELAYS VOTE ON BRIDGE REPAIRS AFTER STORM\n")
		default:
			b.WriteString("The debate continued into the night as ’90s-era rules, Israel's envoy and the students' union were mentioned — “a long night,” one aide said.\n")
		}
	}
	return b.String()
}

func benchmarkAnalyze(b *testing.B, size int) {
	benchmarkAnalyzeText(b, generatedArticle(size))
}

// benchmarkAnalyzeText reports the speed of Analyze on text, its
// allocations, and (peak-heap-MB) the most heap it held at once above what
// was in use before. The text is held outside the heap where the system
// allows, as the reader holds a large article, so that the collector paces
// itself by the analysis alone.
func benchmarkAnalyzeText(b *testing.B, text string) {
	data := offHeapBytes(b, len(text))
	if data == nil {
		data = make([]byte, len(text))
	}
	copy(data, text)
	text = ""
	doc, err := model.NewDocument("bench.txt", data, false)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	peak := startHeapPeak()
	cpu := startCPUClock()
	b.ResetTimer()
	for b.Loop() {
		Analyze(doc)
	}
	b.StopTimer()
	b.ReportMetric(float64(peak.stop())/1e6, "peak-heap-MB")
	// On a shared machine wall-clock MB/s mostly measure the other load:
	// the CPU time this process spent (its GC included) is reported too.
	if used, ok := cpu.elapsed(); ok && used > 0 {
		b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(len(doc.Text))*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkAnalyze1MB, BenchmarkAnalyze10MB and BenchmarkAnalyze50MB compare
// the per-byte cost of the whole analysis at three sizes (it should be
// linear). Run them with -cpu 1: cpu-MB/s is then the speed on one core.
func BenchmarkAnalyze1MB(b *testing.B)  { benchmarkAnalyze(b, 1<<20) }
func BenchmarkAnalyze10MB(b *testing.B) { benchmarkAnalyze(b, 10<<20) }
func BenchmarkAnalyze50MB(b *testing.B) { benchmarkAnalyze(b, 50<<20) }

// BenchmarkAnalyzeOneLine10MB analyses 10 MB without a line break: one
// paragraph, read in windows of tokens.
func BenchmarkAnalyzeOneLine10MB(b *testing.B) {
	benchmarkAnalyzeText(b, strings.ReplaceAll(generatedArticle(10<<20), "\n", " "))
}

// BenchmarkAnalyzeQuoteHeavy10MB and BenchmarkAnalyzeQuoteHeavy50MB analyse
// articles whose every paragraph is an attributed quotation: the most the
// analysis keeps per byte.
func BenchmarkAnalyzeQuoteHeavy10MB(b *testing.B) { benchmarkAnalyzeText(b, quoteHeavyArticle(10<<20)) }
func BenchmarkAnalyzeQuoteHeavy50MB(b *testing.B) { benchmarkAnalyzeText(b, quoteHeavyArticle(50<<20)) }

// heapPeak samples the heap in use from a goroutine until stopped.
type heapPeak struct {
	before uint64
	stopCh chan struct{}
	done   chan uint64
}

// startHeapPeak collects garbage, then starts sampling the heap.
func startHeapPeak() *heapPeak {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	p := &heapPeak{before: sample[0].Value.Uint64(), stopCh: make(chan struct{}), done: make(chan uint64)}
	go func() {
		var peak uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-p.stopCh:
				p.done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return p
}

// stop ends the sampling and returns the peak above the heap at the start.
func (p *heapPeak) stop() uint64 {
	close(p.stopCh)
	peak := <-p.done
	if peak < p.before {
		return 0
	}
	return peak - p.before
}
