package model

// bitPattern is a pattern prepared for Myers' bit-parallel approximate
// search (Myers 1999, with Hyyrö's blocks for patterns longer than 64 code
// points): 64 cells of the edit-distance table per machine word, so a window
// costs len(window)·⌈m/64⌉ word operations instead of len(window)·m cells.
type bitPattern struct {
	m      int
	blocks int
	ascii  []uint64          // ascii[c*blocks+b]: bits of block b where the pattern has byte c
	other  map[rune][]uint64 // the same for code points ≥ 128
	last   []uint64          // the bit of each block's last row
	p, n   []uint64          // vertical deltas (+1 / −1) per block
	score  []int             // D[last row of block][j]
}

// newBitPattern prepares pattern for minCost.
func newBitPattern(pattern []rune) *bitPattern {
	m := len(pattern)
	w := (m + 63) / 64
	bp := &bitPattern{m: m, blocks: w, ascii: make([]uint64, 128*w), other: map[rune][]uint64{},
		last: make([]uint64, w), p: make([]uint64, w), n: make([]uint64, w), score: make([]int, w)}
	for i, c := range pattern {
		b, bit := i/64, uint64(1)<<(i%64)
		if c < 128 {
			bp.ascii[int(c)*w+b] |= bit
			continue
		}
		if bp.other[c] == nil {
			bp.other[c] = make([]uint64, w)
		}
		bp.other[c][b] |= bit
	}
	for b := range w {
		rows := min(64, m-b*64)
		bp.last[b] = 1 << (rows - 1)
	}
	return bp
}

// minCost returns the fewest edits with which the pattern matches a
// substring of window (free start and end), or m+1 for an empty window.
func (bp *bitPattern) minCost(window string) int {
	w := bp.blocks
	for b := range w {
		bp.p[b], bp.n[b], bp.score[b] = ^uint64(0), 0, min(64*(b+1), bp.m)
	}
	zero := make([]uint64, w)
	best := bp.m + 1
	for _, c := range window {
		var eqs []uint64
		switch {
		case c < 128:
			eqs = bp.ascii[int(c)*w : int(c)*w+w]
		case bp.other[c] != nil:
			eqs = bp.other[c]
		default:
			eqs = zero
		}
		carry := 0 // row 0 is all zeros: a match may start anywhere
		for b := range w {
			carry = bp.advance(b, eqs[b], carry)
			bp.score[b] += carry
		}
		best = min(best, bp.score[w-1])
	}
	return best
}

// advance moves block b one text character on, given whether the character
// matches each of its rows (eq) and the horizontal delta entering from the
// block above (hIn, −1..1); it returns the delta leaving its last row.
func (bp *bitPattern) advance(b int, eq uint64, hIn int) int {
	pv, mv := bp.p[b], bp.n[b]
	var hInNeg, hInPos uint64
	if hIn < 0 {
		hInNeg = 1
	} else if hIn > 0 {
		hInPos = 1
	}
	eq |= hInNeg
	xv := eq | mv
	xh := (((eq & pv) + pv) ^ pv) | eq
	ph := mv | ^(xh | pv)
	mh := pv & xh
	hOut := 0
	if ph&bp.last[b] != 0 {
		hOut++
	}
	if mh&bp.last[b] != 0 {
		hOut--
	}
	ph = ph<<1 | hInPos
	mh = mh<<1 | hInNeg
	bp.p[b] = mh | ^(xv | ph)
	bp.n[b] = ph & xv
	return hOut
}
