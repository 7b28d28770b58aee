package input

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// charsetScanBytes is how far into a page a <meta charset> is looked for when
// it is not in the first 1024 bytes (where the HTML standard wants it).
const charsetScanBytes = 64 << 10

// metaCharset finds a charset declared in a <meta> tag, either form:
// <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// DecodeHTML converts a page's bytes to UTF-8 by the charset it declares: a
// byte-order mark, then the HTTP Content-Type (contentType, may be empty),
// then a <meta> declaration. An undeclared page is UTF-8 when it is valid
// UTF-8, else Windows-1252 (what browsers assume). It returns the text and
// the charset's name.
func DecodeHTML(data []byte, contentType string) ([]byte, string) {
	enc, name := declaredEncoding(data, contentType)
	if enc == nil {
		if utf8.Valid(data) {
			return data, "utf-8"
		}
		enc, name = charmap.Windows1252, "windows-1252"
	}
	if enc == encoding.Nop || name == "utf-8" {
		return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), "utf-8"
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return data, "utf-8" // cannot happen with x/text decoders; keep the bytes (invalid ones become U+FFFD)
	}
	return out, name
}

// declaredEncoding returns the encoding the page declares, or nil.
func declaredEncoding(data []byte, contentType string) (encoding.Encoding, string) {
	if enc, name, certain := charset.DetermineEncoding(data, contentType); certain {
		return enc, name
	}
	head := data[:min(len(data), charsetScanBytes)]
	if m := metaCharset.FindSubmatch(head); m != nil {
		if enc, name := charset.Lookup(string(m[1])); enc != nil {
			if strings.HasPrefix(name, "utf-16") {
				return encoding.Nop, "utf-8" // a page that could be read to its <meta> is not UTF-16 (as the HTML standard says)
			}
			return enc, name
		}
	}
	return nil, ""
}
