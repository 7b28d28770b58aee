package model

import "testing"

func TestAuthorSidecarNames(t *testing.T) {
	tests := []struct {
		path, article, author string
		ok                    bool
	}{
		{"a/story.txt.annotty.json", "a/story.txt", "", true},
		{"a/story.txt.annotty.ann.json", "a/story.txt", "ann", true},
		{"story.md.annotty.jean-luc-2.json", "story.md", "jean-luc-2", true},
		{"story.txt.annotty.Ann.json", "", "", false}, // not a slug we write
		{"story.txt", "", "", false},
		{".annotty.json", "", "", false},
		{"story.txt.annotty..json", "", "", false},
	}
	for _, tc := range tests {
		article, author, ok := ParseSidecarName(tc.path)
		if article != tc.article || author != tc.author || ok != tc.ok {
			t.Errorf("ParseSidecarName(%q) = %q %q %v, want %q %q %v", tc.path, article, author, ok, tc.article, tc.author, tc.ok)
		}
	}
	for author, want := range map[string]string{"Ann": "ann", "Jean Luc/../x": "jean-luc-x", "李 明": "李-明", "  ": ""} {
		if got := AuthorSlug(author); got != want {
			t.Errorf("AuthorSlug(%q) = %q, want %q", author, got, want)
		}
	}
	name := AuthorSidecarName("d/story.txt", "Mary Jo")
	if a, au, ok := ParseSidecarName(name); !ok || a != "d/story.txt" || au != "mary-jo" {
		t.Errorf("round trip of %q: %q %q %v", name, a, au, ok)
	}
}
