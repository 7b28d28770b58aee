package model

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestOpenStoreLeavesTheRuneIndexAndHashForLater checks that opening the
// store does not build the document's rune index or SHA-256 (a 50 MB
// article spent half its first frame on them), and that the first save,
// run on another goroutine while this one asks for both, builds them once
// and writes the right code-point offsets (run with -race).
func TestOpenStoreLeavesTheRuneIndexAndHashForLater(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if doc.runes != nil || doc.sha256 != "" {
		t.Fatalf("OpenStore built the rune index (%v) or hash (%q) before the first frame", doc.runes != nil, doc.sha256)
	}
	tagFirst(t, st.Set(), "quote", "\"we will build 住宅 now\"")
	saver := NewAutosaver(st, 0)
	saver.Changed()
	job := saver.Start()
	if job == nil {
		t.Fatal("a change must need a save")
	}
	var wg sync.WaitGroup
	var state SaveState
	wg.Add(1)
	go func() { defer wg.Done(); state = job() }()
	runes, sum := doc.Runes(), doc.SHA256() // the UI asking while the writer builds them
	wg.Wait()
	if state.Err != nil {
		t.Fatal(state.Err)
	}
	if runes != doc.Runes() || sum != TextSHA256(doc.Text) {
		t.Errorf("the index or hash was built twice or wrong")
	}
	data, err := os.ReadFile(st.Path())
	if err != nil {
		t.Fatal(err)
	}
	start := runes.RuneOffset(strings.Index(storeText, "\"we"))
	compact := strings.ReplaceAll(string(data), " ", "")
	if !strings.Contains(compact, sum) || !strings.Contains(compact, `"start":`+strconv.Itoa(start)+`,`) {
		t.Errorf("saved file lacks the hash or code-point start %d:\n%s", start, data)
	}
}

// TestDeferredOpenReadsTheSidecarLater checks that a deferred open leaves
// reading (and hashing) the sidecar to the re-anchoring run, and that saves
// still tell a file only touched (same bytes, new time) from one another
// program rewrote once the run has read it. A file rewritten before the run
// read it is what the run reads: the save keeps the other program's
// annotations beside the user's, and overwrites nothing it did not read.
func TestDeferredOpenReadsTheSidecarLater(t *testing.T) {
	for _, tc := range []struct {
		name      string
		run       bool // re-anchor (read and hash) before the other program writes
		rewrite   bool // another program writes other annotations
		wantSaved bool
	}{
		{"touched before the run", false, false, true},
		{"touched after the run", true, false, true},
		{"rewritten before the run", false, true, true},
		{"rewritten after the run", true, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := openDeferredWithSavedTag(t)
			doc := st.Set().Document()
			if tc.run {
				if err := st.Pending().Run(t.Context(), nil); err != nil {
					t.Fatal(err)
				}
				if st.disk.sum.data != nil {
					t.Fatal("the re-anchoring run left the sidecar unhashed")
				}
			}
			data, _ := os.ReadFile(st.Path())
			if tc.rewrite {
				other := NewAnnotationSet(doc, SetOptions{})
				tagFirst(t, other, "claim", "住宅")
				data, _ = NewAnnotationFile(other, nil).MarshalIndent()
			}
			later := time.Now().Add(time.Hour)
			if err := os.WriteFile(st.Path(), data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chtimes(st.Path(), later, later); err != nil {
				t.Fatal(err)
			}
			tagFirst(t, st.Set(), "opinion", "Critics")
			err := st.Save()
			if saved := err == nil; saved != tc.wantSaved {
				t.Fatalf("save: %v, want saved=%v", err, tc.wantSaved)
			}
			if !tc.wantSaved {
				wantOtherProgramsFileKept(t, err, st.Path(), data)
				return
			}
			want := []string{"opinion"}
			if tc.rewrite {
				want = append(want, "claim") // the other program's, read by the run
			} else {
				want = append(want, "quote") // the saved one
			}
			kept, _ := os.ReadFile(st.Path())
			for _, label := range want {
				if !strings.Contains(string(kept), `"`+label+`"`) {
					t.Errorf("saved file lacks the %s tag:\n%s", label, kept)
				}
			}
		})
	}
}

// TestQuitBeforeTheReanchoringRunKeepsEverything is the opening order a
// user meets when they tag and quit at once: the store is open (locked)
// before the first frame, an edit made before the saved tags are placed
// (and before the sidecar is hashed) is kept beside them, a second instance
// meanwhile sees the lock, and quitting releases it.
func TestQuitBeforeTheReanchoringRunKeepsEverything(t *testing.T) {
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	saved := saveTags(t, doc, "quote", "\"naïve\"")[0]
	fresh, _ := NewDocument(doc.Path, []byte(storeText), false) // no cached index or hash
	st, err := OpenStore(fresh, StoreOptions{DeferReanchor: true})
	if err != nil {
		t.Fatal(err)
	}
	second, err := OpenStore(fresh, StoreOptions{DeferReanchor: true})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("a second instance during opening: %v, want ErrLocked", err)
	}
	second.Close()
	edit := tagFirst(t, st.Set(), "claim", "住宅")
	if err := st.Close(); err != nil { // quit before the run: Close places, hashes and saves
		t.Fatal(err)
	}
	if _, err := os.Stat(st.Path() + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the lock outlived the quit")
	}
	again, err := OpenStore(fresh, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	for _, want := range []Annotation{saved, edit} {
		if got, ok := again.Set().Get(want.ID); !ok || got.Span != want.Span || got.Label != want.Label {
			t.Errorf("after the quit: %+v, %v; want %+v", got, ok, want)
		}
	}
	if again.Set().Len() != 2 {
		t.Errorf("%d annotations, want 2", again.Set().Len())
	}
}

// saveTags opens doc's store, tags the first occurrence of each sub with
// its label (pairs: label, sub, ...) and closes it, returning the tags.
func saveTags(t *testing.T, doc *Document, labelsAndSubs ...string) []Annotation {
	t.Helper()
	st, err := OpenStore(doc, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var tags []Annotation
	for i := 0; i+1 < len(labelsAndSubs); i += 2 {
		tags = append(tags, tagFirst(t, st.Set(), labelsAndSubs[i], labelsAndSubs[i+1]))
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return tags
}

// wantOtherProgramsFileKept checks that a save (which returned err) refused
// to write over the file another program left at path with content data.
func wantOtherProgramsFileKept(t *testing.T, err error, path string, data []byte) {
	t.Helper()
	if !errors.Is(err, ErrSidecarChanged) {
		t.Errorf("save over another program's file: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != string(data) {
		t.Errorf("the other program's file was overwritten")
	}
}

// TestDeferredOpenOfASidecarRemovedBeforeTheRun checks a sidecar that is
// gone by the time the re-anchoring run reads it: nothing to place, no
// error, and the next save writes a new file.
func TestDeferredOpenOfASidecarRemovedBeforeTheRun(t *testing.T) {
	st := openDeferredWithSavedTag(t)
	if err := os.Remove(st.Path()); err != nil {
		t.Fatal(err)
	}
	if _, err := st.FinishReanchor(); err != nil {
		t.Fatalf("FinishReanchor: %v", err)
	}
	if st.Set().Len() != 0 || st.ReadOnly() != nil {
		t.Fatalf("after the file vanished: %d tags, read-only %v", st.Set().Len(), st.ReadOnly())
	}
	tagFirst(t, st.Set(), "opinion", "Critics")
	if err := st.Save(); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(st.Path()); err != nil || !strings.Contains(string(data), `"opinion"`) {
		t.Fatalf("the save did not write the new tag: %v\n%s", err, data)
	}
}

// openDeferredWithSavedTag saves a quote tag for a new article, opens its
// store with DeferReanchor (closed at the end of the test) and checks that
// the open only saw the sidecar: nothing read, a run waiting.
func openDeferredWithSavedTag(t *testing.T) *Store {
	t.Helper()
	doc := writeArticle(t, t.TempDir(), "a.txt", storeText)
	saveTags(t, doc, "quote", "\"naïve\"")
	st, err := OpenStore(doc, StoreOptions{DeferReanchor: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	if st.disk.exists || st.Pending() == nil || !st.Pending().Waiting() {
		t.Fatal("the deferred open read the sidecar before the first frame, or saw none")
	}
	return st
}
