package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// scaleCorpus writes n records (every 97th one bad) and returns its path.
func scaleCorpus(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		if i%97 == 96 {
			b.WriteString("{\"id\": " + fmt.Sprint(i) + ", \"text\": 5}\n")
			continue
		}
		fmt.Fprintf(&b, `{"id":%d,"text":"Officials met. \"We will talk about item %d,\" Zoë Park told reporters. 👩‍👩‍👧 北京 Cafe\u0301.\n\n\"Not yet,\" she said."}`+"\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// buildAnnotty builds the binary into a temporary folder.
func buildAnnotty(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "annotty")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runPipeline runs name args with the corpus on standard input and returns standard output.
func runPipeline(t *testing.T, corpus, name string, args ...string) []byte {
	t.Helper()
	in, err := os.Open(corpus)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	cmd := exec.Command(name, args...)
	cmd.Stdin = in
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, errOut.String())
	}
	return out.Bytes()
}

// gnuParallel returns the GNU parallel binary, or why the test must skip.
func gnuParallel() (string, string) {
	path, err := exec.LookPath("parallel")
	if err != nil {
		return "", "GNU parallel is not installed (.ci/run installs Debian's parallel package)"
	}
	out, _ := exec.Command(path, "--version").Output()
	if !bytes.Contains(out, []byte("GNU parallel")) {
		return "", path + " is not GNU parallel (moreutils has a different parallel)"
	}
	return path, ""
}

// daskPython returns a Python interpreter that can import dask.bag, or why the test must skip.
func daskPython() (string, string) {
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(py, "-c", "import dask.bag").Run() == nil {
			return py, ""
		}
	}
	return "", "no python3 with dask (.ci/run installs Debian's python3-dask)"
}

func TestScaleRecipesMatchASingleProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds annotty and runs external engines")
	}
	bin := buildAnnotty(t)
	corpus := scaleCorpus(t, 3000)
	single := runPipeline(t, corpus, bin, "analyze", "--input", "jsonl", "--jobs", "1", "-")
	if n := bytes.Count(single, []byte("\n")); n != 3000 || bytes.Count(single, []byte(`"error"`)) != 3000/97 {
		t.Fatalf("single process: %d lines", n)
	}
	t.Run("GNU parallel --pipe", func(t *testing.T) {
		parallel, why := gnuParallel()
		if parallel == "" {
			t.Skip(why)
		}
		got := runPipeline(t, corpus, parallel, "--will-cite", "--pipe", "--keep-order", "--block", "64k", "-j", "2",
			bin, "analyze", "--input", "jsonl", "--jobs", "1", "-")
		if !bytes.Equal(got, single) {
			t.Errorf("parallel output (%d bytes) differs from a single process (%d bytes)", len(got), len(single))
		}
	})
	t.Run("Dask bag map_partitions", func(t *testing.T) {
		python, why := daskPython()
		if python == "" {
			t.Skip(why)
		}
		out := filepath.Join(t.TempDir(), "dask.jsonl")
		cmd := exec.Command(python, "docs/scale/dask_analyze.py", bin, corpus, out, "65536", "processes")
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("dask: %v\n%s", err, msg)
		} else if !strings.Contains(string(msg), "3000 records in") || strings.Contains(string(msg), " in 1 partitions") {
			t.Errorf("dask did not split the corpus: %s", msg)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, single) {
			t.Errorf("dask output (%d bytes) differs from a single process (%d bytes)", len(got), len(single))
		}
	})
}
