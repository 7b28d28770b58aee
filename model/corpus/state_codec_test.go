package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// The hand-written encoder writes every string byte for byte as encoding/json does.
func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain/story.txt", "北京/😀 news.txt", "cafe\u0301.md", "Q&A <live>.txt",
		`quote" back\slash`, "tab\there", "line\u2028sep\u2029", "bad \xff byte", "\x00\x1f\x7f"} {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("%q: wrote %s, encoding/json writes %s", s, got, want)
		}
	}
}

// What marshal writes, the line decoder reads back (with CRLF line ends
// too); other layouts of the same JSON decode to the same state.
func TestStateLayouts(t *testing.T) {
	f := newStateFile()
	f.Current = "北京/😀.txt"
	f.View = &viewState{Sort: SortStatus, Statuses: []Status{StatusNew}}
	for path, d := range map[string]docState{
		"a.txt":         {Status: StatusDone, Position: Position{Top: 3, Cursor: 9}, SHA256: "ab", Updated: "2026-01-02T03:04:05Z"},
		"Q&A <1>.txt":   {Status: StatusSkipped},
		"北京/😀.txt":      {Status: StatusInProgress, Position: Position{Cursor: 1}},
		"cafe\u0301.md": {Status: StatusNew, Position: Position{Top: 1}},
	} {
		f.setDocument(path, d)
	}
	data, err := f.marshal()
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		t.Fatal(err)
	}
	layouts := map[string][]byte{
		"as written": data,
		"CRLF":       bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")),
		"one line":   compact.Bytes(),
		"indented":   indent(t, data),
	}
	for name, layout := range layouts {
		got, err := decodeStateFile(layout)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got.Current != f.Current || got.View == nil || got.View.Sort != SortStatus || len(got.Documents) != len(f.Documents) {
			t.Errorf("%s: decoded %+v", name, got)
		}
		for path, d := range f.Documents {
			if got.Documents[path] != d {
				t.Errorf("%s: %q is %+v, want %+v", name, path, got.Documents[path], d)
			}
		}
	}
	for _, name := range []string{"as written", "CRLF"} {
		if _, ok := decodeLines(layouts[name]); !ok {
			t.Errorf("%s: the line decoder declined it", name)
		}
	}
	broken := bytes.Replace(data, []byte(`"status":"done"`), []byte(`"status":"done",`), 1)
	if _, err := decodeStateFile(broken); err == nil || !strings.Contains(err.Error(), "invalid character") {
		t.Errorf("a trailing comma in a document line: %v, want encoding/json's syntax error", err)
	}
}

// indent re-indents JSON as a person's editor might.
func indent(t *testing.T, data []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := json.Indent(&out, data, "", "\t"); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// A state changed document by document writes what the same state encoded
// from scratch writes: the kept lines follow every change.
func TestKeptLinesFollowChanges(t *testing.T) {
	f := newStateFile()
	for i := range 50 {
		f.setDocument(fmt.Sprintf("doc-%02d.txt", i), docState{Status: StatusDone, SHA256: fmt.Sprint(i)})
	}
	data, _ := f.marshal()
	f, err := decodeStateFile(data)
	if err != nil || f.lines == nil {
		t.Fatalf("decoding: %v, lines kept: %v", err, f != nil && f.lines != nil)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for step := range 300 {
		path := fmt.Sprintf("doc-%02d.txt", rng.IntN(70)) // some new, some known
		if rng.IntN(3) == 0 {
			f.removeDocument(path)
		} else {
			f.setDocument(path, docState{Status: Statuses[rng.IntN(4)], Position: Position{Top: step}, Updated: "café 😀"})
		}
		got, _ := f.marshal()
		fresh := f.clone()
		fresh.order, fresh.lines = nil, nil
		want, _ := fresh.marshal()
		if !bytes.Equal(got, want) {
			t.Fatalf("step %d (%s): kept lines wrote\n%s\nencoding from scratch writes\n%s", step, path, got, want)
		}
	}
}
