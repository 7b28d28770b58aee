// Package agreement measures how far several annotators agree on the same
// articles: span-level precision, recall and F1 between each pair (exact and
// overlap matching), Cohen's kappa for two annotators and Krippendorff's alpha
// for any number, over Unicode code points, and the same chance-corrected
// figures for the review decisions on automatic detections.
//
// Units. Chance-corrected figures treat every code point of an article as one
// unit whose value, for an annotator, is the set of labels that cover it ("" when
// none does). Code points where every annotator's value is constant are grouped
// into weighted segments, so the cost is linear in the number of spans, not in
// the article's length. Per-label figures use the binary value "covered by this
// label or not".
package agreement
