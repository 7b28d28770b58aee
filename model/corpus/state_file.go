package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/annotty/annotty/model"
)

// Identifiers of the corpus state file (docs/corpus.md).
const (
	// StateSchema is the "schema" value of every corpus state file.
	StateSchema = "annotty/corpus"
	// StateVersion is the state format version this code writes and reads.
	StateVersion = 1
	// StateDir is the folder, inside the corpus root, that holds the state.
	StateDir = ".annotty"
	// StateFileName is the state file's name inside StateDir.
	StateFileName = "corpus.json"
	// maxStateBytes bounds the state file read.
	maxStateBytes = 64 << 20
)

// stateFile is the JSON of .annotty/corpus.json. Documents are keyed by
// their corpus path, so the file is written in a stable order.
type stateFile struct {
	Schema    string              `json:"schema"`
	Version   int                 `json:"version"`
	Offsets   string              `json:"offsets"`
	Current   string              `json:"current,omitempty"`
	View      *viewState          `json:"view,omitempty"`
	Documents map[string]docState `json:"documents"`
	// order lists the paths of Documents sorted, when known (nil otherwise):
	// it spares marshal sorting 100,000 paths for every save.
	order []string
	// lines holds, when known (nil otherwise), each document's encoded line
	// in order: marshal copies them, so a save encodes only what changed.
	lines []string
}

// docState is one document's saved state. Position offsets are Unicode code
// points of the document text.
type docState struct {
	Status   Status   `json:"status"`
	Position Position `json:"position,omitzero"`
	SHA256   string   `json:"sha256,omitempty"`
	Updated  string   `json:"updated,omitempty"`
}

// newStateFile returns an empty state.
func newStateFile() *stateFile {
	return &stateFile{Schema: StateSchema, Version: StateVersion, Offsets: model.OffsetUnit, Documents: map[string]docState{}}
}

// decodeStateFile parses and checks a state file.
func decodeStateFile(data []byte) (*stateFile, error) {
	f, ok := decodeLines(data)
	if !ok {
		f = newStateFile()
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(f); err != nil {
			return nil, err
		}
	}
	switch {
	case f.Schema != StateSchema:
		return nil, fmt.Errorf("schema %q is not %q", f.Schema, StateSchema)
	case f.Version != StateVersion:
		return nil, fmt.Errorf("version %d (this annotty reads version %d)", f.Version, StateVersion)
	}
	if f.Documents == nil {
		f.Documents = map[string]docState{}
	}
	for p, d := range f.Documents {
		switch {
		case !localPath(p):
			return nil, fmt.Errorf("document %q: not a clean path inside the corpus", p)
		case !d.Status.Valid():
			return nil, fmt.Errorf("document %q: unknown status %q", p, d.Status)
		case d.Position.Top < 0 || d.Position.Cursor < 0:
			return nil, fmt.Errorf("document %q: negative position", p)
		}
	}
	return f, nil
}

// localPath reports whether p is a corpus path as the state stores them:
// relative, slash-separated, clean, never climbing out of the root.
func localPath(p string) bool {
	if filepath.Separator == '/' && plainLocalPath(p) {
		return true // (cleanLocalPath's answer, without its cost for 100,000 paths)
	}
	return cleanLocalPath(p)
}

// cleanLocalPath is localPath's rule.
func cleanLocalPath(p string) bool {
	return p != "" && filepath.IsLocal(filepath.FromSlash(p)) && path.Clean(p) == p && !strings.Contains(p, "\\")
}

// plainLocalPath reports whether p is made of non-empty names other than
// "." and "..", joined by single slashes, without a backslash: such a path
// is clean and local on a system whose separator is the slash.
func plainLocalPath(p string) bool {
	if p == "" {
		return false
	}
	for p != "" {
		name, rest, more := strings.Cut(p, "/")
		if name == "" || name == "." || name == ".." || strings.Contains(name, "\\") || (more && rest == "") {
			return false
		}
		p = rest
	}
	return true
}

// StateLocation is where a corpus keeps its state, and why there.
type StateLocation struct {
	// Path is the state file read and written.
	Path string
	// Reason says why Path was chosen.
	Reason string
	// Seed is a state file in a read-only corpus folder, read while Path does not exist yet.
	Seed string
}

// Reasons StateLocationFor gives.
const (
	StateReasonFolder   = "in the corpus folder"
	StateReasonReadOnly = "the corpus folder is not writable"
	StateReasonFlag     = "chosen by the caller"
)

// StateLocationFor picks the state file of a corpus rooted at root:
// ROOT/.annotty/corpus.json when the folder is writable, else
// DataDir()/corpora/<sha256 of ROOT>.json (seeded from a state file already
// in the folder). An annotator (team annotation, --author) keeps a queue of
// their own: corpus.SLUG.json and <sha256>.SLUG.json.
func StateLocationFor(root, annotator string) (StateLocation, error) {
	name, suffix := StateFileName, ".json"
	if slug := model.AuthorSlug(annotator); slug != "" {
		suffix = "." + slug + ".json"
		name = strings.TrimSuffix(StateFileName, ".json") + suffix
	}
	inFolder := filepath.Join(root, StateDir, name)
	dir := filepath.Join(root, StateDir)
	if model.DirWritable(dir) || (!exists(dir) && model.DirWritable(root)) {
		return StateLocation{Path: inFolder, Reason: StateReasonFolder}, nil
	}
	data, err := model.DataDir()
	if err != nil {
		return StateLocation{}, err
	}
	sum := sha256.Sum256([]byte(root))
	loc := StateLocation{Path: filepath.Join(data, "corpora", hex.EncodeToString(sum[:])+suffix), Reason: StateReasonReadOnly}
	if exists(inFolder) {
		loc.Seed = inFolder
	}
	return loc, nil
}

// exists reports whether a path exists.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// readStateBytes reads the state file at loc (or its seed): nil data when
// neither exists (an empty state); one that cannot be read is an error.
func readStateBytes(loc StateLocation) (data []byte, path string, err error) {
	path = loc.Path
	data, err = readCapped(path, maxStateBytes)
	if errors.Is(err, fs.ErrNotExist) && loc.Seed != "" {
		path = loc.Seed
		data, err = readCapped(path, maxStateBytes)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil, path, nil
	}
	if err != nil {
		return nil, path, stateUnreadable(path, err)
	}
	return data, path, nil
}

// decodeState decodes the state file read from path (nil data: an empty state).
func decodeState(path string, data []byte) (*stateFile, error) {
	if data == nil {
		return newStateFile(), nil
	}
	f, err := decodeStateFile(data)
	if err != nil {
		return nil, stateUnreadable(path, err)
	}
	return f, nil
}

// stateUnreadable is the error of a state file that cannot be read or parsed.
func stateUnreadable(path string, err error) error {
	return fmt.Errorf("%s: corpus state is corrupt or unreadable (%v); it was left untouched", path, pathReason(err))
}
