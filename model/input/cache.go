package input

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/annotty/annotty/model"
)

// Cache keeps fetched pages under Dir (DataDir()/pages by default): one
// folder per URL (the SHA-256 of the URL), one file per distinct content
// (the SHA-256 of the body), and latest.json naming the newest. A page is
// re-fetched on every open, and the cached copy is used when the network
// fails, so an annotated page can still be opened offline.
type Cache struct {
	// Dir is the cache's root folder.
	Dir string
}

// cacheEntry is latest.json: the newest copy of a URL.
type cacheEntry struct {
	URL         string `json:"url"`
	FinalURL    string `json:"final_url"`
	ContentType string `json:"content_type"`
	File        string `json:"file"`
	Fetched     string `json:"fetched"`
}

// DefaultCache returns the cache under the user's data folder.
func DefaultCache() (*Cache, error) {
	dir, err := model.DataDir()
	if err != nil {
		return nil, err
	}
	return &Cache{Dir: filepath.Join(dir, "pages")}, nil
}

// urlDir is the folder of one URL's copies.
func (c *Cache) urlDir(rawURL string) string {
	return filepath.Join(c.Dir, model.TextSHA256(rawURL))
}

// Put saves page's body (atomically, once per content) and records it as
// the URL's newest copy. It returns the body's path.
func (c *Cache) Put(page *Page) (string, error) {
	dir := c.urlDir(page.URL)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	name := model.TextSHA256(string(page.Body)) + ".page"
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err != nil {
		if err := model.WriteFileAtomic(path, page.Body, 0o644); err != nil {
			return "", err
		}
	}
	entry, _ := json.Marshal(cacheEntry{URL: page.URL, FinalURL: page.FinalURL, ContentType: page.ContentType,
		File: name, Fetched: time.Now().UTC().Format(time.RFC3339)})
	if err := model.WriteFileAtomic(filepath.Join(dir, "latest.json"), entry, 0o644); err != nil {
		return "", err
	}
	return path, nil
}

// Latest returns the newest cached copy of rawURL and when it was fetched.
func (c *Cache) Latest(rawURL string, maxBytes int64) (*Page, string, error) {
	dir := c.urlDir(rawURL)
	data, err := ReadFile(filepath.Join(dir, "latest.json"), 1<<20)
	if err != nil {
		return nil, "", err
	}
	var e cacheEntry
	if err := json.Unmarshal(data, &e); err != nil || e.URL != rawURL || strings.ContainsAny(e.File, `/\`) || e.File == "" {
		return nil, "", fmt.Errorf("cache entry is damaged")
	}
	path := filepath.Join(dir, e.File)
	body, err := ReadFile(path, maxBytes)
	if err != nil {
		return nil, "", err
	}
	return &Page{URL: e.URL, FinalURL: e.FinalURL, ContentType: e.ContentType, Body: body, CachePath: path}, e.Fetched, nil
}

// Get fetches rawURL; when that fails and the cache holds a copy, it
// returns the copy with a notice saying so (the fetch error in it).
func (f *Fetcher) Get(ctx context.Context, rawURL string) (page *Page, notice string, err error) {
	page, err = f.Fetch(ctx, rawURL)
	if err == nil || f.Cache == nil {
		return page, "", err
	}
	cached, fetched, cerr := f.Cache.Latest(rawURL, f.MaxBytes)
	if cerr != nil {
		return nil, "", err
	}
	return cached, fmt.Sprintf("showing the copy saved %s (%v)", fetched, err), nil
}
