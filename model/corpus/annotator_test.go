package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/annotty/annotty/model"
)

// tagAs saves n claim tags on the corpus document at rel as annotator
// ("" for the plain sidecar).
func tagAs(t *testing.T, dir, rel, annotator string, n int) {
	t.Helper()
	c := openDir(t, dir)
	e, ok := c.Entry(rel)
	if !ok {
		t.Fatalf("no entry %s", rel)
	}
	doc, err := c.Load(e)
	must(t, err)
	st, err := model.OpenStore(doc, model.StoreOptions{Annotator: annotator})
	must(t, err)
	for i := range n {
		_, err = st.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: i, End: i + 1}})
		must(t, err)
	}
	must(t, st.Close())
}

func TestCorpusCountsTheChosenAnnotatorsTags(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "Alpha beta gamma.\n", "b.txt": "Delta 😀 北京 é.\n"})
	tagAs(t, dir, "a.txt", "", 1)
	tagAs(t, dir, "a.txt", "Ann Park", 3)
	tagAs(t, dir, "b.txt", "bo", 2)

	for _, tc := range []struct {
		annotator  string
		a, b       int
		bInProcess bool
	}{
		{annotator: "", a: 1, b: 0},
		{annotator: "Ann Park", a: 3, b: 0},
		{annotator: "bo", a: 0, b: 2, bInProcess: true},
	} {
		t.Run(tc.annotator, func(t *testing.T) {
			for _, analyze := range []AnalyzeFunc{nil, func(*model.Document) *model.Analysis { return &model.Analysis{} }} {
				c, err := Open([]string{dir}, Options{Annotator: tc.annotator, StatePath: filepath.Join(t.TempDir(), "state.json")})
				must(t, err)
				must(t, c.Fill(t.Context(), analyze, nil))
				a, _ := c.Entry("a.txt")
				b, _ := c.Entry("b.txt")
				if a.Counts.Tags != tc.a || b.Counts.Tags != tc.b {
					t.Errorf("analyze=%v: tags a=%d b=%d, want %d %d", analyze != nil, a.Counts.Tags, b.Counts.Tags, tc.a, tc.b)
				}
				if got := b.Status == StatusInProgress; got != tc.bInProcess {
					t.Errorf("b status %v", b.Status)
				}
			}
		})
	}
}

// With team annotation each annotator keeps a queue of their own: what ann
// marks done is not done for bob, nor in the shared queue.
func TestEachAnnotatorKeepsTheirOwnQueue(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "Alpha.\n", "b.txt": "Beta.\n"})
	open := func(annotator string) *Corpus {
		c, err := Open([]string{dir}, Options{Annotator: annotator})
		must(t, err)
		return c
	}
	ann := open("Ann Park")
	must(t, ann.SetStatus("a.txt", StatusDone))
	must(t, ann.Save())
	if _, err := os.Stat(filepath.Join(dir, StateDir, "corpus.ann-park.json")); err != nil {
		t.Fatalf("ann's queue file: %v", err)
	}
	for annotator, want := range map[string]Status{"Ann Park": StatusDone, "bo": StatusNew, "": StatusNew} {
		if e, _ := open(annotator).Entry("a.txt"); e.Status != want {
			t.Errorf("%q sees a.txt %v, want %v", annotator, e.Status, want)
		}
	}
}
