package corpus

import "fmt"

// Status is where a document stands in the user's work through the corpus.
type Status string

// Document statuses. A document is new until it is opened or tagged, in
// progress until the user marks it done or skips it.
const (
	StatusNew        Status = "new"
	StatusInProgress Status = "in progress"
	StatusDone       Status = "done"
	StatusSkipped    Status = "skipped"
)

// Statuses lists every status in queue order (for filters and legends).
var Statuses = []Status{StatusNew, StatusInProgress, StatusDone, StatusSkipped}

// Valid reports whether s is one of the four statuses.
func (s Status) Valid() bool {
	switch s {
	case StatusNew, StatusInProgress, StatusDone, StatusSkipped:
		return true
	}
	return false
}

// Finished reports whether the user is through with a document (done or skipped).
func (s Status) Finished() bool { return s == StatusDone || s == StatusSkipped }

// ParseStatus reads a status as a user types it ("done", "in-progress", "skip").
func ParseStatus(s string) (Status, error) {
	switch s {
	case "new":
		return StatusNew, nil
	case "in progress", "in-progress", "progress", "started":
		return StatusInProgress, nil
	case "done":
		return StatusDone, nil
	case "skipped", "skip":
		return StatusSkipped, nil
	}
	return "", fmt.Errorf("unknown status %q (want new, in-progress, done or skipped)", s)
}

// Position is a reading position in one document, in Unicode code points of
// its text (width-independent, so a resize or another terminal keeps it).
type Position struct {
	// Top is the offset of the first visible character.
	Top int `json:"top"`
	// Cursor is the offset of the cursor.
	Cursor int `json:"cursor"`
}

// Counts are the figures of a document the documents pane shows.
type Counts struct {
	// Tags counts the user's annotations (from the sidecar).
	Tags int
	// Quotes counts the detected quotes (0 until analysed).
	Quotes int
	// Detections counts the automatic detections (quotes and promos).
	Detections int
	// Reviewed counts the detections the user accepted or rejected.
	Reviewed int
	// Analysed is true when Quotes, Detections and Reviewed are known.
	Analysed bool
}

// ReviewedShare is the fraction of detections reviewed, 0..1 (1 when there are none).
func (c Counts) ReviewedShare() float64 {
	if c.Detections == 0 {
		return 1
	}
	return float64(c.Reviewed) / float64(c.Detections)
}

// Entry is one document of a corpus. It holds only small facts, never the
// text: memory stays flat however many documents there are.
type Entry struct {
	// Path is the document's path relative to the corpus root (slash-separated),
	// or absolute when it lies outside the root. It is the entry's identity.
	Path string
	// Abs is the file's absolute path.
	Abs string
	// Kind is the input kind the file is read as.
	Kind Kind
	// Status is where the user stands with it.
	Status Status
	// Position is where the user last read it.
	Position Position
	// SHA256 is the text's hash, known after Fill (or from saved state).
	SHA256 string
	// Size is the file's size in bytes, known after Fill.
	Size int64
	// Counts are the pane's figures, known after Fill.
	Counts Counts
	// Filled is true once Fill has looked at the file.
	Filled bool
	// Problem says why the document cannot be opened (unreadable, binary, too
	// large, empty, missing); "" when it can. Such entries are skipped by the queue.
	Problem string
	// Missing is true for a document in the saved state whose file is gone;
	// its sidecar is left where it is.
	Missing bool
	// RenamedFrom is the path the document had in the saved state when it was
	// recognised, by its text hash, as a renamed file.
	RenamedFrom string

	// part is the record of a container file this entry reads, nil for a whole file.
	part *Part
}

// DocumentPath is the path the entry's Document has, which names its
// sidecar: the file's absolute path, "FILE#NAME" for a container's record.
func (e *Entry) DocumentPath() string {
	if e.part != nil {
		return e.Abs + "#" + e.part.Name
	}
	return e.Abs
}

// ref says where the entry's bytes are.
func (e *Entry) ref() docRef { return docRef{abs: e.Abs, kind: e.Kind, part: e.part} }

// Usable reports whether the entry can be opened in the reader.
func (e *Entry) Usable() bool { return e.Problem == "" && !e.Missing }
