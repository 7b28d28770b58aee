package model

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestNewDocumentRejectsBadInput(t *testing.T) {
	if _, err := NewDocument("e.txt", []byte(" \n\t\n"), false); !errors.Is(err, ErrEmpty) {
		t.Fatalf("blank file: err = %v, want ErrEmpty", err)
	}
	if _, err := NewDocument("b.bin", []byte("PK\x03\x04\x00\x00"), false); !errors.Is(err, ErrBinary) {
		t.Fatalf("binary file: err = %v, want ErrBinary", err)
	}
}

func TestNewDocumentReplacesInvalidUTF8(t *testing.T) {
	doc, err := NewDocument("x.txt", []byte("ok \xff\xfe bad\nnext"), false)
	if err != nil {
		t.Fatal(err)
	}
	if doc.InvalidUTF8 != 2 || !strings.Contains(doc.Text, "ok \uFFFD\uFFFD bad") {
		t.Fatalf("InvalidUTF8 = %d, text %q", doc.InvalidUTF8, doc.Text)
	}
	if len(doc.Paragraphs) != 2 || doc.ParagraphText(1) != "next" {
		t.Fatalf("paragraphs = %+v", doc.Paragraphs)
	}
}

func TestParagraphAt(t *testing.T) {
	doc, _ := NewDocument("x.txt", []byte("aa\n\nbb\ncc"), false)
	for off, want := range map[int]int{0: 0, 1: 0, 3: 1, 4: 1, 6: 1, 7: 2, 9: 2, 100: 2} {
		if got := doc.ParagraphAt(off); got != want {
			t.Errorf("ParagraphAt(%d) = %d, want %d", off, got, want)
		}
	}
}

func TestIsMarkdownPath(t *testing.T) {
	if !IsMarkdownPath("a/B.MD") || !IsMarkdownPath("x.markdown") || IsMarkdownPath("x.txt") {
		t.Fatal("IsMarkdownPath wrong")
	}
}

// BenchmarkNewDocument10MB loads 10 MB with single and with blank-line
// paragraph breaks; B/op is the paragraph index (the text is not copied).
func BenchmarkNewDocument10MB(b *testing.B) {
	for _, sep := range []string{"\n", "\n\n"} {
		data := []byte(strings.Repeat("A paragraph of news text with a \"quote\" in it, said the reporter."+sep, 10<<20/68))
		b.Run(fmt.Sprintf("breaks=%d", len(sep)), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewDocument("big.txt", data, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestDocumentSHA256(t *testing.T) {
	for _, text := range []string{"plain\n", "😀 记者 e\u0301\n"} {
		doc, _ := NewDocument("d.txt", []byte(text), false)
		want := TextSHA256(text)
		if got := doc.SHA256(); got != want || len(got) != 64 {
			t.Errorf("SHA256(%q) = %q, want %q", text, got, want)
		}
		if doc.SHA256() != want {
			t.Errorf("cached SHA256 differs")
		}
	}
	if got := TextSHA256(""); got != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("TextSHA256(\"\") = %s", got)
	}
}

func TestIsFilePath(t *testing.T) {
	for p, want := range map[string]bool{"": false, "-": false, "sample:fox.txt": false, "a.txt": true, "/x/-": true, "./sample:x": true} {
		if got := IsFilePath(p); got != want {
			t.Errorf("IsFilePath(%q) = %v, want %v", p, got, want)
		}
	}
}
