package model

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestW3CPage(t *testing.T) {
	set := exportTestSet(t)
	text := set.Document().Text
	i := strings.Index(text, "on Monday")
	page := NewW3CPage(NewAnnotationFile(set, []Detection{{Kind: DetectionPromo, Span: Span{i, i + 9}, Confidence: 1}}))
	data, err := json.Marshal(page)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Context string `json:"@context"`
		Type    string
		Items   []struct {
			ID, Type, Motivation string
			Creator              struct{ Name string }
			Body                 []struct{ Type, Purpose, Value, Source string }
			Target               struct {
				Source   string
				Selector []map[string]any
			}
		}
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if m.Context != W3CContext || m.Type != "AnnotationPage" || len(m.Items) != 8 {
		t.Fatalf("page header %q %q, %d items", m.Context, m.Type, len(m.Items))
	}
	runes := []rune(text)
	for _, it := range m.Items {
		if it.Type != "Annotation" || !strings.HasPrefix(it.ID, "urn:annotty:") {
			t.Errorf("item %q type %q", it.ID, it.Type)
		}
		if !strings.HasPrefix(it.Target.Source, "file:///") || !strings.HasSuffix(it.Target.Source, "/news/mayor.txt") {
			t.Errorf("target source %q", it.Target.Source)
		}
		if it.Motivation == "linking" {
			continue // checked below
		}
		if len(it.Body) == 0 || it.Body[0].Purpose != "tagging" || it.Body[0].Type != "TextualBody" {
			t.Errorf("first body must be the tagging label: %+v", it.Body)
		}
		sel := it.Target.Selector
		if len(sel) != 2 || sel[0]["type"] != "TextQuoteSelector" || sel[1]["type"] != "TextPositionSelector" {
			t.Fatalf("selectors %+v", sel)
		}
		start, end := int(sel[1]["start"].(float64)), int(sel[1]["end"].(float64))
		if string(runes[start:end]) != sel[0]["exact"] {
			t.Errorf("position selector [%d,%d) does not hold %q", start, end, sel[0]["exact"])
		}
	}
	quote := m.Items[0]
	if quote.Motivation != "commenting" || len(quote.Body) != 3 || quote.Body[1].Value != "line one\nline two" || quote.Body[2].Value != "speaker: the mayor" || quote.Creator.Name != "zoë" {
		t.Errorf("quote with note and speaker: %+v", quote)
	}
	if m.Items[1].Motivation != "tagging" {
		t.Errorf("an annotation without a note is tagging: %q", m.Items[1].Motivation)
	}
	// The accepted quote (items[4]) is followed by its speaker and cue links.
	accepted := m.Items[4]
	for i, want := range []struct{ role, exact string }{{"speaker", "Zoë"}, {"cue", "said"}} {
		link := m.Items[5+i]
		if link.Motivation != "linking" || link.ID != accepted.ID+"/"+want.role || len(link.Body) != 2 ||
			link.Body[0].Type != "SpecificResource" || link.Body[0].Purpose != "linking" || link.Body[0].Source != accepted.ID ||
			link.Body[1].Purpose != "tagging" || link.Body[1].Value != want.role {
			t.Errorf("%s link: %+v", want.role, link)
		}
		if sel := link.Target.Selector; len(sel) != 2 || sel[0]["exact"] != want.exact {
			t.Errorf("%s link target: %+v", want.role, sel)
		}
	}
	if last := m.Items[7]; last.Body[1].Value != "unreviewed automatic detection" {
		t.Errorf("detection not marked unreviewed: %+v", last.Body)
	}
}

func TestDocumentIRI(t *testing.T) {
	if got := DocumentIRI("-", "abc"); got != "urn:annotty:sha256:abc" {
		t.Errorf("stdin: %s", got)
	}
	if got := DocumentIRI("/tmp/a b#1.txt", "abc"); got != "file:///tmp/a%20b%231.txt" {
		t.Errorf("file: %s", got)
	}
}
