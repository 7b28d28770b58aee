package layers

// NextQuoteIndex returns the first shown quote starting after document
// offset from (dir > 0), or the last one starting before it (dir < 0). The
// result indexes the analysis' quotes, whatever their order there.
func (d *Detections) NextQuoteIndex(from, dir int) (int, bool) {
	if d.Analysis == nil {
		return -1, false
	}
	x := d.Sess.QuoteIndex()
	if dir > 0 {
		for k := x.RankAtOrAfter(from + 1); k < x.Len(); k++ {
			if d.QuoteShown(x.ByRank(k)) {
				return x.ByRank(k), true
			}
		}
		return -1, false
	}
	for k := x.RankAtOrAfter(from) - 1; k >= 0; k-- {
		if d.QuoteShown(x.ByRank(k)) {
			return x.ByRank(k), true
		}
	}
	return -1, false
}

// CurrentQuote is the quote being read at reading position top: the one
// last jumped to while the view has not moved since, else the first shown
// quote (in text order) that ends after top. It returns -1 when there is none.
func (d *Detections) CurrentQuote(top int) int {
	if d.Analysis == nil {
		return -1
	}
	if d.Focus >= 0 && (d.FocusTop == top || d.FocusTop < 0) && d.QuoteShown(d.Focus) {
		return d.Focus
	}
	x := d.Sess.QuoteIndex()
	for k := x.FirstRankEndingAfter(top); k < x.Len(); k++ {
		if x.EndOfRank(k) > top && d.QuoteShown(x.ByRank(k)) {
			return x.ByRank(k)
		}
	}
	return -1
}

// NextQuoteWrapping is nextQuoteIndex that wraps around at the ends of the
// article; wrapped says it did.
func (d *Detections) NextQuoteWrapping(from, dir int) (i int, wrapped, ok bool) {
	if i, ok = d.NextQuoteIndex(from, dir); ok {
		return i, false, true
	}
	from = -1
	if dir < 0 {
		from = len(d.Doc.Text) + 1
	}
	i, ok = d.NextQuoteIndex(from, dir)
	return i, true, ok
}
