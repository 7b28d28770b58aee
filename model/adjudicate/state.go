package adjudicate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/annotty/annotty/model"
)

// State file identifiers.
const (
	stateSchema  = "annotty/adjudication"
	stateVersion = 1
	// maxStateBytes caps the state file read.
	maxStateBytes = 64 << 20
)

// DocumentState is one article's adjudication progress.
type DocumentState struct {
	// AgreedAdded is true once the agreed tags went into gold.
	AgreedAdded bool `json:"agreed_added"`
	// Decisions are the decisions made, oldest first.
	Decisions []Decision `json:"decisions"`
}

// State is a corpus's adjudication progress, saved in
// DIR/.annotty/adjudication.json (StatePath).
type State struct {
	Schema  string `json:"schema"`
	Version int    `json:"version"`
	// Documents maps an article's path inside the corpus to its progress.
	Documents map[string]DocumentState `json:"documents"`
}

// StatePath is where a corpus folder keeps its adjudication state.
func StatePath(dir string) string { return filepath.Join(dir, ".annotty", "adjudication.json") }

// LoadState reads the state at path; a missing file is an empty state. A file
// that is not a regular file, too large or not a state file is an error (and
// is never overwritten by SaveState's callers, who stop on it).
func LoadState(path string) (*State, error) {
	st := &State{Schema: stateSchema, Version: stateVersion, Documents: map[string]DocumentState{}}
	f, info, err := model.OpenRegularFile(path) // a FIFO or device is refused without blocking
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if errors.Is(err, model.ErrNotRegular) {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > maxStateBytes {
		return nil, fmt.Errorf("%s: not a regular file under %d MiB", path, maxStateBytes>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxStateBytes))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, st); err != nil {
		return nil, fmt.Errorf("%s: not an adjudication state file: %v", path, err)
	}
	if st.Schema != stateSchema || st.Version != stateVersion {
		return nil, fmt.Errorf("%s: schema %q version %d, want %q version %d", path, st.Schema, st.Version, stateSchema, stateVersion)
	}
	if st.Documents == nil {
		st.Documents = map[string]DocumentState{}
	}
	return st, nil
}

// SaveState writes st to path atomically (creating its folder).
func SaveState(path string, st *State) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return model.WriteFileAtomic(path, append(data, '\n'), 0o644)
}
