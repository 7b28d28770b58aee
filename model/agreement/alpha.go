package agreement

import (
	"math"
	"sort"
)

// Alpha is Krippendorff's alpha for nominal data over r, computed through the
// coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's
// Alpha-Reliability", section C: alpha = 1 - (n-1) * Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k,
// where only units with two or more values (pairable units) count. It returns
// NaN when fewer than two pairable values exist or when every pairable value is
// the same category (no variation: alpha is undefined).
func Alpha(r Reliability) float64 {
	o := map[[2]Value]float64{}
	for _, u := range r.Units {
		m := len(u.Values)
		if m < 2 {
			continue
		}
		vals := make([]Value, 0, m)
		for _, v := range u.Values {
			vals = append(vals, v)
		}
		w := float64(u.Weight) / float64(m-1)
		for i, c := range vals {
			for j, k := range vals {
				if i != j {
					o[[2]Value{c, k}] += w
				}
			}
		}
	}
	nc := map[Value]float64{}
	var n, disagree float64
	for ck, v := range o {
		nc[ck[0]] += v
		n += v
		if ck[0] != ck[1] {
			disagree += v
		}
	}
	if n < 2 || len(nc) < 2 {
		return math.NaN()
	}
	cats := make([]Value, 0, len(nc))
	for c := range nc {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	var expected float64
	for _, c := range cats {
		for _, k := range cats {
			if c != k {
				expected += nc[c] * nc[k]
			}
		}
	}
	return 1 - (n-1)*disagree/expected
}
