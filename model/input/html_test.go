package input

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// readTestPage reads a page from testdata.
func readTestPage(t testing.TB, name string) []byte {
	t.Helper()
	data, err := ReadFile("testdata/"+name, MaxPageBytes)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestFromHTMLKeepsArticleParagraphsHeadingsAndMetadata(t *testing.T) {
	doc, err := FromHTML("article.html", readTestPage(t, "article.html"), PageOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"SCRIPT TEXT", "ANOTHER SCRIPT", "font-family", "Cookie settings", "Tide tables"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("text contains page furniture or script %q", gone)
		}
	}
	if !strings.Contains(doc.Text, "said the ferry's captain, Tomas Lind.") {
		t.Errorf("article sentence missing from:\n%s", doc.Text)
	}
	headings := map[string]int{}
	items := 0
	for i, p := range doc.Paragraphs {
		if p.Heading > 0 {
			headings[doc.ParagraphText(i)] = p.Heading
		}
		if p.ListItem {
			items++
		}
	}
	if headings["A busy first week"] != 2 { // the headline is Page.Title, not repeated in the text

		t.Errorf("headings = %v", headings)
	}
	if items != 2 {
		t.Errorf("list items = %d, want 2", items)
	}
	if got := model.SplitParagraphs(doc.Text, false); len(got) != len(doc.Paragraphs) {
		t.Errorf("paragraph index (%d) disagrees with the text's lines (%d)", len(doc.Paragraphs), len(got))
	}
	want := model.PageMeta{Title: "Harbour ferry returns after winter repairs", Byline: "Mira Okafor", Date: "2024-03-14",
		SiteName: "The Coastline Courier", URL: "https://courier.example/news/harbour-ferry-returns"}
	got := *doc.Page
	if got.Title != want.Title || got.Byline != want.Byline || got.Date != want.Date || got.SiteName != want.SiteName || got.URL != want.URL {
		t.Errorf("page meta = %+v\nwant %+v", got, want)
	}
	if got.Extractor != "go-readability "+extractorVersion || got.Notice != "" {
		t.Errorf("extractor %q, notice %q", got.Extractor, got.Notice)
	}
}

func TestFromHTMLIsDeterministic(t *testing.T) {
	data := readTestPage(t, "article.html")
	a, _ := FromHTML("a", data, PageOptions{})
	b, _ := FromHTML("a", data, PageOptions{})
	if a.SHA256() != b.SHA256() {
		t.Error("two extractions of one page differ: annotations could not re-anchor exactly")
	}
}

func TestFromHTMLDecodesDeclaredCharsets(t *testing.T) {
	cases := []struct{ file, want string }{
		{"latin1.html", "maître d'hôtel of the oldest one, José Martínez"},
		{"shift_jis.html", "船長は「エンジンを交換しました」と話しました。"},
	}
	for _, c := range cases {
		doc, err := FromHTML(c.file, readTestPage(t, c.file), PageOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if !strings.Contains(doc.Text, c.want) || doc.InvalidUTF8 != 0 {
			t.Errorf("%s: text %q (%d invalid) lacks %q", c.file, doc.Text, doc.InvalidUTF8, c.want)
		}
	}
}

func TestContentTypeCharsetWinsOverMeta(t *testing.T) {
	page := []byte("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xe9 \xfcber alles</p></body></html>")
	out, name := DecodeHTML(page, "text/html; charset=ISO-8859-1")
	if name != "windows-1252" || !strings.Contains(string(out), "Café über") {
		t.Errorf("decoded as %s: %q", name, out)
	}
	if out, name := DecodeHTML([]byte("<p>naïve</p>"), ""); name != "utf-8" || string(out) != "<p>naïve</p>" {
		t.Errorf("undeclared UTF-8 decoded as %s: %q", name, out)
	}
	if _, name := DecodeHTML([]byte("<p>na\xefve</p>"), ""); name != "windows-1252" {
		t.Errorf("undeclared non-UTF-8 decoded as %s", name)
	}
	if out, name := DecodeHTML([]byte("<meta charset=utf-16><p>plain</p>"), ""); name != "utf-8" || !strings.Contains(string(out), "plain") {
		t.Errorf("a readable page declaring UTF-16 decoded as %s: %q", name, out)
	}
}

func TestFromHTMLWithoutArticleShowsPageTextAndSaysSo(t *testing.T) {
	page := []byte("<html><head><script>var hidden = 1;</script><style>p{}</style></head><body><p>Menu</p></body></html>")
	doc, err := FromHTML("x.html", page, PageOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "Menu" || doc.Page.Notice != NoArticleNotice {
		t.Errorf("text %q, notice %q", doc.Text, doc.Page.Notice)
	}
}

func TestFromHTMLBadInput(t *testing.T) {
	cases := []struct {
		name string
		page []byte
		want error
	}{
		{"only script", []byte("<script>alert(1)</script><style>x{}</style>"), ErrNoText},
		{"empty", []byte(""), ErrNoText},
		{"binary", []byte("<p>a\x00b</p>"), model.ErrBinary},
		{"huge", []byte(strings.Repeat("<p>x</p>", MaxPageBytes/8+1)), ErrTooLarge},
	}
	for _, c := range cases {
		if _, err := FromHTML(c.name, c.page, PageOptions{}); !errors.Is(err, c.want) {
			t.Errorf("%s: err %v, want %v", c.name, err, c.want)
		}
	}
}

func TestFromHTMLStrayNULIsNotBinary(t *testing.T) {
	page := append(readTestPage(t, "article.html"), []byte(strings.Repeat(" ", binarySniffBytes)+"<!-- \x00 -->")...)
	if _, err := FromHTML("nul.html", page, PageOptions{}); err != nil {
		t.Errorf("a page with a late NUL byte: %v", err)
	}
}

func TestFromHTMLMalformedKeepsText(t *testing.T) {
	doc, err := FromHTML("m.html", readTestPage(t, "malformed.html"), PageOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Unclosed bold", "cell one cell two", "After the table, the text goes on"} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text %q lacks %q", doc.Text, want)
		}
	}
}

func TestReadFileGzipAndLimits(t *testing.T) {
	plain := readTestPage(t, "article.html")
	zipped := readTestPage(t, "article.html.gz")
	if string(plain) != string(zipped) {
		t.Error("gzip page differs from the plain one")
	}
	if _, err := ReadFile("testdata/article.html.gz", 100); !errors.Is(err, ErrTooLarge) {
		t.Errorf("uncompressed over the cap: %v", err)
	}
	if _, err := ReadFile("testdata/article.html", 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("file over the cap: %v", err)
	}
	if _, err := ReadFile("testdata", 10); err == nil || err.Error() != "is a directory" {
		t.Errorf("directory: %v", err)
	}
	bad := t.TempDir() + "/bad.html.gz"
	if err := os.WriteFile(bad, []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(bad, 1<<20); err == nil || !strings.HasPrefix(err.Error(), "not a gzip file") {
		t.Errorf("bad gzip: %v", err)
	}
}

func TestKindOf(t *testing.T) {
	cases := map[string]Kind{
		"a.html": KindHTML, "A.HTM": KindHTML, "b.xhtml.gz": KindHTML, "c.jsonl": KindJSONL,
		"c.jsonl.gz": KindJSONL, "d.md": KindMarkdown, "e.txt": KindText, "f": KindText, "g.html.txt": KindText,
	}
	for name, want := range cases {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%q) = %d, want %d", name, got, want)
		}
	}
	if !SniffHTML([]byte("\ufeff  <!DOCTYPE html><html>")) || SniffHTML([]byte("Plain <html> text")) {
		t.Error("SniffHTML")
	}
}

func TestExtractorVersionMatchesGoMod(t *testing.T) {
	gomod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(gomod), extractorModule+" "+extractorVersion+"\n") {
		t.Errorf("go.mod does not pin %s %s: update extractorVersion", extractorModule, extractorVersion)
	}
}
