package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// runAnalyzeCmd runs `analyze args...` in process and returns stdout, stderr and the error.
func runAnalyzeCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	return runCommand(newAnalyzeCmd(), stdin, args...)
}

// runCommand runs a subcommand in process with stdin and args, and returns
// stdout, stderr and the error.
func runCommand(cmd *cobra.Command, stdin string, args ...string) (string, string, error) {
	cmd.SetContext(context.Background())
	var out, errOut bytes.Buffer
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), errOut.String(), err
}

// writeArticles writes name -> content files into a temp dir and returns their paths.
func writeArticles(t *testing.T, files map[string]string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	paths := map[string]string{}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
	}
	return paths
}

func TestAnalyzeJSONLinesInInputOrder(t *testing.T) {
	p := writeArticles(t, map[string]string{
		"b.txt": "\"Yes,\" Lopez said.\n",
		"a.txt": "“Café 😀,” she said.\nCLICK HERE TO GET THE FOX NEWS APP\n",
	})
	out, errOut, err := runAnalyzeCmd(t, "", "--format", "json", p["b.txt"], p["a.txt"])
	if err != nil || errOut != "" {
		t.Fatalf("err %v, stderr %q", err, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2 JSON lines:\n%s", len(lines), out)
	}
	for i, want := range []string{p["b.txt"], p["a.txt"]} {
		var obj struct {
			Path   string `json:"path"`
			Quotes []struct {
				Start, End int
				Text       string
			} `json:"quotes"`
			Promos []struct{ Kind string } `json:"promos"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &obj); err != nil {
			t.Fatalf("line %d is not JSON: %v", i, err)
		}
		if obj.Path != want {
			t.Errorf("line %d path %q, want %q", i, obj.Path, want)
		}
		if len(obj.Quotes) != 1 {
			t.Fatalf("line %d: %d quotes", i, len(obj.Quotes))
		}
		data, _ := os.ReadFile(want)
		q := obj.Quotes[0]
		if got := string([]rune(string(data))[q.Start:q.End]); got != q.Text {
			t.Errorf("line %d: code points [%d,%d) = %q, text %q", i, q.Start, q.End, got, q.Text)
		}
	}
	if !strings.Contains(lines[1], `"kind":"call-to-action"`) {
		t.Errorf("second file lacks its promo: %s", lines[1])
	}
}

func TestAnalyzeBadFilesReportedAndOthersProcessed(t *testing.T) {
	p := writeArticles(t, map[string]string{
		"good.txt":  "\"Yes,\" Lopez said.\n",
		"empty.txt": "  \n",
		"bin.txt":   "abc\x00def",
	})
	missing := filepath.Join(filepath.Dir(p["good.txt"]), "missing.txt")
	out, errOut, err := runAnalyzeCmd(t, "", missing, p["empty.txt"], p["good.txt"], p["bin.txt"])
	var failed filesFailedError
	if !errors.As(err, &failed) || failed.failed != 3 || failed.total != 4 {
		t.Fatalf("err = %v, want 3 of 4 failed", err)
	}
	if n := strings.Count(out, "\n"); n != 1 || !strings.Contains(out, "good.txt") {
		t.Errorf("stdout should hold only good.txt:\n%s", out)
	}
	errLines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(errLines) != 3 {
		t.Fatalf("stderr has %d lines, want 3:\n%s", len(errLines), errOut)
	}
	for i, name := range []string{"missing.txt", "empty.txt", "bin.txt"} {
		if !strings.HasPrefix(errLines[i], "annotty: ") || !strings.Contains(errLines[i], name) {
			t.Errorf("stderr line %d = %q, want it to name %s", i, errLines[i], name)
		}
	}
}

func TestAnalyzeStdinAndTextFormat(t *testing.T) {
	out, _, err := runAnalyzeCmd(t, "National Security Adviser Jake Sullivan spoke.\n\"We act,\" Sullivan said.\n", "--format", "text", "-")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== -:", "Jake Sullivan · National Security Adviser (1 quote)", `Jake Sullivan: "We act,"`} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestAnalyzeTextEscapesControlSequences(t *testing.T) {
	out, _, err := runAnalyzeCmd(t, "\"Hi \x1b[31mthere,\" Lopez said.\n", "--format", "text", "-")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("text output carries an escape sequence: %q", out)
	}
}

func TestAnalyzeRejectsUnknownFormat(t *testing.T) {
	if _, _, err := runAnalyzeCmd(t, "", "--format", "xml", "x.txt"); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("err = %v, want unknown format", err)
	}
	if _, _, err := runAnalyzeCmd(t, ""); err == nil {
		t.Error("analyze with no files succeeded")
	}
}

// TestAnalyzeExitCode builds the binary and checks that a bad file makes it
// exit 1 after printing the good file's JSON.
func TestAnalyzeExitCode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "annotty")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	p := writeArticles(t, map[string]string{"good.txt": "\"Yes,\" Lopez said.\n"})
	cmd := exec.Command(bin, "analyze", p["good.txt"], filepath.Join(t.TempDir(), "nope.txt"))
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("exit = %v, want status 1", err)
	}
	if !strings.Contains(out.String(), `"path"`) || !strings.Contains(errOut.String(), "nope.txt") {
		t.Errorf("stdout %q stderr %q", out.String(), errOut.String())
	}
	if strings.Contains(errOut.String(), "goroutine") {
		t.Errorf("stack trace on stderr: %s", errOut.String())
	}
}

func TestAnalyzeErrorsSanitizeFileNames(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"evil\x1b]0;pwned\a.txt": "\x00binary", "ok.txt": "Fine.\n"})
	_, errOut, err := runAnalyzeCmd(t, "", dir)
	if err == nil || !strings.Contains(errOut, "binary") || strings.ContainsAny(errOut, "\x1b\a") {
		t.Errorf("analyze: %v, stderr %q", err, errOut)
	}
}

func TestErrorLineIsSanitized(t *testing.T) {
	got := errorLine(errors.New("x\x1b[2Jy.txt: no such file or directory"))
	if strings.ContainsAny(got, "\x1b") || !strings.HasPrefix(got, "annotty: x") || !strings.HasSuffix(got, "y.txt: no such file or directory\n") {
		t.Errorf("errorLine = %q", got)
	}
}
