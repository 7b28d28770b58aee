package agreement

import (
	"math"
	"strconv"
)

// Number is an agreement coefficient that may be undefined (NaN): JSON writes
// an undefined one as null, text and CSV as "n/a".
type Number float64

// Defined reports whether the coefficient has a value.
func (n Number) Defined() bool { return !math.IsNaN(float64(n)) }

// MarshalJSON writes the value rounded to 4 decimals, or null when undefined.
func (n Number) MarshalJSON() ([]byte, error) {
	if !n.Defined() {
		return []byte("null"), nil
	}
	return []byte(strconv.FormatFloat(float64(n), 'f', 4, 64)), nil
}

// String is the value with 3 decimals, or "n/a".
func (n Number) String() string {
	if !n.Defined() {
		return "n/a"
	}
	return strconv.FormatFloat(float64(n), 'f', 3, 64)
}
