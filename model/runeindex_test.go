package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRuneIndexRoundTrip(t *testing.T) {
	// Emoji with ZWJ, CJK, a combining mark, ASCII: every rune boundary must map both ways.
	text := "Ahoj 👩‍👩‍👧 世界 café e\u0301 end"
	idx := NewRuneIndex(text)
	if idx.Len() != utf8.RuneCountInString(text) {
		t.Fatalf("Len = %d, want %d", idx.Len(), utf8.RuneCountInString(text))
	}
	r := 0
	for b := range text {
		if got := idx.RuneOffset(b); got != r {
			t.Fatalf("RuneOffset(%d) = %d, want %d", b, got, r)
		}
		if got := idx.ByteOffset(r); got != b {
			t.Fatalf("ByteOffset(%d) = %d, want %d", r, got, b)
		}
		r++
	}
	if idx.RuneOffset(len(text)) != r || idx.ByteOffset(r) != len(text) {
		t.Fatal("end offsets wrong")
	}
}

func TestRuneIndexAcrossCheckpoints(t *testing.T) {
	text := strings.Repeat("ab世🙂", 5000) // spans many checkpoints with mixed widths
	idx := NewRuneIndex(text)
	runes := []rune(text)
	for _, r := range []int{0, 1, 4095, 4096, 4097, 9999, len(runes) - 1, len(runes)} {
		b := idx.ByteOffset(r)
		if got := utf8.RuneCountInString(text[:b]); got != r {
			t.Fatalf("ByteOffset(%d) = %d which holds %d runes", r, b, got)
		}
		if got := idx.RuneOffset(b); got != r {
			t.Fatalf("RuneOffset(ByteOffset(%d)) = %d", r, got)
		}
	}
}

func TestRuneOffsetInsideRune(t *testing.T) {
	idx := NewRuneIndex("a世b")
	if got := idx.RuneOffset(2); got != 1 { // byte 2 is inside 世 (bytes 1..3)
		t.Fatalf("RuneOffset inside rune = %d, want 1", got)
	}
}

func FuzzRuneIndex(f *testing.F) {
	f.Add("héllo 世界 🙂", 3)
	f.Fuzz(func(t *testing.T, text string, r int) {
		text = strings.ToValidUTF8(text, "?")
		idx := NewRuneIndex(text)
		b := idx.ByteOffset(r)
		if b < 0 || b > len(text) || !utf8.ValidString(text[:b]) {
			t.Fatalf("ByteOffset(%d) = %d not a boundary of %q", r, b, text)
		}
		want := r
		if want < 0 {
			want = 0
		}
		if n := utf8.RuneCountInString(text); want > n {
			want = n
		}
		if got := idx.RuneOffset(b); got != want {
			t.Fatalf("RuneOffset(ByteOffset(%d)) = %d, want %d", r, got, want)
		}
	})
}

func BenchmarkNewRuneIndex10MB(b *testing.B) {
	text := strings.Repeat("The president said “we share the goal” — 世界 🙂.\n", 10<<20/60)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		NewRuneIndex(text)
	}
}

// naiveRuneOffset counts the runes of text that end at or before byte b.
func naiveRuneOffset(text string, b int) int {
	n := 0
	for p := 0; p < min(b, len(text)); n++ {
		_, size := utf8.DecodeRuneInString(text[p:])
		if p += size; p > b {
			break
		}
	}
	return n
}

// FuzzRuneOffsetEveryByte checks RuneOffset at every byte offset, inside
// runes and in invalid UTF-8 too, against a decode from the start.
func FuzzRuneOffsetEveryByte(f *testing.F) {
	f.Add(strings.Repeat("ab世🙂e\u0301", 60))
	f.Add(strings.Repeat("x", 255) + "世\xe4\xb8" + strings.Repeat("🙂\x80", 70))
	f.Fuzz(func(t *testing.T, text string) {
		idx := NewRuneIndex(text)
		for b := -1; b <= len(text)+1; b++ {
			if got, want := idx.RuneOffset(b), naiveRuneOffset(text, b); got != want {
				t.Fatalf("RuneOffset(%d) = %d, want %d in %q", b, got, want, text)
			}
		}
	})
}
