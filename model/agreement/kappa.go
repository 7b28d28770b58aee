package agreement

import "math"

// Kappa is Cohen's (1960) kappa between coders a and b of r, over the units both
// coded: (p_o - p_e) / (1 - p_e), with p_e from each coder's own marginal
// distribution. It returns NaN when no unit was coded by both, or when p_e is 1
// (both coders used a single, identical category: kappa is undefined).
func Kappa(r Reliability, a, b int) float64 {
	var total, agree float64
	ma, mb := map[Value]float64{}, map[Value]float64{}
	for _, u := range r.Units {
		va, okA := u.Values[a]
		vb, okB := u.Values[b]
		if !okA || !okB {
			continue
		}
		w := float64(u.Weight)
		total += w
		if va == vb {
			agree += w
		}
		ma[va] += w
		mb[vb] += w
	}
	if total == 0 {
		return math.NaN()
	}
	po := agree / total
	var pe float64
	for c, n := range ma {
		pe += (n / total) * (mb[c] / total)
	}
	if pe >= 1 {
		return math.NaN()
	}
	return (po - pe) / (1 - pe)
}
