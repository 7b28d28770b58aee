package ui

import (
	"slices"
	"strings"
	"testing"
)

func TestNextQuoteOffset(t *testing.T) {
	a := bridgeAnalysis(t)
	m := readerWith(t, mustDoc(t, "bridge.txt", bridgeText), a, 60, 5)
	start := func(i int) int { return a.Quotes[i].Span.Start }
	tests := []struct {
		name      string
		from, dir int
		want      int // quote index, -1 for none
	}{
		{"first from the top", 0, +1, 0},
		{"strictly after from", start(0), +1, 1},
		{"nested quote is a stop of its own", start(2), +1, 3},
		{"previous", start(1), -1, 0},
		{"nothing before the first", start(0), -1, -1},
		{"nothing after the last", start(5), +1, -1},
		{"from the end backwards", len(bridgeText), -1, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i, ok := m.detect.NextQuoteIndex(tt.from, tt.dir)
			off := -1
			if ok {
				off = m.detect.Analysis.Quotes[i].Span.Start
			}
			if tt.want < 0 {
				if ok {
					t.Fatalf("got offset %d, want none", off)
				}
				return
			}
			if !ok || off != start(tt.want) {
				t.Fatalf("got %d (%v), want quote %d at %d", off, ok, tt.want, start(tt.want))
			}
		})
	}
}

// focusAfter presses keys and returns the quote each ]/[ landed on. ] and
// [ call stepQuote, the reading-Position step (with the text cursor of
// issue 4 the keys step from the cursor instead); other keys are pressed.
func focusAfter(t *testing.T, m Model, keys ...string) ([]int, Model) {
	t.Helper()
	var got []int
	for _, k := range keys {
		switch k {
		case "]", "[":
			dir := +1
			if k == "[" {
				dir = -1
			}
			m, _ = m.stepQuote(dir)
			got = append(got, m.detect.Focus)
		default:
			m = press(t, m, k)
		}
	}
	return got, m
}

func TestQuoteKeysStepAndWrap(t *testing.T) {
	a := bridgeAnalysis(t)
	m := readerWith(t, mustDoc(t, "bridge.txt", bridgeText), a, 60, 5)
	got, m := focusAfter(t, m, "]", "]", "]", "]", "]", "]", "]")
	want := []int{0, 1, 2, 3, 4, 5, 0}
	if !slices.Equal(got, want) {
		t.Fatalf("] visits %v, want %v", got, want)
	}
	if !strings.Contains(m.message, "wrapped to the top") || !strings.HasPrefix(m.message, "quote 1 of 6") {
		t.Errorf("message after wrapping: %q", m.message)
	}
	got, m = focusAfter(t, m, "[", "[")
	if !slices.Equal(got, []int{5, 4}) {
		t.Fatalf("[ from the first quote visits %v, want [5 4]", got)
	}
	// The quote jumped to is on screen, at the top when the text allows.
	_, m = focusAfter(t, readerWith(t, m.doc, a, 60, 5), "]", "]")
	if !strings.Contains(topLine(m), "We will build it") {
		t.Errorf("after ] ] the top line is %q, want the second quote's line", topLine(m))
	}
	if !m.article.OnScreen(a.Quotes[1].Span.Start) {
		t.Error("the quote jumped to is not on screen")
	}
}

func TestQuoteKeysSkipHiddenPromos(t *testing.T) {
	m := readerWith(t, mustDoc(t, "bridge.txt", bridgeText), bridgeAnalysis(t), 60, 5)
	got, _ := focusAfter(t, m, "p", "]", "]", "]", "]", "]", "]")
	if want := []int{0, 1, 2, 3, 5, 0}; !slices.Equal(got, want) {
		t.Fatalf("with promos hidden ] visits %v, want %v (skipping the quote in the promo)", got, want)
	}
}

func TestSpeakerFilter(t *testing.T) {
	m := readerWith(t, mustDoc(t, "bridge.txt", bridgeText), bridgeAnalysis(t), 100, 20)
	// Outline, Quotes, Speakers: the second speaker by quote count is Tom Baker.
	m = press(t, m, "tab", "l", "l", "j", "enter")
	if m.detect.Filter() != "Tom Baker" {
		t.Fatalf("filter = %q after choosing the second speaker", m.detect.Filter())
	}
	if !strings.Contains(screen(m), "quotes: Tom Baker") {
		t.Error("the status line does not show the filter")
	}
	got, m := focusAfter(t, m, "]", "]")
	if !slices.Equal(got, []int{5, 5}) {
		t.Fatalf("filtered ] visits %v, want only Tom Baker's quote", got)
	}
	if !strings.HasPrefix(m.message, "quote 1 of 1") {
		t.Errorf("message %q", m.message)
	}
	m = press(t, m, "h") // the Quotes tab lists only his quote
	if rows := m.quotes.Rows(); !slices.Equal(rows, []int{5}) {
		t.Errorf("Quotes tab rows %v, want [5]", rows)
	}
	if s := screen(m); !strings.Contains(s, "1 of 6 · Tom Baker") || strings.Contains(s, "Ana Ruiz  ") {
		t.Errorf("Quotes tab does not show the filtered list:\n%s", s)
	}
	m = press(t, m, "esc") // esc clears the filter first …
	if m.detect.Filter() != "" || m.focus != focusSide {
		t.Fatalf("esc: filter %q, focus %v; want cleared and still in the side pane", m.detect.Filter(), m.focus)
	}
	m = press(t, m, "esc") // … then leaves the side pane
	if m.focus != focusArticle {
		t.Error("second esc did not return to the article")
	}
	m = press(t, m, "tab", "l", "enter", "enter") // choosing the same speaker again clears it
	if m.detect.Filter() != "" {
		t.Errorf("choosing the filtered speaker again left filter %q", m.detect.Filter())
	}
}

// Hiding promos near the end moves the view up; ]/[ still count from the
// quote last jumped to.
func TestQuoteKeysContinueAcrossPromoToggle(t *testing.T) {
	m := readerWith(t, mustDoc(t, "bridge.txt", bridgeText), bridgeAnalysis(t), 60, 5)
	got, _ := focusAfter(t, m, "[", "p", "[", "p", "]")
	if want := []int{5, 3, 4}; !slices.Equal(got, want) {
		t.Fatalf("[ p [ p ] visits %v, want %v", got, want)
	}
}

// The analysis may list quotes in any order; ]/[ and the list follow the text.
func TestQuoteKeysFollowTextOrder(t *testing.T) {
	a := bridgeAnalysis(t)
	for i, j := 0, len(a.Quotes)-1; i < j; i, j = i+1, j-1 {
		a.Quotes[i], a.Quotes[j] = a.Quotes[j], a.Quotes[i]
	}
	m := readerWith(t, mustDoc(t, "bridge.txt", bridgeText), a, 60, 5)
	got, m := focusAfter(t, m, "]", "]", "]")
	if want := []int{5, 4, 3}; !slices.Equal(got, want) {
		t.Fatalf("] visits %v, want %v (text order)", got, want)
	}
	if !strings.HasPrefix(m.message, "quote 3 of 6") {
		t.Errorf("message %q", m.message)
	}
	m = press(t, m, "tab", "l")
	if rows := m.quotes.Rows(); !slices.Equal(rows, []int{5, 4, 3, 2, 1, 0}) {
		t.Errorf("Quotes tab rows %v, want text order", rows)
	}
}
