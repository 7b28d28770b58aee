package annotate

import (
	"os"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/annotty/annotty/model"
)

func TestZZMemProbe(t *testing.T) {
	f := os.Getenv("ANNOMEM_FILE")
	if f == "" {
		t.Skip()
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument(f, b, false)
	if err != nil {
		t.Fatal(err)
	}
	b = nil
	runtime.GC()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	stop := make(chan struct{})
	peak := uint64(0)
	done := make(chan struct{})
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-stop:
				close(done)
				return
			default:
			}
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak {
				peak = v
			}
			time.Sleep(200 * time.Microsecond)
		}
	}()
	a := Analyze(doc)
	close(stop)
	<-done
	runtime.ReadMemStats(&ms1)
	runtime.GC()
	var ms2 runtime.MemStats
	runtime.ReadMemStats(&ms2)
	t.Logf("quotes %d speakers %d promos %d", len(a.Quotes), len(a.Speakers), len(a.Promos))
	t.Logf("alloc %.1f MB, heap before %.1f MB, peak objects %.1f MB (+%.1f), live after %.1f MB (+%.1f), numGC %d",
		float64(ms1.TotalAlloc-ms0.TotalAlloc)/1e6, float64(ms0.HeapAlloc)/1e6, float64(peak)/1e6, float64(peak-ms0.HeapAlloc)/1e6,
		float64(ms2.HeapAlloc)/1e6, float64(ms2.HeapAlloc-ms0.HeapAlloc)/1e6, ms1.NumGC-ms0.NumGC)
	runtime.KeepAlive(a)
}
