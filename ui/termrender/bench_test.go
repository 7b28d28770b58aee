package termrender

import (
	"strings"
	"testing"
)

// styledFrame is a 100x40 frame like the reader's: 39 lines of styled
// prose starting at line `from` of an endless text, and a status line.
func styledFrame(from int, status string) string {
	words := []string{"council", "\x1b[1;33mbudget\x1b[0m", "harbour", "東京", "naïve", "said", "\x1b[4mMonday\x1b[0m", "protest"}
	var b strings.Builder
	for row := range 39 {
		b.WriteString("          ")
		for w := range 11 {
			b.WriteString(words[(from+row+w)%len(words)])
			b.WriteByte(' ')
		}
		b.WriteByte('\n')
	}
	b.WriteString("\x1b[7m article.txt · NORMAL " + status + strings.Repeat(" ", 60) + "\x1b[0m")
	return b.String()
}

// BenchmarkFrameWrite measures the bytes a frame costs to make after a
// key (the writer goroutine's work, the terminal write aside): a scroll
// changes every line, a status message one, an unchanged frame none, and
// a resize repaints all. It asserts nothing about time.
func BenchmarkFrameWrite(b *testing.B) {
	frames := [2][2]string{
		{styledFrame(0, "1 quote"), styledFrame(1, "1 quote")},  // j then k
		{styledFrame(0, "1 quote"), styledFrame(0, "2 quotes")}, // the status line
	}
	cases := []struct {
		name   string
		frames [2]string
		resize bool
	}{
		{"scroll", frames[0], false},
		{"status line", frames[1], false},
		{"unchanged", [2]string{frames[0][0], frames[0][0]}, false},
		{"resize", frames[0], true},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			r := NewRenderer(nil, false)
			r.Resize(100, 40)
			var buf []byte
			b.ReportAllocs()
			for i := range b.N {
				if c.resize {
					r.Resize(100, 40)
				}
				r.Write(c.frames[i%2])
				buf = r.takeFrame(buf[:0])
			}
			b.SetBytes(int64(len(buf)))
		})
	}
}
