package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/annotty/annotty/model"
)

// linesKind is a container kind for tests: each non-empty line of a .lines
// file is one document named by its line number; a line starting with "!"
// is a bad record.
var linesKind = Kind{
	Name: "lines", Extensions: []string{".lines"},
	Load: func(path string, data []byte) (*model.Document, error) { return model.NewDocument(path, data, false) },
	Split: func(data []byte) ([]Part, error) {
		var parts []Part
		var off int64
		for n, line := range bytes.SplitAfter(data, []byte("\n")) {
			text := bytes.TrimRight(line, "\n")
			if len(text) > 0 {
				p := Part{Name: strconv.Itoa(n + 1), Start: off, End: off + int64(len(text))}
				if text[0] == '!' {
					p.Problem = "line " + p.Name + " is not a record"
				}
				parts = append(parts, p)
			}
			off += int64(len(line))
		}
		return parts, nil
	},
}

func TestContainerFileListsOneEntryPerRecord(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"dump.lines": "First story.\n\n!broken\nThird story, 北京.\n",
		"plain.txt":  "Plain.\n",
	})
	c, err := Open([]string{dir}, Options{Kinds: DefaultKinds().With(linesKind)})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(c.Entries()); !slices.Equal(got, []string{"dump.lines#1", "dump.lines#3", "dump.lines#4", "plain.txt"}) {
		t.Fatalf("entries %v", got)
	}
	must(t, c.Fill(t.Context(), nil, nil))
	bad, _ := c.Entry("dump.lines#3")
	if bad.Problem != "line 3 is not a record" || bad.Usable() {
		t.Errorf("bad record: %+v", bad)
	}
	third, _ := c.Entry("dump.lines#4")
	doc, err := c.Load(third)
	if err != nil || doc.Text != "Third story, 北京." || doc.Path != filepath.Join(dir, "dump.lines")+"#4" {
		t.Fatalf("record 4: %v %q %q", err, doc.Text, doc.Path)
	}
	// Each record keeps its own sidecar, counted as its tags.
	st, err := model.OpenStore(doc, model.StoreOptions{})
	must(t, err)
	_, err = st.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: 0, End: 5}})
	must(t, err)
	must(t, st.Close())
	if _, err := os.Stat(third.DocumentPath() + model.SidecarSuffix); err != nil {
		t.Fatalf("record sidecar: %v", err)
	}
	c, _ = Open([]string{dir}, Options{Kinds: DefaultKinds().With(linesKind)})
	must(t, c.Fill(t.Context(), nil, nil))
	if e, _ := c.Entry("dump.lines#4"); e.Counts.Tags != 1 || e.Status != StatusInProgress {
		t.Errorf("record with a tag: %+v", e)
	}
	c.Resume()
	if next, ok := c.Next(); !ok || next.Path != "dump.lines#4" {
		t.Errorf("the queue does not skip the bad record: %v", next)
	}
}

func TestContainerRecordsWithoutRangesLoadByName(t *testing.T) {
	dir := writeTree(t, map[string]string{"dump.packed": "a=Alpha story.|b=Bravo story."})
	packed := Kind{
		Name: "packed", Extensions: []string{".packed"},
		Split: func(data []byte) ([]Part, error) {
			var parts []Part
			for _, rec := range bytes.Split(data, []byte("|")) {
				parts = append(parts, Part{Name: string(rec[:1])}) // no range, as in a compressed dump
			}
			return parts, nil
		},
		LoadRecord: func(path string, data []byte, name string) (*model.Document, error) {
			for _, rec := range bytes.Split(data, []byte("|")) {
				if string(rec[:1]) == name {
					return model.NewDocument(path, rec[2:], false)
				}
			}
			return nil, os.ErrNotExist
		},
	}
	c, err := Open([]string{dir}, Options{Kinds: DefaultKinds().With(packed)})
	must(t, err)
	e, ok := c.Entry("dump.packed#b")
	if !ok {
		t.Fatalf("entries %v", paths(c.Entries()))
	}
	doc, err := c.Load(e)
	if err != nil || doc.Text != "Bravo story." || !c.Check(e) {
		t.Errorf("record b: %v %+v", err, doc)
	}
}
