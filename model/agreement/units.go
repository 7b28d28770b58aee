package agreement

// Value is one annotator's category for a unit ("" means no label; missing
// data is expressed by leaving the annotator out of the unit).
type Value = string

// Unit is a run of code points on which every annotator who annotated the
// document gives one value. Weight is how many code points the run covers.
type Unit struct {
	// Weight is the number of identical units (code points) this run stands for.
	Weight int
	// Values maps an annotator's index to its value; annotators without the
	// document are absent.
	Values map[int]Value
}

// Reliability is a reliability-data matrix: units in rows, annotators in
// columns, with missing values allowed (Krippendorff 2011, section A).
type Reliability struct {
	// Coders is the number of annotators (columns).
	Coders int
	// Units are the rows.
	Units []Unit
}

// Add appends a unit of weight w with the given values (coder index → value).
func (r *Reliability) Add(w int, values map[int]Value) {
	if w <= 0 || len(values) == 0 {
		return
	}
	r.Units = append(r.Units, Unit{Weight: w, Values: values})
}
