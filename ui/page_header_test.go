package ui

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

const pageText = "The council voted on Tuesday to keep the harbour ferry running for another year.\n\n" +
	"\"We cannot let the island be cut off,\" said Maria Lopez, the mayor.\n"

// pageDoc is pageText as if extracted from a saved page with metadata.
func pageDoc(t *testing.T, notice string) *model.Document {
	t.Helper()
	doc := mustDoc(t, "harbour.html", pageText)
	doc.Page = &model.PageMeta{
		Title: "Ferry saved for a year \x1b]0;pwned\x07after council vote", Byline: "Ann Lee", Date: "2024-05-01",
		SiteName: "The Harbour Post", URL: "https://example.com/news/ferry-saved", Notice: notice,
	}
	return doc
}

func TestPageHeaderLines(t *testing.T) {
	tests := []struct {
		name string
		page *model.PageMeta
		want []string
	}{
		{"plain file", nil, nil},
		{"everything", &model.PageMeta{Title: "T", Byline: "B", Date: "D", SiteName: "S", URL: "U"}, []string{"T", "B · D · S", "U"}},
		{"only a site and a URL", &model.PageMeta{SiteName: " S ", URL: "U"}, []string{"S", "U"}},
		{"blank fields", &model.PageMeta{Title: "  ", Byline: "\t"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range pageHeader(tc.page) {
				got = append(got, l.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("header %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPageNoticeInFirstFrame(t *testing.T) {
	m := sized(pageDoc(t, "no article body found: showing the page's text"), 100, 20)
	s := screen(m)
	if !strings.Contains(s, "no article body found") {
		t.Errorf("the first frame does not show the notice:\n%s", s)
	}
	if !strings.Contains(s, "Ferry saved for a year") || strings.Contains(m.View(), "\x1b]0;") {
		t.Errorf("the header is missing or not sanitized:\n%s", s)
	}
	if m.article.TopOffset() != 0 || m.doc.Text[:3] != "The" {
		t.Error("the header changed the text's offsets")
	}
}

// An extracted page: the metadata above the text, the notice in the status line.
func TestGoldenPageHeader(t *testing.T) {
	runGolden(t, pageDoc(t, "cached copy of 2024-05-02"), 80, 24)
	runGolden(t, pageDoc(t, "cached copy of 2024-05-02"), 120, 40)
}
