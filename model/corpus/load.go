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
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
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
	return loadDocument(e.Abs, e.Kind, c.maxBytes)
}

// loadDocument reads and parses one file.
func loadDocument(abs string, kind Kind, limit int64) (*model.Document, error) {
	if kind.Load == nil {
		return nil, errors.New("not a kind annotty reads")
	}
	data, err := readCapped(abs, limit)
	if err != nil {
		return nil, err
	}
	return kind.Load(abs, data)
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
