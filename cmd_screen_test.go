package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// Under ui/termrender Bubble Tea has no renderer, so its commands that act
// on the renderer or the terminal do nothing (and tea.WindowSize never
// answers). No program annotty runs may rely on them: this test fails when
// one appears, so the renderer learns to do it first.
func TestNoCommandsTheRendererIgnores(t *testing.T) {
	ignored := []string{
		"tea.ClearScreen", "tea.EnterAltScreen", "tea.ExitAltScreen", "tea.Exec(", "tea.ExecProcess",
		"tea.Suspend", "tea.Println", "tea.Printf", "tea.WindowSize()", "tea.SetWindowTitle",
		"tea.HideCursor", "tea.ShowCursor", "tea.EnableMouse", "tea.DisableMouse",
		"tea.EnableBracketedPaste", "tea.DisableBracketedPaste", "tea.EnableReportFocus",
		"ReleaseTerminal", "RestoreTerminal",
	}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		skip := path == "testdata" || path == filepath.Join("ui", "termrender") || strings.HasPrefix(d.Name(), ".")
		if d.IsDir() && skip && path != "." {
			return filepath.SkipDir // the renderer names them in its doc
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, call := range ignored {
			if strings.Contains(string(data), call) {
				t.Errorf("%s uses %s, which does nothing under ui/termrender", path, call)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// With standard output redirected, the reader does not start a blank
// screen: it says why and which commands write text, and the store it
// opened is released.
func TestReaderRefusesOutputThatIsNotATerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := needTerminalOutput(f); !errors.Is(err, errOutputNotTerminal) || !strings.Contains(err.Error(), "annotty text FILE") {
		t.Errorf("a file as output: %v", err)
	}
	dir := t.TempDir()
	article := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(article, []byte("\"We will not stop,\" Sullivan said. 北京 😀 é\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = runCmd(t, newRootCmd, article) // go test's standard output is not a terminal
	if !errors.Is(err, errOutputNotTerminal) {
		t.Fatalf("reader with redirected output: %v", err)
	}
	if _, err := os.Stat(article + model.SidecarSuffix + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the lock was left behind: %v", err)
	}
}
