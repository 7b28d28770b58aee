package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
)

// update sends one message without running the commands it returns.
func update(t *testing.T, m Model, msg tea.Msg) (Model, tea.Cmd) {
	t.Helper()
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// saveNow delivers a due save and its outcome (what the tick would do).
func saveNow(t *testing.T, m Model) Model {
	t.Helper()
	return deliver(t, m, saveDueMsg{})
}

func TestKeyDoesNoSaveWorkAndTheSaveFollows(t *testing.T) {
	doc, path := storeDoc(t)
	m, _, err := openReader(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	sidecar := path + model.SidecarSuffix
	m, cmd := update(t, m, keyMsg("1"))
	if _, err := os.Stat(sidecar); err == nil {
		t.Fatal("the key wrote the sidecar itself")
	}
	if cmd == nil || !strings.Contains(m.statusMessage(), "saving…") {
		t.Fatalf("no save scheduled; status %q", m.statusMessage())
	}
	m = saveNow(t, m)
	if n := len(sidecarFile(t, sidecar).Annotations); n != 1 {
		t.Fatalf("sidecar has %d annotations", n)
	}
	if s := m.statusMessage(); !strings.Contains(s, "saved to story.txt.annotty.json") || strings.Contains(s, "saving…") {
		t.Fatalf("status after the save %q", s)
	}
}

// failingReader opens a reader whose folder is then removed, so every
// save fails until restore is called.
func failingReader(t *testing.T) (m Model, sidecar string, restore func()) {
	doc, path := storeDoc(t)
	m, _, err := openReader(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	return m, path + model.SidecarSuffix, func() {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

func TestAttackFailedSaveStaysVisibleUntilRetryWorks(t *testing.T) {
	m, sidecar, restore := failingReader(t)
	m = press(t, m, "1") // the tick runs: the save fails
	status := m.statusMessage()
	if !strings.Contains(status, "NOT SAVED since") || !strings.Contains(status, "ctrl+s retries") {
		t.Fatalf("status after a failed save %q", status)
	}
	m = press(t, m, "w", "j") // other keys: the failure stays
	if !strings.Contains(m.statusMessage(), "NOT SAVED") {
		t.Fatalf("the failure left the status line: %q", m.statusMessage())
	}
	m = press(t, m, "ctrl+s")
	if !strings.Contains(m.statusMessage(), "NOT SAVED") {
		t.Fatalf("a failed retry cleared the failure: %q", m.statusMessage())
	}
	restore()
	m = press(t, m, "ctrl+s")
	if s := m.statusMessage(); strings.Contains(s, "NOT SAVED") {
		t.Fatalf("a working retry still shows the failure: %q", s)
	}
	if n := len(sidecarFile(t, sidecar).Annotations); n != 1 {
		t.Fatalf("sidecar has %d annotations after the retry", n)
	}
}

func TestAttackQuitWithUnsavedWorkAsks(t *testing.T) {
	m, _, restore := failingReader(t)
	defer restore()
	m = press(t, m, "1")
	m, cmd := update(t, m, keyMsg("q"))
	if view := m.View(); cmd != nil || !m.confirmQuit || !strings.Contains(view, "w  write a rescue copy and quit") || !strings.Contains(view, "NOT SAVED") {
		t.Fatalf("quit with unsaved work did not ask:\n%s", view)
	}
	m, cmd = update(t, m, keyMsg("esc"))
	if cmd != nil || m.confirmQuit {
		t.Fatal("esc did not stay")
	}
	m, _ = update(t, m, keyMsg("q"))
	m, cmd = update(t, m, keyMsg("r")) // retry: still failing, still asking
	if cmd != nil || !m.confirmQuit || !strings.Contains(m.View(), "retried at") {
		t.Fatal("a failed retry quit, or did not say it retried")
	}
	m, cmd = update(t, m, keyMsg("w"))
	if cmd == nil || !m.RescueWanted() {
		t.Fatal("w did not quit asking for a rescue copy")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("w did not quit")
	}
	// And once saving works again, quit retries and leaves without asking.
	m2, sidecar2, restore2 := failingReader(t)
	m2 = press(t, m2, "1")
	restore2()
	m2, cmd = update(t, m2, keyMsg("q"))
	if m2.confirmQuit || cmd == nil {
		t.Fatalf("quit asked although the save works: %q", m2.statusMessage())
	}
	if n := len(sidecarFile(t, sidecar2).Annotations); n != 1 {
		t.Fatalf("quit saved %d annotations", n)
	}
}

func TestAttackLockedReaderTakesOverWhenTheFirstQuits(t *testing.T) {
	for _, deferred := range []bool{false, true} {
		t.Run(fmt.Sprint("deferred=", deferred), func(t *testing.T) { testTakeOver(t, deferred) })
	}
}

// testTakeOver: a second reader (its saved tags placed after the first
// frame when deferred) takes over once the first quits.
func testTakeOver(t *testing.T, deferred bool) {
	doc, path := storeDoc(t)
	first, err := model.OpenStore(doc, model.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := first.Set().Add(model.Annotation{Label: "claim", Span: model.Span{Start: 0, End: 9}}); err != nil {
		t.Fatal(err)
	}
	if err := first.Save(); err != nil {
		t.Fatal(err)
	}
	store, err := model.OpenStore(doc, model.StoreOptions{DeferReanchor: deferred})
	t.Cleanup(func() { _ = store.Close() })
	m, _ := update(t, New(doc, Options{Styles: plainStyles(), Store: store}), windowSize(80, 24))
	m = deliverCmd(t, m, m.startReanchor())
	if err == nil || m.takeOverTick() == nil {
		t.Fatalf("second reader: err %v, no take-over tick", err)
	}
	m = press(t, m, "1")
	if !strings.Contains(m.statusMessage(), "read-only") {
		t.Fatalf("a locked reader took a tag: %q", m.statusMessage())
	}
	if m, _ = m.tryTakeOver(); strings.Contains(m.message, "now editable") {
		t.Fatal("took over while the lock is held")
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	m = deliver(t, m, takeOverTickMsg{})
	if !strings.Contains(m.statusMessage(), "the other annotty closed; now editable") || !strings.Contains(m.statusMessage(), "1 tag") || m.sess.Set().Len() != 1 {
		t.Fatalf("after the first closed: %q, %d tags", m.statusMessage(), m.sess.Set().Len())
	}
	m = press(t, m, "j", "w", "1")
	m = saveNow(t, m)
	if n := len(sidecarFile(t, path+model.SidecarSuffix).Annotations); n != 2 {
		t.Fatalf("sidecar has %d annotations after the take-over", n)
	}
}

func TestSavedTagsArePlacedAfterTheFirstFrame(t *testing.T) {
	doc, _ := storeDoc(t)
	first, _ := model.OpenStore(doc, model.StoreOptions{})
	for _, span := range []model.Span{{Start: 0, End: 9}, {Start: 10, End: 14}} {
		if _, err := first.Set().Add(model.Annotation{Label: "claim", Span: span}); err != nil {
			t.Fatal(err)
		}
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	store, _ := model.OpenStore(doc, model.StoreOptions{DeferReanchor: true})
	t.Cleanup(func() { _ = store.Close() })
	m := New(doc, Options{Styles: plainStyles(), Store: store})
	m, _ = update(t, m, windowSize(80, 24))
	if m.sess.Set().Len() != 0 || !strings.Contains(m.View(), "placing saved tags…") {
		t.Fatalf("first frame: %d tags\n%s", m.sess.Set().Len(), m.View())
	}
	m = deliverCmd(t, m, m.Init())
	if m.sess.Set().Len() != 2 || m.sess.Pending() != nil || !strings.Contains(m.statusMessage(), "2 tags") {
		t.Fatalf("after placing: %d tags, status %q", m.sess.Set().Len(), m.statusMessage())
	}
	if m.sess.Dirty() {
		t.Fatal("placing saved tags counts as an unsaved change")
	}
}

// The quit question over a reader whose saves fail, at both sizes (a long
// cause wraps).
func TestGoldenQuitWithUnsavedWork(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, _, restore := failingReader(t)
			defer restore()
			m, _ = update(t, m, windowSize(size[0], size[1]))
			m = press(t, m, ")", "2", "q")
			if !strings.Contains(strings.ReplaceAll(screen(m), "\n", ""), "no such file or directory in") {
				t.Fatalf("the question does not say why:\n%s", screen(m))
			}
			m.quitAsk.SetCause("the last save failed: no space left on device in " + strings.Repeat("/a-long-folder-name", 6)) // the temporary folder's name varies
			golden.RequireEqual(t, []byte(screen(m)))
		})
	}
}
