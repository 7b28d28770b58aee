package model

import "strings"

// PageMeta describes where an extracted document came from: the web page's
// metadata and the extractor that produced the text. It rides on the
// Document (nil for plain text and Markdown) and is written into every
// export and the sidecar, so annotations can be re-opened on the same text.
type PageMeta struct {
	// Title is the page's headline (og:title, JSON-LD, <title>), or a dump record's title.
	Title string `json:"title,omitempty"`
	// Byline names the authors as the page gives them.
	Byline string `json:"byline,omitempty"`
	// Date is the publication date, "2006-01-02" or as the dump record gave it.
	Date string `json:"date,omitempty"`
	// SiteName is the publication (og:site_name), or a dump record's source.
	SiteName string `json:"site_name,omitempty"`
	// URL is the page's canonical URL (rel=canonical, og:url), else the URL it was fetched from.
	URL string `json:"url,omitempty"`
	// FetchedURL is the URL annotty downloaded the page from, after redirects.
	FetchedURL string `json:"fetched_url,omitempty"`
	// RecordID is a dump record's "id".
	RecordID string `json:"record_id,omitempty"`
	// Extractor names the code that turned the input into Text, with its
	// version ("go-trafilatura v1.12.2"); text taken verbatim from a dump
	// record says "jsonl-text".
	Extractor string `json:"extractor,omitempty"`
	// Notice is a warning to show the reader, such as that no article body
	// was found and the page's whole text is shown instead.
	Notice string `json:"notice,omitempty"`
}

// IsURL reports whether an input names a web page to fetch (http:// or https://).
func IsURL(p string) bool {
	lower := strings.ToLower(p)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}
