package termrender

import (
	"strings"
	"testing"
)

// frames drives one screen through a sequence of frames; each step says
// the bytes the terminal must receive.
func TestAppendFrame(t *testing.T) {
	type step struct {
		frame         string
		width, height int
		forget        bool // a resize came before this frame
		want          string
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"first frame: every line, tails erased, cursor at the last line's start", []step{
			{frame: "one\ntwo\nthree", width: 10, height: 3,
				want: "\x1b[H" + "one\x1b[K\r\n" + "two\x1b[K\r\n" + "three\x1b[K" + "\x1b[3;H"},
		}},
		{"a one-line change rewrites only that line", []step{
			{frame: "one\ntwo\nthree", width: 10, height: 3, want: "\x1b[H" + "one\x1b[K\r\ntwo\x1b[K\r\nthree\x1b[K\x1b[3;H"},
			{frame: "one\nTWO\nthree", width: 10, height: 3, want: "\x1b[H" + "\n" + "TWO\x1b[K\r\n" + "\x1b[3;H"},
		}},
		{"a change on the last line", []step{
			{frame: "a\nb", width: 5, height: 2, want: "\x1b[Ha\x1b[K\r\nb\x1b[K\x1b[2;H"},
			{frame: "a\nc", width: 5, height: 2, want: "\x1b[H\nc\x1b[K\x1b[2;H"},
		}},
		{"a resize repaints every line, and the screen below a short frame", []step{
			{frame: "a\nb", width: 5, height: 2, want: "\x1b[Ha\x1b[K\r\nb\x1b[K\x1b[2;H"},
			{frame: "a\nb", width: 8, height: 4, forget: true,
				want: "\x1b[H" + "a\x1b[K\r\nb\x1b[K" + "\x1b[3;H\x1b[J" + "\x1b[2;H"},
		}},
		{"a shorter frame erases what the longer one left below it", []step{
			{frame: "a\nb\nc", width: 5, height: 3, want: "\x1b[Ha\x1b[K\r\nb\x1b[K\r\nc\x1b[K\x1b[3;H"},
			{frame: "a", width: 5, height: 3, want: "\x1b[H" + "\x1b[2;H\x1b[J" + "\x1b[H"},
		}},
		{"lines past the bottom are dropped from the top", []step{
			{frame: "1\n2\n3", width: 5, height: 2, want: "\x1b[H2\x1b[K\r\n3\x1b[K\x1b[2;H"},
		}},
		{"a wide line is cut to the width, and a full one keeps its last cell", []step{
			{frame: "abcdefgh\n東京東京", width: 4, height: 2, want: "\x1b[H" + "abcd" + "\r\n" + "東京" + "\x1b[2;H"},
		}},
		{"a terminal that says 0x0: nothing is cut", []step{
			{frame: "abcdef\nxy", want: "\x1b[Habcdef\x1b[K\r\nxy\x1b[K\x1b[2;H"},
		}},
		{"styles count no width; a cut keeps the escapes", []step{
			{frame: "\x1b[1mab\x1b[0m", width: 3, height: 1, want: "\x1b[H\x1b[1mab\x1b[0m\x1b[K\x1b[H"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s screen
			for i, st := range tt.steps {
				if st.forget {
					s.forget()
				}
				got := string(s.appendFrame(nil, st.frame, st.width, st.height))
				if got != st.want {
					t.Fatalf("step %d: wrote\n%q\nwant\n%q", i, got, st.want)
				}
			}
		})
	}
}

// appendFrame appends: the caller's buffer is kept and reused.
func TestAppendFrameAppends(t *testing.T) {
	var s screen
	got := string(s.appendFrame([]byte("head:"), "x", 3, 1))
	if !strings.HasPrefix(got, "head:\x1b[H") {
		t.Fatalf("got %q", got)
	}
}
