package agreement

import (
	"math"
	"testing"
)

// krippendorffExample is the reliability data of Krippendorff (2011),
// "Computing Krippendorff's Alpha-Reliability", Annenberg School for
// Communication, section C ("nominal data, any number of observers, missing
// data"): four observers, twelve units, "" for a missing value.
// The paper computes alpha_nominal = 0.743.
func krippendorffExample() Reliability {
	obs := [4][12]string{
		{"1", "2", "3", "3", "2", "1", "4", "1", "2", "", "", ""},
		{"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", "", "3"},
		{"", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", ""},
		{"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", ""},
	}
	r := Reliability{Coders: 4}
	for u := 0; u < 12; u++ {
		vals := map[int]Value{}
		for c := 0; c < 4; c++ {
			if obs[c][u] != "" {
				vals[c] = obs[c][u]
			}
		}
		r.Add(1, vals)
	}
	return r
}

func TestAlphaKrippendorffWorkedExample(t *testing.T) {
	got := Alpha(krippendorffExample())
	if math.Abs(got-0.743) > 0.0005 {
		t.Fatalf("alpha = %.4f, Krippendorff (2011) gives 0.743", got)
	}
}
