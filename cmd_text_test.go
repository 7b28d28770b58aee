package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runTextCmd runs `text args...` in process and returns stdout, stderr and the error.
func runTextCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	return runCommand(newTextCmd(), stdin, args...)
}

func TestTextPrintsTheExtractedArticle(t *testing.T) {
	out, errOut, err := runTextCmd(t, "", "testdata/page.html")
	if err != nil || errOut != "" {
		t.Fatalf("err %v, stderr %q", err, errOut)
	}
	// The headline is page metadata, not body text.
	if !strings.HasPrefix(out, "The town library will stay open") || strings.Contains(out, "SECRET_SCRIPT") {
		t.Errorf("out:\n%s", out)
	}
	if !strings.Contains(out, "Sign up for our newsletter") {
		t.Errorf("without --no-promos the promo line is shown:\n%s", out)
	}
	clean, _, err := runTextCmd(t, "", "--no-promos", "testdata/page.html")
	if err != nil || strings.Contains(clean, "Sign up") || !strings.Contains(clean, "Priya Natarajan") {
		t.Errorf("--no-promos: %v\n%s", err, clean)
	}
	stdin, _ := os.ReadFile("testdata/page.html")
	fromStdin, _, err := runTextCmd(t, string(stdin), "-")
	if err != nil || fromStdin != out {
		t.Errorf("a page on standard input is not extracted: %v\n%s", err, fromStdin)
	}
}

func TestTextFetchesAURL(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	page, _ := os.ReadFile("testdata/page.html")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	out, _, err := runTextCmd(t, "", srv.URL+"/library")
	if err != nil || !strings.Contains(out, "Priya Natarajan") {
		t.Fatalf("err %v\n%s", err, out)
	}
	cached, _ := filepath.Glob(filepath.Join(os.Getenv("XDG_DATA_HOME"), "annotty", "pages", "*", "*.page"))
	if len(cached) != 1 {
		t.Errorf("cached pages: %v", cached)
	}
	_, _, err = runTextCmd(t, "", "http://127.0.0.1:1/nothing-listens")
	if err == nil || !strings.HasPrefix(err.Error(), "http://127.0.0.1:1/nothing-listens: cannot connect") {
		t.Errorf("err = %v", err)
	}
}

func TestAnalyzeAndExportTakeDumpsAndPages(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "dump.jsonl")
	os.WriteFile(dump, []byte(`{"id":"a","text":"\"Yes,\" Lopez said."}`+"\nnot json\n"+`{"id":"b","title":"B","text":"Plain text."}`+"\n"), 0o644)
	out, errOut, err := runAnalyzeCmd(t, "", dump, "testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut, "dump.jsonl: line 2: not JSON") {
		t.Errorf("stderr %q", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	var page struct {
		Path string
		Page struct {
			Title, Byline, URL string
			SiteName           string `json:"site_name"`
		}
	}
	json.Unmarshal([]byte(lines[2]), &page)
	if page.Page.Title != "Library opens late on Fridays" || page.Page.SiteName != "Valley Post" ||
		page.Page.URL != "https://valley.example/library-late" || page.Page.Byline != "Sam Reyes" {
		t.Errorf("page metadata: %+v", page)
	}
	var o exportOptions
	o.format = "json"
	var stdout, stderr bytes.Buffer
	if err := runExport(nil, &stdout, &stderr, dump, o); err == nil || !strings.Contains(err.Error(), "holds 2 articles: export one as "+dump+"#a") {
		t.Errorf("export of a whole dump as json: %v", err)
	}
	if err := runExport(nil, &stdout, &stderr, dump+"#b", o); err != nil || !strings.Contains(stdout.String(), `"path": "`+dump+`#b"`) {
		t.Errorf("export of one record: %v\n%s", err, stdout.String())
	}
}

func TestCorpusTakesPagesAndDumps(t *testing.T) {
	dir := t.TempDir()
	page, _ := os.ReadFile("testdata/page.html")
	os.WriteFile(filepath.Join(dir, "page.html"), page, 0o644)
	os.WriteFile(filepath.Join(dir, "dump.jsonl"), []byte(`{"id":"a","text":"One."}`+"\n[1]\n"+`{"text":"Two."}`+"\n"), 0o644)
	c, err := openCorpus([]string{dir}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range c.Entries() {
		got = append(got, e.Path+"|"+e.Problem)
		if e.Problem != "" {
			continue
		}
		doc, err := c.Load(e)
		if err != nil || doc.Page == nil {
			t.Errorf("%s: %v", e.Path, err)
		}
	}
	want := "dump.jsonl#L2|line 2: not a JSON object dump.jsonl#L3| dump.jsonl#a| page.html|"
	if strings.Join(got, " ") != want {
		t.Errorf("entries %q\nwant %q", strings.Join(got, " "), want)
	}
}
