package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
