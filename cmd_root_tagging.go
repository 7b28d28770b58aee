package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui"
	"github.com/spf13/pflag"
)

// taggingOptions are the reader's annotation flags.
type taggingOptions struct {
	labels      string // --labels FILE
	annotations string // --annotations PATH
	author      string // --author NAME
}

// addTaggingFlags registers --labels, --annotations and --author.
func addTaggingFlags(f *pflag.FlagSet, o *taggingOptions) {
	f.StringVar(&o.labels, "labels", "", "labels file (JSON: name, key 1-9, colour); default: the user config dir's annotty/labels.json, else built-in news labels")
	f.StringVar(&o.annotations, "annotations", "", "annotations file to read and write (default: ARTICLE.annotty.json, or the data dir for stdin and read-only folders)")
	f.StringVar(&o.author, "author", "", "annotator: recorded on new annotations, and given explicitly keeps them in ARTICLE.annotty.NAME.json, one file per annotator (docs/team.md); default $USER, in ARTICLE.annotty.json")
}

// openTagging resolves the label set and opens the annotation store for
// doc. A bad labels file is an error; a store that cannot save (corrupt
// file, locked by another annotty) is not: the reader opens and says why.
func openTagging(o *taggingOptions, doc *model.Document) (*model.LabelSet, *model.Store, error) {
	labels, _, err := model.ResolveLabels(o.labels)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, nil, fmt.Errorf("--labels %s: %v", pe.Path, pe.Err)
		}
		return nil, nil, fmt.Errorf("labels: %w", err)
	}
	store, _ := model.OpenStore(doc, model.StoreOptions{
		Path:      o.annotations,
		Set:       model.SetOptions{Author: o.author},
		Annotator: o.author,
		// Saved tags are placed after the first frame (ui: the reanchor run),
		// so thousands of tags to re-anchor never delay it.
		DeferReanchor: true,
	})
	return labels, store, nil
}

// runWithSignals runs the reader until it quits. SIGINT, SIGTERM and
// SIGHUP ask it to save and quit (the program then restores the terminal);
// afterwards the store saves anything pending and releases its lock.
func runWithSignals(p screenProgram, store *model.Store) error {
	_, err := runUntilSignal(p, store)
	return err
}

// runUntilSignal is runWithSignals that also says which signal, if any,
// ended the reader (a caller that would run more programs stops then).
func runUntilSignal(p screenProgram, store *model.Store) (os.Signal, error) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	done := make(chan struct{})
	got := make(chan os.Signal, 1)
	go func() {
		select {
		case s := <-sigs:
			got <- s
			p.Send(ui.ShutdownMsg{Reason: s.String()})
		case <-done:
		}
	}()
	final, err := p.Run()
	close(done)
	var sig os.Signal
	select {
	case sig = <-got:
	default:
	}
	if reader, ok := final.(ui.CorpusModel); ok { // the store of the document open last
		store = reader.Store()
	}
	if loading, ok := final.(ui.Loading); ok { // the store was opened in the background
		store = loading.Store
		if err == nil {
			err = loading.Err
		}
		final = loading
	}
	if store == nil {
		return sig, err
	}
	closer := closeStore
	if reader, ok := final.(interface{ RescueWanted() bool }); ok && reader.RescueWanted() {
		closer = rescueAndClose // the user chose "write a rescue copy and quit"
	}
	if cerr := closer(store); err == nil {
		err = cerr
	}
	return sig, err
}

// closeStore saves pending changes and releases the lock after the reader
// quit. When changes could not be saved (full disk, folder gone, file
// changed behind annotty's back), it writes a rescue copy under the data
// folder and says where, so quitting never loses work silently.
func closeStore(store *model.Store) error {
	cerr := store.Close()
	if !store.UnsavedChanges() {
		return nil
	}
	return rescue(store, cerr)
}

// rescueAndClose is closeStore when the user chose "write a rescue copy and
// quit": the copy is written whenever the last save failed, even if only
// re-anchored places (not the user's changes) were unsaved.
func rescueAndClose(store *model.Store) error {
	cerr := store.Close()
	if cerr == nil && !store.UnsavedChanges() {
		return nil // the last try saved everything after all
	}
	return rescue(store, cerr)
}

// rescue writes a rescue copy of what store could not save (cerr says why)
// and returns the error that tells the user where it is.
func rescue(store *model.Store, cerr error) error {
	if cerr == nil {
		cerr = store.ReadOnly()
	}
	rescue, rerr := store.WriteRescueCopy()
	if rerr != nil {
		return fmt.Errorf("annotations NOT saved to %s (%v), and %v", store.Path(), cerr, rerr)
	}
	return fmt.Errorf("annotations NOT saved to %s (%v); a rescue copy is at %s (open it with --annotations %s)", store.Path(), cerr, rescue, rescue)
}
