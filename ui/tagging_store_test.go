package ui

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
)

// storeDoc writes tagText to a temporary folder and loads it from there.
func storeDoc(t *testing.T) (*model.Document, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte(tagText), 0o644); err != nil {
		t.Fatal(err)
	}
	return mustDoc(t, path, tagText), path
}

// openReader opens the store of doc and a reader on it; the store is
// closed when the test ends.
func openReader(t *testing.T, doc *model.Document) (Model, *model.Store, error) {
	t.Helper()
	store, err := model.OpenStore(doc, model.StoreOptions{Set: model.SetOptions{Author: "tester"}})
	t.Cleanup(func() { _ = store.Close() })
	m := New(doc, Options{Styles: plainStyles(), Store: store})
	next, _ := m.Update(windowSize(80, 24))
	return next.(Model), store, err
}

// sidecarFile decodes the sidecar at path.
func sidecarFile(t *testing.T, path string) *model.AnnotationFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := model.DecodeAnnotationFile(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestAutosaveAndReopen(t *testing.T) {
	doc, path := storeDoc(t)
	m, store, err := openReader(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "1")
	if !strings.Contains(m.message, "saved to story.txt.annotty.json") {
		t.Fatalf("status %q", m.message)
	}
	m = press(t, m, ")", "v", "i", "q", "2", "c")
	m = press(t, m, typed("check")...)
	m = press(t, m, "esc")
	sidecar := path + model.SidecarSuffix
	f := sidecarFile(t, sidecar) // saved without quitting
	if len(f.Annotations) != 2 {
		t.Fatalf("sidecar has %d annotations", len(f.Annotations))
	}
	for _, a := range f.Annotations {
		if a.Author != "tester" {
			t.Fatalf("author %q", a.Author)
		}
	}
	m = press(t, m, "u")
	for _, a := range sidecarFile(t, sidecar).Annotations {
		if a.Note != "" {
			t.Fatalf("undo of the note was not saved: %+v", a)
		}
	}
	press(t, m, "q")
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	m2, _, err := openReader(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	if m2.sess.Set().Len() != 2 || !strings.Contains(m2.holdings(), "2 tags") {
		t.Fatalf("reopened: %d tags, message %q", m2.sess.Set().Len(), m2.message)
	}
	if got := m2.sess.Set().ByLabel("claim"); len(got) != 1 || got[0].Text != "We will not stop," {
		t.Fatalf("claim %+v", got)
	}
}

func TestCorruptSidecarIsNotOverwritten(t *testing.T) {
	doc, path := storeDoc(t)
	sidecar := path + model.SidecarSuffix
	garbage := []byte("{ this is not json")
	if err := os.WriteFile(sidecar, garbage, 0o644); err != nil {
		t.Fatal(err)
	}
	m, _, err := openReader(t, doc)
	if !errors.Is(err, model.ErrCorruptSidecar) {
		t.Fatalf("OpenStore error %v", err)
	}
	if got := m.statusMessage(); !strings.Contains(got, "corrupt") || !strings.Contains(got, "press M") {
		t.Fatalf("status %q", got)
	}
	// Reading works, but an edit that could not be saved is refused, not kept
	// in memory to be lost on quit.
	m = press(t, m, "1")
	if m.sess.Set().Len() != 0 {
		t.Fatal("a tag was made that cannot be saved")
	}
	if !strings.Contains(m.message, "not changed") || !strings.Contains(m.message, "press M") {
		t.Fatalf("status after tagging %q", m.message)
	}
	if data, _ := os.ReadFile(sidecar); string(data) != string(garbage) {
		t.Fatalf("corrupt sidecar overwritten: %q", data)
	}
	// M asks first; anything but y leaves the file alone.
	m = press(t, m, "M", "n")
	if data, _ := os.ReadFile(sidecar); string(data) != string(garbage) {
		t.Fatal("moved without consent")
	}
	m = press(t, m, "M", "y")
	if data, err := os.ReadFile(sidecar + ".bak"); err != nil || string(data) != string(garbage) {
		t.Fatalf(".bak: %q, %v", data, err)
	}
	if !strings.Contains(m.message, "story.txt.annotty.json.bak") {
		t.Fatalf("status %q", m.message)
	}
	m = press(t, m, "1") // now the tag is made and saved
	if f := sidecarFile(t, sidecar); len(f.Annotations) != 1 {
		t.Fatalf("after moving aside: %d annotations saved", len(f.Annotations))
	}
}

func TestExportKey(t *testing.T) {
	doc, path := storeDoc(t)
	m, _, _ := openReader(t, doc)
	m = press(t, m, "}", "5", "E")
	out := path + ExportSuffix
	if !strings.Contains(m.message, "exported 1 tag to ") || !strings.Contains(m.message, "story.txt"+ExportSuffix) {
		t.Fatalf("status %q", m.message)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var f model.AnnotationFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Annotations) != 1 || f.Annotations[0].Label != "fact-check" || f.Annotations[0].Text != "A second paragraph begins here." {
		t.Fatalf("export %+v", f.Annotations)
	}
}

// Standard input has no folder: the export goes next to the sidecar.
func TestExportPathForStdin(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	doc := mustDoc(t, "-", tagText)
	m, store, _ := openReader(t, doc)
	m = press(t, m, "1", "E")
	want := strings.TrimSuffix(store.Path(), ".json") + ExportSuffix
	if _, err := os.Stat(want); err != nil {
		t.Fatalf("export not at %s: %v (status %q)", want, err, m.message)
	}
	if !strings.Contains(openedHelp(t, doc), "standard input") {
		t.Fatalf("help page %q does not say why the annotations are kept there", openedHelp(t, doc))
	}
}

// windowSize is the message a terminal of width x height sends.
func windowSize(width, height int) tea.WindowSizeMsg {
	return tea.WindowSizeMsg{Width: width, Height: height}
}

// A second reader on the same article is read-only and says so; its M key
// does not offer to move the (healthy) file aside.
func TestSecondReaderIsReadOnly(t *testing.T) {
	doc, path := storeDoc(t)
	first, _, err := openReader(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	press(t, first, "1")
	second, _, err := openReader(t, doc)
	if !errors.Is(err, model.ErrLocked) {
		t.Fatalf("second OpenStore: %v", err)
	}
	if got := second.statusMessage(); !strings.Contains(got, "read-only") {
		t.Fatalf("status %q", got)
	}
	second = press(t, second, ")", "2")
	if second.sess.Set().Len() != 1 || !strings.Contains(second.message, "not changed") {
		t.Fatalf("the second reader tagged: %d tags, status %q", second.sess.Set().Len(), second.message)
	}
	second.message = ""
	second = press(t, second, "tab", "l", "l", "l", "l", "d") // Tags tab: delete
	if second.sess.Set().Len() != 1 || !strings.Contains(second.message, "not changed") {
		t.Fatalf("the second reader deleted: %d tags, status %q", second.sess.Set().Len(), second.message)
	}
	second = press(t, second, "esc", "M")
	if f := sidecarFile(t, path+model.SidecarSuffix); len(f.Annotations) != 1 {
		t.Fatalf("the second reader wrote: %d annotations", len(f.Annotations))
	}
	if !strings.Contains(second.message, "not corrupt") {
		t.Fatalf("M: %q", second.message)
	}
}

// With nothing else to say, the status line teaches the first tag and the
// help key, then counts the tags; the first save says where they are saved.
func TestIdleStatus(t *testing.T) {
	doc, _ := storeDoc(t)
	m, _, _ := openReader(t, doc)
	if got := m.holdings(); got != "1-9 tag · ? help" {
		t.Fatalf("idle status before tagging %q", got)
	}
	m = press(t, m, "1")
	if !strings.Contains(m.message, "saved to story.txt"+model.SidecarSuffix) {
		t.Fatalf("the first save does not say where: %q", m.message)
	}
	if got := m.holdings(); got != "1 tag · 1-9 tag · ? help" {
		t.Fatalf("idle status after tagging %q", got)
	}
	m = press(t, m, ")", "2")
	if strings.Contains(m.message, "saved to") {
		t.Fatalf("every save repeats the path: %q", m.message)
	}
	if !strings.Contains(strings.ReplaceAll(m.helpPage(), `\`, ""), "story.txt"+model.SidecarSuffix) { // the page escapes Markdown
		t.Fatal("the help page does not say where the annotations are saved")
	}
}

// In a read-only session the text objects still work: "a" after v starts
// "around" objects and is not taken for accept.
func TestReadOnlyKeepsTextObjects(t *testing.T) {
	doc, _ := storeDoc(t)
	if _, _, err := openReader(t, doc); err != nil {
		t.Fatal(err)
	}
	second, _, _ := openReader(t, doc) // the lock is taken: read-only
	second = press(t, second, "v", "a", "s")
	if strings.Contains(second.message, "not changed") || !second.cursor.visual() {
		t.Fatalf("vas in a read-only session: visual=%v, status %q", second.cursor.visual(), second.message)
	}
	if got := selected(second); !strings.HasPrefix(got, "Officials met on Monday.") {
		t.Fatalf("vas selected %q", got)
	}
}

// A corrupt file that another annotty holds: the status says read-only and
// M does not offer a move it could not make.
func TestLockedCorruptSidecarSaysReadOnly(t *testing.T) {
	doc, path := storeDoc(t)
	if err := os.WriteFile(path+model.SidecarSuffix, []byte("{ not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := openReader(t, doc); !errors.Is(err, model.ErrCorruptSidecar) {
		t.Fatalf("first reader: %v", err)
	}
	second, _, _ := openReader(t, doc)
	if got := second.statusMessage(); !strings.Contains(got, "read-only") || strings.Contains(got, "press M") {
		t.Fatalf("status %q", got)
	}
	second = press(t, second, "M")
	if second.confirmMoveAside {
		t.Fatal("M offered to move a file another annotty holds")
	}
}

// openedHelp is the help page of a fresh reader on doc, before any save.
func openedHelp(t *testing.T, doc *model.Document) string {
	t.Helper()
	m, _, _ := openReader(t, doc)
	return m.helpPage()
}

// A sidecar named by the article's hash is shown by the hash's first
// characters; other names are kept whole.
func TestTildePathShortensHashes(t *testing.T) {
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder")
	}
	hash := strings.Repeat("f6fc96e2", 8)
	tests := []struct{ in, want string }{
		{filepath.Join(home, ".local", "share", "annotty", hash+".json"), filepath.Join("~", ".local", "share", "annotty", "f6fc96e2….json")},
		{"/tmp/story.txt.annotty.json", "/tmp/story.txt.annotty.json"},
		{"/tmp/" + hash + "x.json", "/tmp/" + hash + "x.json"},
	}
	for _, tc := range tests {
		if got := tildePath(tc.in); got != tc.want {
			t.Errorf("tildePath(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
