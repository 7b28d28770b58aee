package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/input"
	"github.com/annotty/annotty/samples"
)

// maxInputBytes bounds what annotty reads from one file or standard input.
const maxInputBytes = 1 << 30

// openArticle opens the one article named by arg (see loadInput). A dump
// opens its first record unless arg names one ("dump.jsonl#KEY"); its other
// records are for corpus mode, analyze and export.
func openArticle(arg string, stdin io.Reader) (*model.Document, error) {
	return openArticleInto(arg, stdin, nil)
}

// openArticleInto is openArticle reading a text or Markdown file into a
// buffer from alloc (nil: the heap; the reader's one article goes outside
// it, see articleBuffer).
func openArticleInto(arg string, stdin io.Reader, alloc func(size int) []byte) (*model.Document, error) {
	loaded, err := loadInputInto(context.Background(), arg, stdin, alloc)
	if err != nil {
		return nil, err
	}
	doc := loaded.Docs[0]
	if n := len(loaded.Problems); n > 0 { // the reader shows the document's notice
		if doc.Page == nil {
			doc.Page = &model.PageMeta{}
		}
		doc.Page.Notice = strings.TrimPrefix(fmt.Sprintf("%s; %d dump lines skipped, first %v", doc.Page.Notice, n, loaded.Problems[0]), "; ")
	}
	return doc, nil
}

// loadInput reads what arg names: "" for the bundled sample, "sample:NAME",
// "-" for standard input (HTML when it starts like a page), an http(s) URL,
// a file (text, Markdown, .html/.htm/.xhtml, .jsonl; each also .gz), or one
// record of a dump as "dump.jsonl#KEY". Errors read "<arg>: <reason>", one line.
func loadInput(ctx context.Context, arg string, stdin io.Reader) (input.Loaded, error) {
	return loadInputInto(ctx, arg, stdin, nil)
}

// loadInputInto is loadInput with a text or Markdown file read into a
// buffer from alloc (nil: the heap).
func loadInputInto(ctx context.Context, arg string, stdin io.Reader, alloc func(size int) []byte) (input.Loaded, error) {
	loaded, err := loadInputData(ctx, arg, stdin, alloc)
	if err != nil {
		return input.Loaded{}, fmt.Errorf("%s: %w", articleName(arg), err)
	}
	return loaded, nil
}

// loadInputData is loadInputInto without the name prefix on errors.
func loadInputData(ctx context.Context, arg string, stdin io.Reader, alloc func(size int) []byte) (input.Loaded, error) {
	switch {
	case arg == "":
		return sampleInput(samples.Default)
	case strings.HasPrefix(arg, "sample:"):
		return sampleInput(strings.TrimPrefix(arg, "sample:"))
	case arg == "-":
		data, err := io.ReadAll(io.LimitReader(stdin, maxInputBytes+1))
		if err != nil {
			return input.Loaded{}, err
		}
		if len(data) > maxInputBytes {
			return input.Loaded{}, fmt.Errorf("larger than %d MB", maxInputBytes>>20)
		}
		kind := input.KindText
		if input.SniffHTML(data) {
			kind = input.KindHTML
		}
		return input.Documents("-", kind, data, input.PageOptions{})
	case model.IsURL(arg):
		return urlInput(ctx, arg)
	}
	if dump, key, ok := dumpRecordArg(arg); ok {
		return dumpRecordInput(dump, key)
	}
	kind := input.KindOf(arg)
	limit := int64(maxInputBytes)
	if kind == input.KindHTML {
		limit = input.MaxPageBytes
	}
	if kind != input.KindText && kind != input.KindMarkdown {
		alloc = nil // pages and dumps are rewritten: their bytes must be collectable
	}
	data, err := input.ReadFileInto(arg, limit, alloc)
	if err != nil {
		return input.Loaded{}, err
	}
	return input.Documents(arg, kind, data, input.PageOptions{})
}

// sampleInput opens a bundled sample.
func sampleInput(name string) (input.Loaded, error) {
	data, err := samples.Read(name)
	if err != nil {
		return input.Loaded{}, fmt.Errorf("no such sample (have %s)", strings.Join(samples.Names(), ", "))
	}
	return input.Documents("sample:"+name, input.KindOf(name), data, input.PageOptions{})
}

// urlInput fetches a page (or its cached copy when the network fails) and
// extracts it; the document's Path is the URL.
func urlInput(ctx context.Context, rawURL string) (input.Loaded, error) {
	cache, _ := input.DefaultCache() // no data folder: fetch without caching
	page, notice, err := input.NewFetcher(cache).Get(ctx, rawURL)
	if err != nil {
		return input.Loaded{}, err
	}
	kind := input.KindText
	if page.IsHTML() {
		kind = input.KindHTML
	}
	loaded, err := input.Documents(rawURL, kind, page.Body, input.PageOptions{ContentType: page.ContentType, FetchedURL: page.FinalURL})
	if err != nil {
		return input.Loaded{}, err
	}
	doc := loaded.Docs[0]
	if doc.Page == nil {
		doc.Page = &model.PageMeta{URL: page.FinalURL, FetchedURL: page.FinalURL, Extractor: "text/plain"}
	}
	if notice != "" {
		doc.Page.Notice = strings.TrimPrefix(doc.Page.Notice+"; "+notice, "; ")
	}
	return loaded, nil
}

// dumpRecordArg splits "dump.jsonl#KEY" when no file has that exact name.
func dumpRecordArg(arg string) (dump, key string, ok bool) {
	i := strings.LastIndexByte(arg, '#')
	if i <= 0 || input.KindOf(arg[:i]) != input.KindJSONL {
		return "", "", false
	}
	if _, err := os.Stat(arg); err == nil {
		return "", "", false
	}
	return arg[:i], arg[i+1:], true
}

// dumpRecordInput opens the record KEY of a dump.
func dumpRecordInput(dump, key string) (input.Loaded, error) {
	data, err := input.ReadFile(dump, maxInputBytes)
	if err != nil {
		return input.Loaded{}, err
	}
	loaded, err := input.Documents(dump, input.KindJSONL, data, input.PageOptions{})
	if err != nil {
		return input.Loaded{}, err
	}
	for _, doc := range loaded.Docs {
		if doc.Path == dump+"#"+key {
			return input.Loaded{Docs: []*model.Document{doc}}, nil
		}
	}
	return input.Loaded{}, fmt.Errorf("no record %q (records are named by their id, else L and their line number)", key)
}

// articleName names the input in error messages.
func articleName(arg string) string {
	if arg == "" {
		return "sample:" + samples.Default
	}
	return arg
}
