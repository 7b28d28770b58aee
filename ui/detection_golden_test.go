package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/annotty/annotty/annotate"
	"github.com/annotty/annotty/samples"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// runDetectionGolden runs the reader on the seed sample with the real
// detectors in a width x height virtual terminal, waits for the analysis,
// types keys, waits until the screen shows want, and compares the final
// screen (without escape sequences) with testdata/<Test>/<size>.golden.
func runDetectionGolden(t *testing.T, width, height int, want string, keys ...string) {
	t.Helper()
	t.Run(fmt.Sprintf("%dx%d", width, height), func(t *testing.T) {
		doc := sampleDoc(t, samples.Default)
		m := New(doc, Options{Styles: plainStyles(), Analyze: annotate.AnalyzeContext})
		tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(width, height))
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			return bytes.Contains(b, []byte(" quotes · "))
		}, teatest.WithDuration(goldenTimeout))
		for _, k := range keys {
			tm.Send(keyMsg(k))
		}
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			return strings.Contains(ansi.Strip(string(b)), want) // b is all output since the last wait
		}, teatest.WithDuration(goldenTimeout))
		tm.Send(keyMsg("ctrl+c"))
		final := tm.FinalModel(t, teatest.WithFinalTimeout(goldenTimeout)).(Model)
		golden.RequireEqual(t, []byte(screen(final)))
	})
}

// The Quotes tab with the first quote's detail rendered by glamour (its
// block-quote bar shows that glamour's rendering, not the plain one, is in).
func TestGoldenDetectionQuotesTab(t *testing.T) {
	runDetectionGolden(t, 80, 24, "│   \"coherent and", "tab", "l")
	runDetectionGolden(t, 120, 40, "│   \"More importantly", "tab", "l", "j", "j")
}

// Promo lines hidden, after jumping to the third quote.
func TestGoldenDetectionPromosHidden(t *testing.T) {
	runDetectionGolden(t, 80, 24, "promos hidden", "]", "]", "]", "p")
	runDetectionGolden(t, 120, 40, "promos hidden", "p")
}

// The speaker filter: only Biden's quote is highlighted and listed.
func TestGoldenDetectionSpeakerFilter(t *testing.T) {
	runDetectionGolden(t, 120, 40, "│   ‘I want you", "tab", "l", "l", "j", "enter", "h")
}
