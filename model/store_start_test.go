package model

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
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
