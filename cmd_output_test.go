package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputNeverOverwritesAnArticleOrSidecar: -o naming an article of the
// input (or an annotation file) is refused, and the file is left as it was.
func TestOutputNeverOverwritesAnArticleOrSidecar(t *testing.T) {
	dir := writeCorpus(t, newsroom)
	budget := filepath.Join(dir, "herald", "budget.txt")
	correctSpeaker(t, budget, "numbers", "Tom Ruiz")
	sidecar := budget + ".annotty.json"
	for _, run := range []struct {
		name   string
		args   []string
		target string
	}{
		{"export article onto itself", []string{"export", budget, "-o", budget}, budget},
		{"export article onto its sidecar", []string{"export", "--format", "w3c", budget, "-o", sidecar}, sidecar},
		{"corpus export onto an article", []string{"export", dir, "-o", filepath.Join(dir, "notes.txt")}, filepath.Join(dir, "notes.txt")},
		{"report onto an article", []string{"report", dir, "-o", filepath.Join(dir, "gazette", "park.md")}, filepath.Join(dir, "gazette", "park.md")},
		{"report onto a sidecar", []string{"report", dir, "-o", sidecar}, sidecar},
	} {
		t.Run(run.name, func(t *testing.T) {
			before, err := os.ReadFile(run.target)
			if err != nil {
				t.Fatal(err)
			}
			build := newExportCmd
			if run.args[0] == "report" {
				build = newReportCmd
			}
			_, _, err = runCmd(t, build, run.args[1:]...)
			if err == nil || !strings.HasPrefix(err.Error(), "-o: ") {
				t.Errorf("error %v, want a refusal", err)
			}
			if after, _ := os.ReadFile(run.target); string(after) != string(before) {
				t.Errorf("%s was overwritten", run.target)
			}
		})
	}
	out := filepath.Join(t.TempDir(), "export.jsonl")
	if _, _, err := runCmd(t, newExportCmd, "--format", "jsonl", dir, "-o", out); err != nil {
		t.Errorf("export to a new file: %v", err)
	}
}
