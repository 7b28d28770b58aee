package input

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/annotty/annotty/model"
	"golang.org/x/net/html"
)

// MaxPageBytes bounds an HTML page (after gzip is undone): extraction keeps
// two copies of the page's tree, so a bigger page is refused with a clear
// message rather than exhausting memory.
const MaxPageBytes = 32 << 20

// extractorModule is the extraction library's module path (for its version).
const extractorModule = "codeberg.org/readeck/go-readability/v2"

// extractorVersion is the version of extractorModule in go.mod.
const extractorVersion = "v2.1.1"

// NoArticleNotice is the PageMeta.Notice of a page whose article body the
// extractor could not find: the document holds the page's whole text.
const NoArticleNotice = "no article body found in the page; showing all of its text"

// binarySniffBytes is how much of a page is looked at for NUL bytes, the
// sign of an image or archive named .html; a stray NUL further on is only
// replaced, as browsers do.
const binarySniffBytes = 8 << 10

// minArticleRunes is the shortest text taken as an article body (the
// threshold go-trafilatura uses, Config.MinExtractedSize); below it the
// page's whole text is shown instead, with NoArticleNotice.
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

// FromHTML extracts the article of an HTML page with go-readability and
// returns it as a Document: paragraphs and headings kept, one per line with
// blank lines between, the page's metadata in doc.Page. The page is decoded
// by its declared charset. When no article body is found the document holds
// the page's whole visible text and doc.Page.Notice says so.
func FromHTML(path string, data []byte, opts PageOptions) (*model.Document, error) {
	if len(data) > MaxPageBytes {
		return nil, sizeError(MaxPageBytes)
	}
	if bytes.IndexByte(data[:min(len(data), binarySniffBytes)], 0) >= 0 && !looksUTF16(data) {
		return nil, model.ErrBinary
	}
	utf8Page, _ := DecodeHTML(data, opts.ContentType)
	if err := checkNestingDepth(utf8Page); err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(utf8Page))
	if err != nil {
		return nil, fmt.Errorf("cannot parse the page: %v", err) // html.Parse only fails on read errors
	}
	page := &model.PageMeta{FetchedURL: opts.FetchedURL, Extractor: ExtractorName(), URL: canonicalURL(root)}
	var blocks []block
	var pageURL *url.URL
	if u, err := url.Parse(firstNonEmpty(page.URL, opts.FetchedURL)); err == nil && u.IsAbs() {
		pageURL = u
	}
	parser := readability.NewParser()
	if article, err := parser.ParseDocument(root, pageURL); err == nil {
		fillMeta(page, article)
		if article.Node != nil {
			blocks = nodeBlocks(article.Node)
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

// fillMeta copies the extractor's page metadata into page.
func fillMeta(page *model.PageMeta, a readability.Article) {
	page.Title = oneLine(a.Title())
	page.Byline = oneLine(a.Byline())
	page.SiteName = oneLine(a.SiteName())
	if t, err := a.PublishedTime(); err == nil && !t.IsZero() {
		page.Date = t.Format("2006-01-02")
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
// records it ("go-readability v2.1.1"), so a text that changes after an
// upgrade is explained.
func ExtractorName() string { return extractorName() }

// extractorName reads the library's version from the binary's build info
// (test binaries have none: then the version pinned in go.mod, which a test
// keeps in step), once.
var extractorName = sync.OnceValue(func() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == extractorModule {
				return "go-readability " + dep.Version
			}
		}
	}
	return "go-readability " + extractorVersion
})

// blocksLen counts the code points of blocks' text.
func blocksLen(blocks []block) int {
	n := 0
	for _, b := range blocks {
		n += utf8.RuneCountInString(b.text)
	}
	return n
}
