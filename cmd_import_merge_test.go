package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportReportsWhatItDidNotApplyToAPassageAlreadyThere(t *testing.T) {
	// A passage already annotated is not added twice; when the file gives it
	// another note or speaker link, that is said, not dropped silently, and
	// the annotator's own note stays.
	dir := t.TempDir()
	article := filepath.Join(dir, "story.txt")
	text := "\"We will 😀 win,\" said Ann Lee. Bob nodded.\n"
	os.WriteFile(article, []byte(text), 0o644)
	first := filepath.Join(dir, "first.ann")
	os.WriteFile(first, []byte("T1\tQuote 0 16\t\"We will 😀 win,\"\n#1\tAnnotatorNotes T1\tmine\n"), 0o644)
	if _, err := runImportCmd(t, "--format", "brat", first, article); err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(dir, "second.ann")
	os.WriteFile(second, []byte("T1\tQuote 0 16\t\"We will 😀 win,\"\n#1\tAnnotatorNotes T1\ttheirs\n"+
		"T2\tSpeaker 31 34\tBob\nR1\tSpeaker Arg1:T1 Arg2:T2\n"), 0o644)
	stderr, err := runImportCmd(t, "--format", "brat", second, article)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"theirs", "Bob"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the %q the file gives the passage already there is not reported:\n%s", want, stderr)
		}
	}
	f := sidecarOf(t, article)
	for _, a := range f.Annotations {
		if a.Label == "Quote" && a.Note != "mine" {
			t.Errorf("the existing note was replaced: %q", a.Note)
		}
	}
}
