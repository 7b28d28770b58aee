//go:build unix

package main

import (
	"io"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui"
	tea "github.com/charmbracelet/bubbletea"
)

// SIGTERM and SIGHUP make the reader save and quit: the annotations are on
// disk and the lock file is gone afterwards.
func TestSignalsSaveAndQuit(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			doc := taggingDoc(t)
			labels, store, err := openTagging(&taggingOptions{}, doc)
			if err != nil {
				t.Fatal(err)
			}
			// A change the UI has not saved yet: the shutdown must save it.
			if _, err := store.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: 0, End: 24}}); err != nil {
				t.Fatal(err)
			}
			in, _ := io.Pipe()
			reader := ui.New(doc, ui.Options{Store: store, Labels: labels})
			p := tea.NewProgram(reader, tea.WithInput(in), tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
			done := make(chan error, 1)
			go func() { done <- runWithSignals(p, store) }()
			time.Sleep(200 * time.Millisecond) // let the program start and the handler register
			signalAndWait(t, sig, done, p.Kill)
			requireSavedTag(t, store, sig.String())
		})
	}
}

// signalAndWait sends sig to this process and waits for the reader's run
// (done) to end without an error; kill stops it if it does not.
func signalAndWait(t *testing.T, sig syscall.Signal, done <-chan error, kill func()) {
	t.Helper()
	if err := syscall.Kill(os.Getpid(), sig); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		kill()
		t.Fatal("the reader did not quit on " + sig.String())
	}
}

// requireSavedTag checks that store's sidecar holds one tag, on the first
// sentence of taggingDoc, and that the lock file is gone.
func requireSavedTag(t *testing.T, store *model.Store, after string) {
	t.Helper()
	data, err := os.ReadFile(store.Path())
	if err != nil {
		t.Fatal(err)
	}
	f, err := model.DecodeAnnotationFile(data)
	if err != nil || len(f.Annotations) != 1 || f.Annotations[0].Text != "Officials met on Monday." {
		t.Fatalf("sidecar after %s: %v %+v", after, err, f)
	}
	if _, err := os.Stat(store.Path() + ".lock"); !os.IsNotExist(err) {
		t.Fatalf("lock file left behind: %v", err)
	}
}
