package input

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Fetch limits.
const (
	// FetchTimeout bounds a whole download, connection to last byte.
	FetchTimeout = 20 * time.Second
	// MaxRedirects is how many redirects a fetch follows.
	MaxRedirects = 5
)

// Fetcher downloads web pages. The zero value is not usable; NewFetcher
// sets the limits, and tests swap Client for an httptest server's.
type Fetcher struct {
	// Client makes the requests; its CheckRedirect is replaced to bound redirects.
	Client *http.Client
	// Timeout bounds one fetch.
	Timeout time.Duration
	// MaxBytes bounds the body.
	MaxBytes int64
	// Cache, when set, keeps fetched pages (see Cache).
	Cache *Cache
	// UserAgent is sent with each request.
	UserAgent string
}

// NewFetcher returns a Fetcher with annotty's limits and the given cache (may be nil).
func NewFetcher(cache *Cache) *Fetcher {
	return &Fetcher{Client: &http.Client{}, Timeout: FetchTimeout, MaxBytes: MaxPageBytes, Cache: cache,
		UserAgent: "annotty (terminal article reader)"}
}

// Page is a downloaded page.
type Page struct {
	// URL is what was asked for; FinalURL where the page was found after redirects.
	URL, FinalURL string
	// ContentType is the response's media type with its parameters (charset).
	ContentType string
	// Body is the page's bytes as served (gzip transfer encoding undone).
	Body []byte
	// CachePath is where the page was cached ("" when not cached).
	CachePath string
}

// IsHTML reports whether the page was served as HTML (or looks like it).
func (p *Page) IsHTML() bool {
	media, _, _ := mime.ParseMediaType(p.ContentType)
	return media == "text/html" || media == "application/xhtml+xml" || SniffHTML(p.Body)
}

// errTooManyRedirects stops a redirect loop.
var errTooManyRedirects = fmt.Errorf("more than %d redirects", MaxRedirects)

// Fetch downloads rawURL: http or https only, at most MaxRedirects redirects,
// Timeout for everything, MaxBytes of body, and only text/html or text/plain
// (and XHTML). Errors are one line each and start with the reason, never a
// Go stack of wrapped URLs. A successful page is saved to the cache; when
// the network fails, a cached copy is not used silently: the error says so.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New("not an http or https URL")
	}
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, errors.New("not a valid URL")
	}
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/plain;q=0.8")
	if f.UserAgent != "" {
		req.Header.Set("User-Agent", f.UserAgent)
	}
	client := *f.Client
	client.CheckRedirect = func(_ *http.Request, via []*http.Request) error {
		if len(via) > MaxRedirects {
			return errTooManyRedirects
		}
		return nil
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchReason(ctx, err, f.Timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("the server answered %s", resp.Status)
	}
	page := &Page{URL: rawURL, FinalURL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type")}
	media, _, _ := mime.ParseMediaType(page.ContentType)
	switch media {
	case "text/html", "application/xhtml+xml", "text/plain", "":
	default:
		return nil, fmt.Errorf("the server sent %s, not a web page or text", media)
	}
	if resp.ContentLength > f.MaxBytes {
		return nil, sizeError(f.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		return nil, fetchReason(ctx, err, f.Timeout)
	}
	if int64(len(body)) > f.MaxBytes {
		return nil, sizeError(f.MaxBytes)
	}
	page.Body = body
	if f.Cache != nil {
		page.CachePath, _ = f.Cache.Put(page) // a cache that cannot be written only costs a download
	}
	return page, nil
}

// fetchReason turns a client error into one line a user understands.
func fetchReason(ctx context.Context, err error, timeout time.Duration) error {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.Is(err, errTooManyRedirects):
		return fmt.Errorf("gave up after %d redirects (a redirect loop?)", MaxRedirects)
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("no complete answer within %s", timeout)
	case errors.Is(err, context.Canceled):
		return errors.New("cancelled")
	case errors.As(err, &dnsErr):
		return fmt.Errorf("cannot find the server %s", dnsErr.Name)
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return fmt.Errorf("cannot connect to the server (%v)", opErr.Err)
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	return fmt.Errorf("download failed: %s", strings.TrimSpace(err.Error()))
}
