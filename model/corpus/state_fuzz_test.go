package corpus

import (
	"bytes"
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"testing"
)

// FuzzDecodeStateFile: any bytes either decode into a state that encodes and
// decodes again to the same documents, or give an error; never a panic. The
// hand-rolled line decoder, whenever it accepts the bytes, agrees with
// encoding/json, and the encoder writes each document as encoding/json does.
func FuzzDecodeStateFile(f *testing.F) {
	f.Add([]byte(`{"schema":"annotty/corpus","version":1,"offsets":"unicode-code-points","current":"a.txt","documents":{"a.txt":{"status":"done","position":{"top":3,"cursor":9},"sha256":"ab"}}}`))
	f.Add([]byte(`{"schema":"annotty/corpus","version":1,"documents":{"北京/😀.txt":{"status":"in progress","position":{"top":0,"cursor":0}}},"view":{"sort":"status","statuses":["new"]}}`))
	f.Add([]byte(`{"schema":"annotty/corpus","version":2}`))
	f.Add([]byte(`{"schema":"annotty/corpus","version":1,"documents":{"x":{"status":"finished"}}}`))
	f.Add([]byte(linesSeed))
	f.Add([]byte("{\n  \"schema\": \"annotty/corpus\",\n  \"version\": 1,\n  \"documents\": {}\n}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkLinesAgreeWithJSON(t, data)
		s, err := decodeStateFile(data)
		if err != nil {
			return
		}
		out, err := s.marshal()
		if err != nil {
			t.Fatalf("a decoded state does not encode: %v", err)
		}
		back, err := decodeStateFile(out)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		if len(back.Documents) != len(s.Documents) || back.Current != s.Current {
			t.Fatalf("round trip changed the state:\n%s", out)
		}
		if _, ok := decodeLines(out); !ok {
			t.Fatalf("the line decoder declines what marshal wrote:\n%s", out)
		}
		for path, d := range s.Documents {
			if back.Documents[path] != d {
				t.Fatalf("document %q: %+v became %+v", path, d, back.Documents[path])
			}
			want, _ := json.Marshal(d)
			if got := appendDocState(nil, d); !bytes.Equal(got, want) {
				t.Fatalf("document %q encodes as %s, encoding/json writes %s", path, got, want)
			}
			want, _ = json.Marshal(path)
			if got := appendJSONString(nil, path); !bytes.Equal(got, want) {
				t.Fatalf("path encodes as %s, encoding/json writes %s", got, want)
			}
		}
	})
}

// linesSeed is a state as marshal writes it, with an escaped path.
const linesSeed = `{
  "schema": "annotty/corpus",
  "version": 1,
  "offsets": "unicode-code-points",
  "current": "b.txt",
  "documents": {
    "a\u0026b.txt": {"status":"done","position":{"top":3,"cursor":9},"sha256":"ab","updated":"2026-01-02T03:04:05Z"},
    "b.txt": {"status":"skipped"}
  }
}
`

// checkLinesAgreeWithJSON fails when decodeLines accepts data but decodes
// it otherwise than encoding/json does.
func checkLinesAgreeWithJSON(t *testing.T, data []byte) {
	t.Helper()
	fast, ok := decodeLines(data)
	if !ok {
		return
	}
	slow := newStateFile()
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(slow); err != nil {
		t.Fatalf("the line decoder accepts what encoding/json rejects (%v):\n%q", err, data)
	}
	if slow.Documents == nil {
		slow.Documents = map[string]docState{}
	}
	if fast.order != nil && !slices.Equal(fast.order, slices.Sorted(maps.Keys(fast.Documents))) {
		t.Fatalf("the line decoder's order %q is not the sorted paths", fast.order)
	}
	for i, line := range fast.lines { // each kept line means its document
		one := map[string]docState{}
		if err := json.Unmarshal([]byte("{"+line+"}"), &one); err != nil || len(one) != 1 || one[fast.order[i]] != fast.Documents[fast.order[i]] {
			t.Fatalf("kept line %q does not mean %q: %+v (%v)", line, fast.order[i], fast.Documents[fast.order[i]], err)
		}
	}
	fast.order, fast.lines = nil, nil
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("the line decoder read\n%+v\nencoding/json read\n%+v\nfrom %q", fast, slow, data)
	}
}

// FuzzLocalPath: the quick check of state paths accepts only what the full
// rule accepts.
func FuzzLocalPath(f *testing.F) {
	for _, p := range []string{"a.txt", "herald/北京 😀.txt", "./a", "a/../b", "a//b", "a/", "/a", `a\b`, ".", "..", "...", "a/.b"} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if plainLocalPath(p) && !cleanLocalPath(p) {
			t.Fatalf("%q passes the quick check but not the rule", p)
		}
	})
}
