package agreement

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os/exec"
	"testing"
)

// randomReliability makes n units coded by every one of coders annotators,
// each picking one of cats categories, biased towards agreeing with coder 0.
func randomReliability(seed int64, n, coders, cats int) Reliability {
	rng := rand.New(rand.NewSource(seed))
	r := Reliability{Coders: coders}
	for u := 0; u < n; u++ {
		base := rng.Intn(cats)
		vals := map[int]Value{}
		for c := 0; c < coders; c++ {
			v := base
			if rng.Float64() < 0.35 {
				v = rng.Intn(cats)
			}
			vals[c] = fmt.Sprint("c", v)
		}
		r.Add(1, vals)
	}
	return r
}

// TestAgainstNLTK compares Alpha and Kappa with NLTK's independent
// implementation (nltk.metrics.agreement), on data without missing values.
// The figures in want were printed by NLTK 3.8 through
// testdata/nltk_agreement.py; when python3 with nltk is installed (.ci/run
// installs Debian's python3-nltk) the test also runs NLTK live.
func TestAgainstNLTK(t *testing.T) {
	tests := []struct {
		seed                  int64
		n, coders, cats       int
		wantAlpha, wantKappa2 float64 // NLTK's figures; kappa for 2 coders only
	}{
		{seed: 1, n: 200, coders: 2, cats: 3, wantAlpha: 0.438565880565, wantKappa2: 0.437675726336},
		{seed: 2, n: 150, coders: 3, cats: 4, wantAlpha: 0.377599112836, wantKappa2: math.NaN()},
	}
	for _, tc := range tests {
		r := randomReliability(tc.seed, tc.n, tc.coders, tc.cats)
		alpha := Alpha(r)
		live, ok := nltkFigures(t, r)
		if ok {
			if math.Abs(live["alpha"]-alpha) > 1e-9 {
				t.Errorf("seed %d: alpha %.12f, NLTK %.12f", tc.seed, alpha, live["alpha"])
			}
			if tc.coders == 2 {
				if k := Kappa(r, 0, 1); math.Abs(live["kappa"]-k) > 1e-9 {
					t.Errorf("seed %d: kappa %.12f, NLTK %.12f", tc.seed, k, live["kappa"])
				}
			}
			t.Logf("seed %d: NLTK alpha %.12f kappa %.12f", tc.seed, live["alpha"], live["kappa"])
		}
		if !math.IsNaN(tc.wantAlpha) && math.Abs(alpha-tc.wantAlpha) > 1e-9 {
			t.Errorf("seed %d: alpha %.12f, NLTK printed %.12f", tc.seed, alpha, tc.wantAlpha)
		}
		if !math.IsNaN(tc.wantKappa2) && math.Abs(Kappa(r, 0, 1)-tc.wantKappa2) > 1e-9 {
			t.Errorf("seed %d: kappa %.12f, NLTK printed %.12f", tc.seed, Kappa(r, 0, 1), tc.wantKappa2)
		}
	}
}

// nltkFigures runs NLTK on r; ok is false when python3 or nltk is missing.
func nltkFigures(t *testing.T, r Reliability) (map[string]float64, bool) {
	t.Helper()
	python := ""
	for _, p := range []string{"python3", "/usr/bin/python3"} { // Debian's python3-nltk is for the system python
		if exec.Command(p, "-c", "import nltk.metrics.agreement").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		t.Log("python3 with nltk not installed: checking the recorded NLTK figures only")
		return nil, false
	}
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for u, unit := range r.Units {
		for c, v := range unit.Values {
			enc.Encode(map[string]any{"coder": fmt.Sprint(c), "item": fmt.Sprint(u), "label": v})
		}
	}
	cmd := exec.Command(python, "testdata/nltk_agreement.py")
	cmd.Stdin = &in
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("nltk: %v", err)
	}
	var figs map[string]float64
	if err := json.Unmarshal(out, &figs); err != nil {
		t.Fatalf("nltk output %q: %v", out, err)
	}
	return figs, true
}
