package input

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// testFetcher returns a Fetcher with short limits and a cache in a temp dir.
func testFetcher(t *testing.T) *Fetcher {
	f := NewFetcher(&Cache{Dir: t.TempDir()})
	f.Timeout = 2 * time.Second
	f.MaxBytes = 1 << 16
	return f
}

func TestFetchServesPagesAndRefusesTheRest(t *testing.T) {
	page := readTestPage(t, "article.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/story", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("<p>x</p>", 1<<14)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := testFetcher(t)
	f.Client = srv.Client()

	got, err := f.Fetch(context.Background(), srv.URL+"/moved")
	if err != nil {
		t.Fatal(err)
	}
	if got.FinalURL != srv.URL+"/story" || !got.IsHTML() || string(got.Body) != string(page) || got.CachePath == "" {
		t.Errorf("fetched %+v", got.FinalURL)
	}

	f.Timeout = 300 * time.Millisecond
	cases := []struct{ path, want string }{
		{"/loop", "gave up after 5 redirects"},
		{"/image", "the server sent image/png"},
		{"/huge", "larger than 65536 bytes"},
		{"/missing", "the server answered 404 Not Found"},
		{"/slow", "no complete answer within 300ms"},
	}
	for _, c := range cases {
		start := time.Now()
		_, err := f.Fetch(context.Background(), srv.URL+c.path)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err %v, want %q", c.path, err, c.want)
		}
		if time.Since(start) > 5*time.Second {
			t.Errorf("%s: took %v", c.path, time.Since(start))
		}
	}
	for _, bad := range []string{"ftp://x/y", "http://", "https//x"} {
		if _, err := f.Fetch(context.Background(), bad); err == nil {
			t.Errorf("%s fetched", bad)
		}
	}
}

func TestFetchUnreachableServer(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/gone"
	srv.Close() // nothing listens there any more
	f := testFetcher(t)
	_, err := f.Fetch(context.Background(), url)
	if err == nil || !strings.HasPrefix(err.Error(), "cannot connect to the server") {
		t.Errorf("err = %v", err)
	}
}

func TestGetFallsBackToTheCachedCopy(t *testing.T) {
	up := true
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !up {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		fmt.Fprint(w, "<p>caf\xe9</p>")
	}))
	defer srv.Close()
	f := testFetcher(t)
	f.Client = srv.Client()
	if _, notice, err := f.Get(context.Background(), srv.URL); err != nil || notice != "" {
		t.Fatalf("first get: %v %q", err, notice)
	}
	up = false
	page, notice, err := f.Get(context.Background(), srv.URL)
	if err != nil || string(page.Body) != "<p>caf\xe9</p>" || page.ContentType != "text/html; charset=iso-8859-1" {
		t.Fatalf("cached get: %v %+v", err, page)
	}
	if !strings.HasPrefix(notice, "showing the copy saved ") || !strings.Contains(notice, "503") {
		t.Errorf("notice %q", notice)
	}
	f.Cache = &Cache{Dir: t.TempDir()} // an empty cache: the network error stands
	if _, _, err := f.Get(context.Background(), srv.URL); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("err = %v", err)
	}
}
