package model

import (
	"fmt"
	"net/url"
	"path/filepath"
)

// W3CContext is the JSON-LD context of the W3C Web Annotation data model.
const W3CContext = "http://www.w3.org/ns/anno.jsonld"

// W3CPage is `export --format w3c`: an AnnotationPage of W3C Web Annotations.
type W3CPage struct {
	Context string          `json:"@context"`
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Label   string          `json:"label,omitempty"`
	Items   []W3CAnnotation `json:"items"`
}

// W3CAnnotation is one Web Annotation: tagging/commenting bodies on a text target.
type W3CAnnotation struct {
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	Motivation string    `json:"motivation"`
	Created    string    `json:"created,omitempty"`
	Modified   string    `json:"modified,omitempty"`
	Creator    *W3CAgent `json:"creator,omitempty"`
	// Body holds W3CBody values and, on a linking annotation, a W3CLinkBody.
	Body   []any     `json:"body"`
	Target W3CTarget `json:"target"`
}

// W3CLinkBody is the body of a "linking" annotation: the annotation (by its
// IRI) that the target passage is linked to.
type W3CLinkBody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Source  string `json:"source"`
}

// W3CAgent is an annotation's creator.
type W3CAgent struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

// W3CBody is a TextualBody: the label (purpose tagging), the note
// (commenting) or the speaker and review state (describing).
type W3CBody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value"`
	Format  string `json:"format"`
}

// W3CTarget is the annotated document and the selectors locating the passage.
type W3CTarget struct {
	Source   string `json:"source"`
	Selector []any  `json:"selector"`
	// Scope is the web page the extracted text came from (its canonical URL).
	Scope string `json:"scope,omitempty"`
}

// W3CTextQuoteSelector selects text by its exact content and context.
type W3CTextQuoteSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

// W3CTextPositionSelector selects text by code-point offsets (end exclusive).
type W3CTextPositionSelector struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// NewW3CPage converts a native file to W3C Web Annotations. Orphans and
// unconfirmed re-anchored tags (whose stored quote is not the text at their
// offsets) carry only a TextQuoteSelector; unreviewed detections get a
// "describing" body saying so. A quote's speaker mention and cue each follow
// it as a "linking" annotation whose target is the linked passage and whose
// body is the quote's IRI.
func NewW3CPage(f *AnnotationFile) W3CPage {
	source := DocumentIRI(f.Document.Path, f.Document.SHA256)
	page := W3CPage{
		Context: W3CContext, Type: "AnnotationPage", Label: f.Document.Title,
		ID:    "urn:annotty:annotations:" + f.Document.SHA256,
		Items: []W3CAnnotation{},
	}
	for _, a := range f.Annotations {
		w := W3CAnnotation{
			ID: W3CAnnotationIRI(a.ID), Type: "Annotation", Motivation: "tagging",
			Created: a.Created, Modified: a.Updated,
			Body:   []any{textBody("tagging", a.Label)},
			Target: w3cTarget(source, a.Text, a.Prefix, a.Suffix, a.Start, a.End, !a.Orphan && !a.Reanchored),
		}
		if a.Author != "" {
			w.Creator = &W3CAgent{Type: "Person", Name: a.Author}
		}
		if a.Note != "" {
			w.Motivation = "commenting"
			w.Body = append(w.Body, textBody("commenting", a.Note))
		}
		if a.Speaker != "" {
			w.Body = append(w.Body, textBody("describing", "speaker: "+a.Speaker))
		}
		page.Items = append(page.Items, w)
		for _, role := range LinkRoles {
			if l := a.Link(role); l != nil {
				page.Items = append(page.Items, w3cLink(w, source, role, l, !a.Orphan))
			}
		}
	}
	for i, d := range f.Detections {
		w := W3CAnnotation{
			ID: fmt.Sprintf("urn:annotty:detection:%s:%d", f.Document.SHA256[:min(12, len(f.Document.SHA256))], i+1), Type: "Annotation", Motivation: "tagging",
			Body:   []any{textBody("tagging", d.Label), textBody("describing", "unreviewed automatic detection")},
			Target: w3cTarget(source, d.Text, "", "", d.Start, d.End, true),
		}
		if d.Speaker != "" {
			w.Body = append(w.Body, textBody("describing", "speaker: "+d.Speaker))
		}
		page.Items = append(page.Items, w)
		for _, role := range LinkRoles {
			if l := d.Link(role); l != nil {
				page.Items = append(page.Items, w3cLink(w, source, role, l, true))
			}
		}
	}
	if f.Document.Page != nil && f.Document.Page.URL != "" {
		for i := range page.Items {
			page.Items[i].Target.Scope = f.Document.Page.URL
		}
	}
	return page
}

// W3CAnnotationIRI is the IRI of annotation id in W3C exports.
func W3CAnnotationIRI(id string) string { return "urn:annotty:annotation:" + id }

// w3cLink builds the linking annotation tying passage l to annotation of:
// target l, body the IRI of "of" plus a tagging body naming the role.
func w3cLink(of W3CAnnotation, source string, role LinkRole, l *LinkRecord, placed bool) W3CAnnotation {
	return W3CAnnotation{
		ID: of.ID + "/" + string(role), Type: "Annotation", Motivation: "linking",
		Created: of.Created, Modified: of.Modified, Creator: of.Creator,
		Body: []any{
			W3CLinkBody{Type: "SpecificResource", Purpose: "linking", Source: of.ID},
			textBody("tagging", string(role)),
		},
		Target: w3cTarget(source, l.Text, "", "", l.Start, l.End, placed),
	}
}

// textBody builds a plain-text TextualBody with a purpose.
func textBody(purpose, value string) W3CBody {
	return W3CBody{Type: "TextualBody", Purpose: purpose, Value: value, Format: "text/plain"}
}

// w3cTarget builds a target with a TextQuoteSelector and, when placed, a TextPositionSelector.
func w3cTarget(source, exact, prefix, suffix string, start, end int, placed bool) W3CTarget {
	t := W3CTarget{Source: source, Selector: []any{
		W3CTextQuoteSelector{Type: "TextQuoteSelector", Exact: exact, Prefix: prefix, Suffix: suffix},
	}}
	if placed {
		t.Selector = append(t.Selector, W3CTextPositionSelector{Type: "TextPositionSelector", Start: start, End: end})
	}
	return t
}

// DocumentIRI names a document for W3C targets: a file:// URL for a file
// path, else urn:annotty:sha256:<hex> (standard input, bundled samples).
func DocumentIRI(path, sha string) string {
	if !IsFilePath(path) {
		return "urn:annotty:sha256:" + sha
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "urn:annotty:sha256:" + sha
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	return u.String()
}
