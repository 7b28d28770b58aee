package agreement

import (
	"math"
	"testing"
)

// doc builds a document of n code points coded by the given annotators' spans
// (nil = the annotator did not annotate it).
func doc(name string, n int, codings ...[]Span) Document {
	d := Document{Name: name, Length: n, Codings: map[int]*Coding{}}
	for i, spans := range codings {
		if spans != nil {
			d.Codings[i] = &Coding{Spans: spans}
		}
	}
	return d
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestComputeTable(t *testing.T) {
	claim := func(s, e int) Span { return Span{Label: "claim", Start: s, End: e} }
	quote := func(s, e int) Span { return Span{Label: "quote", Start: s, End: e} }
	tests := []struct {
		name               string
		docs               []Document
		alpha, kappa       float64 // NaN = undefined
		exactF1, overlapF1 float64
		shared             int
	}{
		{
			name:  "perfect agreement",
			docs:  []Document{doc("a", 100, []Span{claim(0, 10), quote(20, 40)}, []Span{claim(0, 10), quote(20, 40)})},
			alpha: 1, kappa: 1, exactF1: 1, overlapF1: 1, shared: 1,
		},
		{
			// A tags [0,50) claim, B tags [50,100) claim: every code point disagrees.
			// p_o = 0, p_e = 0.5*0.5 + 0.5*0.5 = 0.5, kappa = -1.
			// o(claim,"") = o("",claim) = 100, n = 200: alpha = 1 - 199*200/(2*100*100) = -0.99.
			name:  "complete disagreement",
			docs:  []Document{doc("a", 100, []Span{claim(0, 50)}, []Span{claim(50, 100)})},
			alpha: -0.99, kappa: -1, exactF1: 0, overlapF1: 0, shared: 1,
		},
		{
			// Independent 50/50 coding: A covers [0,50), B covers [25,75).
			// Cells: (c,c)=25, (c,-)=25, (-,c)=25, (-,-)=25: p_o = .5 = p_e, kappa 0.
			name:  "chance level",
			docs:  []Document{doc("a", 100, []Span{claim(0, 50)}, []Span{claim(25, 75)})},
			alpha: 1 - 199.0*100/(2*100*100), kappa: 0, exactF1: 0, overlapF1: 1, shared: 1,
		},
		{
			// The second document has only A: it is missing data for B and
			// changes nothing.
			name: "one annotator missing a document",
			docs: []Document{
				doc("a", 100, []Span{claim(0, 10)}, []Span{claim(0, 10)}),
				doc("b", 100, []Span{claim(0, 100)}, nil),
			},
			alpha: 1, kappa: 1, exactF1: 1, overlapF1: 1, shared: 1,
		},
		{
			name:  "no tags at all: no variation",
			docs:  []Document{doc("a", 100, []Span{}, []Span{})},
			alpha: math.NaN(), kappa: math.NaN(), exactF1: 1, overlapF1: 1, shared: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := Compute(Dataset{Annotators: []string{"ann", "bob"}, Documents: tc.docs}, false)
			check := func(what string, got Number, want float64) {
				t.Helper()
				if math.IsNaN(want) != !got.Defined() || (got.Defined() && !near(float64(got), want)) {
					t.Errorf("%s = %v, want %v", what, got, want)
				}
			}
			check("alpha", rep.Alpha, tc.alpha)
			p := rep.Pairs[0]
			check("kappa", p.Overall.Kappa, tc.kappa)
			if !near(p.Overall.Exact.F1, tc.exactF1) || !near(p.Overall.Overlap.F1, tc.overlapF1) {
				t.Errorf("F1 exact %v overlap %v, want %v %v", p.Overall.Exact.F1, p.Overall.Overlap.F1, tc.exactF1, tc.overlapF1)
			}
			if p.Documents != tc.shared {
				t.Errorf("shared documents = %d, want %d", p.Documents, tc.shared)
			}
		})
	}
}

// TestKappaTextbookExample checks kappa against the worked example of the
// Wikipedia article "Cohen's kappa" (section "Simple example"): 50 grant
// proposals, both readers yes 20, A yes B no 5, A no B yes 10, both no 15:
// p_o = 0.7, p_e = 0.5, kappa = 0.4.
func TestKappaTextbookExample(t *testing.T) {
	r := Reliability{Coders: 2}
	r.Add(20, map[int]Value{0: "yes", 1: "yes"})
	r.Add(5, map[int]Value{0: "yes", 1: "no"})
	r.Add(10, map[int]Value{0: "no", 1: "yes"})
	r.Add(15, map[int]Value{0: "no", 1: "no"})
	if got := Kappa(r, 0, 1); !near(got, 0.4) {
		t.Fatalf("kappa = %v, want 0.4", got)
	}
}

func TestPerLabelFiguresSeparateLabels(t *testing.T) {
	d := Dataset{Annotators: []string{"a", "b"}, Documents: []Document{doc("x", 60,
		[]Span{{Label: "claim", Start: 0, End: 10}, {Label: "quote", Start: 20, End: 30}},
		[]Span{{Label: "claim", Start: 0, End: 10}, {Label: "quote", Start: 40, End: 50}},
	)}}
	rep := Compute(d, true)
	byLabel := map[string]Figures{}
	for _, f := range rep.Pairs[0].Labels {
		byLabel[f.Label] = f
	}
	if byLabel["claim"].Exact.F1 != 1 || byLabel["quote"].Exact.F1 != 0 {
		t.Fatalf("per-label exact F1: claim %v quote %v", byLabel["claim"].Exact.F1, byLabel["quote"].Exact.F1)
	}
	if rep.Pairs[0].Overall.Exact.Matched != 1 || rep.Pairs[0].Overall.Exact.Reference != 2 {
		t.Fatalf("overall exact = %+v", rep.Pairs[0].Overall.Exact)
	}
	if len(rep.ByDocument) != 1 || rep.ByDocument[0].Document != "x" {
		t.Fatalf("by document = %+v", rep.ByDocument)
	}
}

func TestReviewAgreement(t *testing.T) {
	d := Dataset{Annotators: []string{"a", "b"}, Documents: []Document{{
		Name: "x", Length: 100, Codings: map[int]*Coding{
			0: {Reviews: []Review{{"quote", 0, 10, Accepted}, {"quote", 20, 30, Rejected}, {"promo", 50, 60, Accepted}}},
			1: {Reviews: []Review{{"quote", 0, 12, Edited}, {"quote", 20, 30, Rejected}, {"promo", 50, 60, Accepted}, {"quote", 80, 90, Accepted}}},
		},
	}}}
	rep := Compute(d, false)
	if rep.Reviews.Units != 4 {
		t.Fatalf("review units = %d, want 4 (the overlapping quote is one detection)", rep.Reviews.Units)
	}
	p := rep.Reviews.Pairs[0]
	if p.Units != 3 || !near(p.Agreement, 2.0/3) {
		t.Fatalf("review pair = %+v, want 3 shared units, 2/3 agreement", p)
	}
}
