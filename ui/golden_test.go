package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/samples"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// sampleDoc loads a bundled sample as the CLI does.
func sampleDoc(t *testing.T, name string) *model.Document {
	t.Helper()
	data, err := samples.Read(name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := model.NewDocument("sample:"+name, data, model.IsMarkdownPath(name))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// goldenTimeout bounds each wait in an end-to-end screen test. It is generous
// because a loaded CI machine can be slow; a passing run never waits this long.
const goldenTimeout = 30 * time.Second

// waitPrefix starts a pseudo-key that waits until TEXT is on the screen
// ("wait:1/29"), so a command (search, glamour) finishes before the next key.
const waitPrefix = "wait:"

// runGolden runs the reader end to end in a virtual terminal of the given
// size, types keys once the first frame is out, quits, and compares the
// final screen (without escape sequences) with testdata/<Test>/<size>.golden.
func runGolden(t *testing.T, doc *model.Document, width, height int, keys ...string) {
	t.Helper()
	runGoldenModel(t, func() Model { return New(doc, Options{Styles: plainStyles()}) }, width, height, keys...)
}

// runGoldenModel is runGolden on the reader newModel makes.
func runGoldenModel(t *testing.T, newModel func() Model, width, height int, keys ...string) {
	t.Helper()
	t.Run(fmt.Sprintf("%dx%d", width, height), func(t *testing.T) {
		tm := teatest.NewTestModel(t, newModel(), teatest.WithInitialTermSize(width, height))
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			return bytes.Contains(b, []byte("¶")) || bytes.Contains(b, []byte("small"))
		}, teatest.WithDuration(goldenTimeout))
		for _, k := range keys {
			if text, ok := strings.CutPrefix(k, waitPrefix); ok {
				teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
					return bytes.Contains(b, []byte(text))
				}, teatest.WithDuration(goldenTimeout))
				continue
			}
			tm.Send(keyMsg(k))
		}
		time.Sleep(50 * time.Millisecond) // let the last key be drawn
		tm.Send(keyMsg("ctrl+c"))
		final := tm.FinalModel(t, teatest.WithFinalTimeout(goldenTimeout)).(Model)
		golden.RequireEqual(t, []byte(screen(final)))
	})
}

func TestGoldenSample(t *testing.T) {
	doc := sampleDoc(t, samples.Default)
	runGolden(t, doc, 80, 24)
	runGolden(t, doc, 120, 40)
}

func TestGoldenSampleScrolledAndSearched(t *testing.T) {
	doc := sampleDoc(t, samples.Default)
	runGolden(t, doc, 80, 24, "ctrl+d", "/", "h", "e", "enter", waitPrefix+"/29", "n", waitPrefix+"9/29")
}

func TestGoldenSidePane(t *testing.T) {
	doc := sampleDoc(t, samples.Default)
	runGolden(t, doc, 120, 40, "tab", "j", "j")
	runGolden(t, doc, 80, 24, "tab", "G", "enter", waitPrefix+"100%")
}

func TestGoldenHelp(t *testing.T) {
	runGolden(t, sampleDoc(t, samples.Default), 80, 24, "?", waitPrefix+"fact-check")
}

func TestGoldenMarkdown(t *testing.T) {
	runGolden(t, sampleDoc(t, "council-budget.md"), 80, 24)
}

func TestGoldenOtherSamples(t *testing.T) {
	runGolden(t, sampleDoc(t, "lumiere-festival.txt"), 80, 24)
	runGolden(t, sampleDoc(t, "harbour-ferry.txt"), 120, 40, "G")
}

func TestGoldenTooSmall(t *testing.T) {
	runGolden(t, sampleDoc(t, samples.Default), 15, 4)
}

// Programs quit cleanly on q as well as ctrl+c.
func TestQuitKey(t *testing.T) {
	tm := teatest.NewTestModel(t, New(sampleDoc(t, samples.Default), Options{Styles: plainStyles()}), teatest.WithInitialTermSize(80, 24))
	tm.Send(keyMsg("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(3*time.Second))
	_ = tea.Quit
}
