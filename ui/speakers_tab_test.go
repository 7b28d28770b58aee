package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/samples"
)

// speakerCounts is the Speakers list as "name:count" lines.
func speakerCounts(m Model) string {
	var out []string
	for _, sp := range m.sess.Speakers() {
		out = append(out, sp.Name+":"+string(rune('0'+sp.Quotes)))
	}
	return strings.Join(out, " ")
}

// speakersTab opens the side pane on the Speakers tab of the analyzed sample.
func speakersTab(t *testing.T) Model {
	t.Helper()
	m := analyzed(t, sampleDoc(t, samples.Default), 120, 40)
	return press(t, m, "tab", "l", "l")
}

func TestSpeakersTabKeys(t *testing.T) {
	const before = "Jake Sullivan:6 Biden:1"
	rename := append(append([]string{"r", "ctrl+u"}, typed("Jacob Sullivan")...), "enter")
	tests := []struct {
		name        string
		keys        []string
		wantCounts  string
		wantMessage string
	}{
		{"the list", nil, before, ""},
		{"rename the whole article", rename, "Jacob Sullivan:6 Biden:1 Jake Sullivan:0", "renamed Jake Sullivan → Jacob Sullivan (6 quotes) (u undoes)"},
		{"rename undone in one step", append(rename, "u"), before, "undone (no more)"},
		{"rename cancelled", []string{"r", "x", "esc"}, before, "Jake Sullivan not renamed"},
		{"merge picks the target", []string{"j", "m", "enter"}, "Jake Sullivan:7 Biden:0", "merged Biden into Jake Sullivan (1 quote) (u undoes)"},
		{"merge typed target", append(append([]string{"j", "m"}, typed("sulli")...), "enter"), "Jake Sullivan:7 Biden:0", "merged Biden into Jake Sullivan"},
		{"merge cannot name a stranger", append(append([]string{"j", "m"}, typed("nobody")...), "enter", "esc"), before, "Biden not merged"},
		{"merge undone in one step", []string{"j", "m", "enter", "u"}, before, "undone (no more)"},
		{"merge a nested quote after the quote around it was accepted", []string{"a", "j", "m", "enter"}, "Jake Sullivan:7 Biden:0", "merged Biden into Jake Sullivan (1 quote)"},
		{"accept every quote", []string{"a"}, before, "accepted 6 quotes of Jake Sullivan (u undoes)"},
		{"accept again", []string{"a", "a"}, before, "every quote of Jake Sullivan is already reviewed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := press(t, speakersTab(t), tc.keys...)
			if got := speakerCounts(m); got != tc.wantCounts {
				t.Errorf("speakers %q, want %q", got, tc.wantCounts)
			}
			if !strings.Contains(m.message, tc.wantMessage) {
				t.Errorf("message %q lacks %q", m.message, tc.wantMessage)
			}
			if m.focus != focusSide {
				t.Errorf("focus %d after the keys, want the side pane", m.focus)
			}
		})
	}
}

// After a merge every view follows: the Quotes tab lists the quote under
// its new speaker and the detail says the user set it.
func TestSpeakerMergeShowsEverywhere(t *testing.T) {
	m := press(t, speakersTab(t), "j", "m", "enter", "h")
	s := screen(m)
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, "‘I want you") && !strings.Contains(line, "Jake Sullivan ✓ ‘I want") {
			t.Fatalf("the Quotes tab did not follow the merge: %q", line)
		}
	}
	for i := range m.sess.Analysis().Quotes {
		if got := m.sess.QuoteSpeaker(i); got != "Jake Sullivan" {
			t.Fatalf("quote %d still by %q", i, got)
		}
	}
}

// The Speakers tab's keys are refused, with the reason, while nothing
// would be saved.
func TestSpeakersTabKeysOutsideTheTab(t *testing.T) {
	m := press(t, speakersTab(t), "l") // the Promos tab: r, m, a do nothing there
	m = press(t, m, "r", "m", "a")
	if m.focus != focusSide || speakerCounts(m) != "Jake Sullivan:6 Biden:1" || m.sess.Set().Len() != 0 {
		t.Fatalf("Speakers tab keys acted in another tab: focus %d, %s", m.focus, speakerCounts(m))
	}
}

// The Speakers tab and the rename prompt, as a user sees them.
func TestGoldenSpeakersTab(t *testing.T) {
	runDetectionGolden(t, 80, 24, "r rename · m merge", "tab", "l", "l")
	runDetectionGolden(t, 120, 40, "rename Jake Sullivan to: Jake Sullivan", "tab", "l", "l", "r")
}

// After a rename: the new name with the role, the count moved, the message
// naming the undo key.
func TestGoldenSpeakerRenamed(t *testing.T) {
	keys := append(append([]string{"tab", "l", "l", "r", "ctrl+u"}, typed("Jacob Sullivan")...), "enter")
	runDetectionGolden(t, 80, 24, "renamed Jake Sullivan", keys...)
	runDetectionGolden(t, 120, 40, "u undoes", keys...)
}
