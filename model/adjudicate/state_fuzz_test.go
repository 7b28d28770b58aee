package adjudicate

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadState: any bytes in the adjudication state file give a state or
// an error, never a panic; a state that loads saves and loads back the same.
func FuzzLoadState(f *testing.F) {
	f.Add([]byte(`{"schema":"annotty/adjudication","version":1,"documents":{"a.txt":{"agreed_added":true,"decisions":[{"id":"x","choice":"take","author":"ann","added":["a-1"]}]}}}`))
	f.Add([]byte(`{"schema":"annotty/adjudication","version":1,"documents":null}`))
	f.Add([]byte(`{"schema":"other","version":2}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "adjudication.json")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := LoadState(path)
		if err != nil {
			return
		}
		if err := SaveState(path, st); err != nil {
			t.Fatal(err)
		}
		again, err := LoadState(path)
		if err != nil || len(again.Documents) != len(st.Documents) {
			t.Fatalf("saved state does not load back: %v", err)
		}
	})
}
