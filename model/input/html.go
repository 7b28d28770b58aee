package input

import (
	"bytes"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// MaxPageBytes bounds an HTML page (after gzip is undone): extraction keeps
// several copies of the page's tree, so a bigger page is refused with a
// clear message rather than exhausting memory.
const MaxPageBytes = 32 << 20

// trafilaturaModule is the extraction library's module path (for its version).
const trafilaturaModule = "github.com/markusmobius/go-trafilatura"

// NoArticleNotice is the PageMeta.Notice of a page whose article body the
// extractor could not find: the document holds the page's whole text.
const NoArticleNotice = "no article body found in the page; showing all of its text"

// minArticleRunes is the shortest text taken as an article body (the
// extractor's own threshold, Config.MinExtractedSize); below it the page's
// whole text is shown instead, with NoArticleNotice.
const minArticleRunes = 250

// ErrNoText is returned for a page that has no readable text at all.
var ErrNoText = errors.New("page has no readable text")

// PageOptions describe where an HTML page came from.
type PageOptions struct {
	// ContentType is the HTTP Content-Type header the page was served with (its charset wins).
	ContentType string
	// FetchedURL is the URL the page was downloaded from, if it was.
	FetchedURL string
}

// FromHTML extracts the article of an HTML page with go-trafilatura and
// returns it as a Document: paragraphs and headings kept, one per line with
// blank lines between, the page's metadata in doc.Page. The page is decoded
// by its declared charset. When no article body is found the document holds
// the page's whole visible text and doc.Page.Notice says so.
func FromHTML(path string, data []byte, opts PageOptions) (*model.Document, error) {
	if len(data) > MaxPageBytes {
		return nil, sizeError(MaxPageBytes)
	}
	if bytes.IndexByte(data, 0) >= 0 && !looksUTF16(data) {
		return nil, model.ErrBinary
	}
	utf8Page, _ := DecodeHTML(data, opts.ContentType)
	root, err := html.Parse(bytes.NewReader(utf8Page))
	if err != nil {
		return nil, fmt.Errorf("cannot parse the page: %v", err) // html.Parse only fails on read errors
	}
	page := &model.PageMeta{FetchedURL: opts.FetchedURL, Extractor: ExtractorName()}
	var blocks []block
	result, err := trafilatura.ExtractDocument(root, trafilaturaOptions())
	if err == nil && result != nil {
		fillMeta(page, result.Metadata)
		if result.ContentNode != nil {
			blocks = nodeBlocks(result.ContentNode)
		}
	}
	if blocksLen(blocks) < minArticleRunes {
		if all := nodeBlocks(root); blocksLen(all) >= blocksLen(blocks) {
			blocks, page.Notice = all, NoArticleNotice
		}
	}
	if len(blocks) == 0 {
		return nil, ErrNoText
	}
	if page.URL == "" {
		page.URL = opts.FetchedURL
	}
	return blocksDocument(path, blocks, page)
}

// trafilaturaOptions is how annotty runs the extractor: the article without
// comments, favouring precision, with the readability and dom-distiller
// fallbacks (docs/inputs.md has the measurements behind this choice).
func trafilaturaOptions() trafilatura.Options {
	return trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		Focus:           trafilatura.FavorPrecision,
		HtmlDateMode:    trafilatura.Fast,
	}
}

// fillMeta copies the extractor's page metadata into page.
func fillMeta(page *model.PageMeta, m trafilatura.Metadata) {
	page.Title = oneLine(m.Title)
	page.Byline = oneLine(m.Author)
	page.SiteName = oneLine(m.Sitename)
	page.URL = oneLine(m.URL)
	if !m.Date.IsZero() {
		page.Date = m.Date.Format("2006-01-02")
	}
}

// oneLine collapses the whitespace of a metadata value.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// looksUTF16 reports whether data starts with a UTF-16 byte-order mark (its
// NUL bytes are text, not a sign of a binary file).
func looksUTF16(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
}

// ExtractorName names the HTML extractor and its version as the sidecar
// records it ("go-trafilatura v1.12.2"), so a text that changes after an
// upgrade is explained.
func ExtractorName() string { return extractorName() }

// extractorName reads the library's version from the binary's build info, once.
var extractorName = sync.OnceValue(func() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == trafilaturaModule {
				return "go-trafilatura " + dep.Version
			}
		}
	}
	return "go-trafilatura (version unknown)"
})

// blocksLen counts the code points of blocks' text.
func blocksLen(blocks []block) int {
	n := 0
	for _, b := range blocks {
		n += utf8.RuneCountInString(b.text)
	}
	return n
}
