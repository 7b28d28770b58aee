package theme

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Article text is untrusted: a file may carry escape sequences that would
// move the cursor, retitle the window or worse. Nothing from the document
// reaches the terminal without passing through SafeCluster.

// replacementChar is drawn for characters that must not reach the terminal
// and have no control picture of their own (C1 controls, bidi overrides).
const replacementChar = "\uFFFD"

// SafeCluster returns what to draw for one grapheme cluster and its width in
// cells. C0 controls and DEL become their Unicode control pictures (ESC shows
// as ␛), C1 controls, bidi embeddings/overrides/isolates and line or
// paragraph separators become �, other invisible format characters (BOM,
// zero-width space, LRM) are dropped. Tabs are the caller's business.
func SafeCluster(cluster string, width int) (string, int) {
	if len(cluster) == 1 {
		c := cluster[0]
		switch {
		case c >= 0x20 && c < 0x7f:
			return cluster, 1
		case c == 0x7f:
			return "\u2421", 1
		case c < 0x20:
			return controlPictures[c], 1
		}
	}
	safe := true
	for _, r := range cluster {
		if UnsafeRune(r) {
			safe = false
			break
		}
	}
	if safe {
		return cluster, width
	}
	// A cluster holding a control is rare (controls are clusters of their
	// own, except CR LF): map it rune by rune.
	var b strings.Builder
	w := 0
	for _, r := range cluster {
		s, rw := safeRune(r)
		b.WriteString(s)
		w += rw
	}
	return b.String(), w
}

// UnsafeRune reports whether r must not be written to a terminal as is.
func UnsafeRune(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == utf8.RuneError ||
		r == '\u2028' || r == '\u2029' || (r != '\u200d' && r != '\u200c' && unicode.Is(unicode.Cf, r))
}

// safeRune maps one rune that may be unsafe to a drawable string and width.
func safeRune(r rune) (string, int) {
	switch {
	case r < 0x20:
		return controlPictures[r], 1
	case r == 0x7f:
		return "\u2421", 1
	case r >= 0x80 && r <= 0x9f, r == utf8.RuneError, r == '\u2028', r == '\u2029', isBidiControl(r):
		return replacementChar, 1
	case r != '\u200d' && r != '\u200c' && unicode.Is(unicode.Cf, r):
		return "", 0
	}
	s := string(r)
	return s, ansi.StringWidth(s)
}

// isBidiControl reports the embedding, override and isolate controls that can
// reorder what the reader sees ("Trojan source").
func isBidiControl(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// controlPictures maps each C0 control to its U+2400 control picture.
var controlPictures = func() [0x20]string {
	var p [0x20]string
	for i := range p {
		p[i] = string(rune(0x2400 + i))
	}
	return p
}()

// Sanitize returns s made safe to draw on one terminal line: every control
// and format character is replaced or dropped as in the article pane, tabs
// become one space. Use it for anything derived from the document or the
// command line (file names, outline entries, messages).
func Sanitize(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		cluster, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if cluster == "" { // cannot happen for non-empty input; be safe
			cluster = s[:1]
		}
		s = s[len(cluster):]
		if cluster == "\t" {
			b.WriteByte(' ')
			continue
		}
		out, _ := SafeCluster(cluster, w)
		b.WriteString(out)
	}
	return b.String()
}

// isPlainASCII reports whether s holds only printable ASCII.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// EscapeMarkdown backslash-escapes the punctuation that Markdown would read
// as markup, so article text renders literally. (Glamour prints the
// backslash of other escapes, such as \", so those are left alone.)
func EscapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune("\\`*_[]()<>#+-.!|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
