package model

import (
	"os"
	"path/filepath"
	"testing"
)

func TestURLDocumentsKeepSidecarsByURL(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	a, _ := NewDocument("https://news.example/story", []byte("First version."), false)
	b, _ := NewDocument("https://news.example/story", []byte("Edited version."), false)
	la, err := SidecarPathFor(a, "")
	if err != nil {
		t.Fatal(err)
	}
	lb, _ := SidecarPathFor(b, "")
	if la.Path != lb.Path || la.Reason != ReasonURL || filepath.Dir(la.Path) != filepath.Join(os.Getenv("XDG_DATA_HOME"), "annotty") {
		t.Errorf("sidecars %q and %q (%s)", la.Path, lb.Path, la.Reason)
	}
	if IsFilePath("https://news.example/story") || DocumentIRI("https://x.example/a", "00") != "urn:annotty:sha256:00" {
		t.Error("a URL is taken for a file path")
	}
}
