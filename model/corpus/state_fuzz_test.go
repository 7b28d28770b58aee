package corpus

import (
	"testing"
)

// FuzzDecodeStateFile: any bytes either decode into a state that encodes and
// decodes again to the same documents, or give an error; never a panic.
func FuzzDecodeStateFile(f *testing.F) {
	f.Add([]byte(`{"schema":"annotty/corpus","version":1,"offsets":"unicode-code-points","current":"a.txt","documents":{"a.txt":{"status":"done","position":{"top":3,"cursor":9},"sha256":"ab"}}}`))
	f.Add([]byte(`{"schema":"annotty/corpus","version":1,"documents":{"北京/😀.txt":{"status":"in progress","position":{"top":0,"cursor":0}}},"view":{"sort":"status","statuses":["new"]}}`))
	f.Add([]byte(`{"schema":"annotty/corpus","version":2}`))
	f.Add([]byte(`{"schema":"annotty/corpus","version":1,"documents":{"x":{"status":"finished"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
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
		for path, d := range s.Documents {
			if back.Documents[path] != d {
				t.Fatalf("document %q: %+v became %+v", path, d, back.Documents[path])
			}
		}
	})
}
