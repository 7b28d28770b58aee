package model

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// relativeLuminance computes the WCAG relative luminance of "#RRGGBB".
func relativeLuminance(t *testing.T, hex string) float64 {
	t.Helper()
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		t.Fatal(err)
	}
	channel := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(v>>16&0xff) + 0.7152*channel(v>>8&0xff) + 0.0722*channel(v&0xff)
}

func TestDefaultLabelsReadOnDarkAndLight(t *testing.T) {
	set := DefaultLabels()
	if err := set.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"quote", "claim", "speaker", "promo", "fact-check", "opinion", "source"} {
		if !slices.ContainsFunc(set.Labels, func(l Label) bool { return l.Name == want }) {
			t.Errorf("default set lacks %q", want)
		}
	}
	for _, l := range set.Labels {
		lum := relativeLuminance(t, l.Color)
		onBlack := (lum + 0.05) / 0.05
		onWhite := 1.05 / (lum + 0.05)
		if onBlack < 3 || onWhite < 3 {
			t.Errorf("%s %s: contrast %.2f on black, %.2f on white; want >= 3 on both", l.Name, l.Color, onBlack, onWhite)
		}
	}
	if l, ok := set.ByKey(1); !ok || l.Name != "quote" {
		t.Errorf("key 1 = %+v", l)
	}
}

func TestParseLabelsErrors(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"duplicate key", `{"labels":[{"name":"a","key":1,"color":"#112233"},{"name":"b","key":1,"color":"#112233"}]}`, `key 1 is already used by "a"`},
		{"bad colour", `{"labels":[{"name":"a","key":1,"color":"red"}]}`, `colour "red" is not of the form #RRGGBB`},
		{"too many", `{"labels":[` + strings.Repeat(`{"name":"x","color":"#112233"},`, 9) + `{"name":"y","color":"#112233"}]}`, "10 labels defined, at most 9"},
		{"duplicate name", `{"labels":[{"name":"a","color":"#112233"},{"name":"a","color":"#112233"}]}`, `label "a" is defined twice`},
		{"key out of range", `{"labels":[{"name":"a","key":10,"color":"#112233"}]}`, "key 10 is not a digit 1-9"},
		{"empty", `{"labels":[]}`, "no labels defined"},
		{"unknown field", `{"labels":[{"name":"a","colour":"#112233"}]}`, `unknown field "colour"`},
		{"not json", `labels: [a]`, "not a labels file"},
	}
	for _, tt := range tests {
		_, err := ParseLabels([]byte(tt.json))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tt.name, err, tt.want)
			continue
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error is not one line: %q", tt.name, err)
		}
	}
}

func TestParseLabelsAssignsFreeKeys(t *testing.T) {
	set, err := ParseLabels([]byte(`{"labels":[{"name":"a","color":"#112233"},{"name":"b","key":1,"color":"#112233"},{"name":"c","color":"#ABCDEF"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	got := []int{set.Labels[0].Key, set.Labels[1].Key, set.Labels[2].Key}
	if got[0] != 2 || got[1] != 1 || got[2] != 3 {
		t.Errorf("keys = %v, want [2 1 3]", got)
	}
}

func TestResolveLabels(t *testing.T) {
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	set, from, err := ResolveLabels("")
	if err != nil || from != "built-in" || len(set.Labels) != 7 {
		t.Fatalf("no config: %v %q %d", err, from, len(set.Labels))
	}
	path, err := DefaultLabelsPath()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(`{"labels":[{"name":"only","key":9,"color":"#123456"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	set, from, err = ResolveLabels("")
	if err != nil || from != path || set.Labels[0].Name != "only" {
		t.Fatalf("default file: %v %q %+v", err, from, set)
	}
	if _, _, err := ResolveLabels(filepath.Join(cfg, "missing.json")); err == nil {
		t.Errorf("a missing --labels file must be an error")
	}
	bad := filepath.Join(cfg, "bad.json")
	_ = os.WriteFile(bad, []byte(`{"labels":[{"name":"a","color":"blue"}]}`), 0o644)
	if _, _, err := ResolveLabels(bad); err == nil || !strings.HasPrefix(err.Error(), bad+": ") {
		t.Errorf("bad file error should name it: %v", err)
	}
}
