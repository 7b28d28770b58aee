package corpus

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/annotty/annotty/model"
)

// DefaultMaxBytes is the largest document a corpus opens (Options.MaxBytes).
const DefaultMaxBytes = 64 << 20

// errTooLarge is the reason a file over the size cap is skipped.
type errTooLarge struct{ size, limit int64 }

// Error reads "too large (70 MB; the limit is 64 MB)".
func (e errTooLarge) Error() string {
	return fmt.Sprintf("too large (%s; the limit is %s)", megabytes(e.size), megabytes(e.limit))
}

// megabytes spells a byte count for a message.
func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%d MB", (n+(1<<20)-1)>>20)
}

// readCapped reads a regular file of at most limit bytes in one allocation.
func readCapped(path string, limit int64) ([]byte, error) {
	f, info, err := model.OpenRegularFile(path) // a FIFO or device is refused without blocking
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > limit {
		return nil, errTooLarge{info.Size(), limit}
	}
	data := make([]byte, info.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, err
	}
	return data, nil
}

// Load reads an entry's document from disk (its size capped, its kind's
// loader applied). The corpus keeps no reference to it: the caller holds the
// open document, so only open documents are in memory. Errors read
// "PATH: reason".
func (c *Corpus) Load(e *Entry) (*model.Document, error) {
	if e.Missing {
		return nil, fmt.Errorf("%s: missing (the file is gone; its annotations were kept)", e.Path)
	}
	doc, err := c.load(e)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", e.Path, problemText(err))
	}
	return doc, nil
}

// load reads an entry's document; its error is the raw cause (see problemText).
func (c *Corpus) load(e *Entry) (*model.Document, error) {
	return e.ref().load(c.maxBytes)
}

// docRef is where one document's bytes are: a whole file, or one record of
// a container file.
type docRef struct {
	abs  string
	kind Kind
	part *Part
}

// load reads and parses the document, at most limit bytes of it.
func (r docRef) load(limit int64) (*model.Document, error) {
	if r.kind.Load == nil && (r.part == nil || r.kind.LoadRecord == nil) {
		return nil, errors.New("not a kind annotty reads")
	}
	if r.part == nil {
		data, err := readCapped(r.abs, limit)
		if err != nil {
			return nil, err
		}
		return r.kind.Load(r.abs, data)
	}
	if r.part.Problem != "" {
		return nil, errors.New(r.part.Problem)
	}
	if r.part.End == 0 && r.kind.LoadRecord != nil { // no byte range: the kind finds it
		data, err := readCapped(r.abs, maxContainerBytes)
		if err != nil {
			return nil, err
		}
		return r.kind.LoadRecord(r.abs+"#"+r.part.Name, data, r.part.Name)
	}
	if r.kind.Load == nil {
		return nil, errors.New("the record has no byte range and its kind cannot find it")
	}
	data, err := readRange(r.abs, r.part.Start, r.part.End, limit)
	if err != nil {
		return nil, err
	}
	return r.kind.Load(r.abs+"#"+r.part.Name, data)
}

// readRange reads bytes [start, end) of a regular file, at most limit of them.
func readRange(path string, start, end, limit int64) ([]byte, error) {
	if start < 0 || end < start {
		return nil, errors.New("bad record range")
	}
	if end-start > limit {
		return nil, errTooLarge{end - start, limit}
	}
	f, _, err := model.OpenRegularFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, end-start)
	if _, err := f.ReadAt(data, start); err != nil {
		return nil, err
	}
	return data, nil
}

// problemText turns a load error into the reason listed beside a bad entry.
func problemText(err error) string {
	switch {
	case errors.Is(err, model.ErrBinary):
		return "binary (it contains NUL bytes)"
	case errors.Is(err, model.ErrEmpty):
		return "empty"
	}
	var tl errTooLarge
	if errors.As(err, &tl) {
		return tl.Error()
	}
	err = pathReason(err)
	if errors.Is(err, os.ErrPermission) {
		return "unreadable: permission denied"
	}
	if errors.Is(err, os.ErrNotExist) {
		return "no such file"
	}
	return err.Error()
}
