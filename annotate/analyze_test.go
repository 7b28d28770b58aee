package annotate

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

func TestAnalyzeContextProgressAndCancel(t *testing.T) {
	text := strings.Repeat("\"We are ready,\" Lopez said. The city council met on Monday.\n", 20000)
	doc, err := model.NewDocument("big.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	var calls, last, total int
	a, err := AnalyzeContext(context.Background(), doc, func(done, all int) {
		if done < last {
			t.Errorf("progress went back from %d to %d", last, done)
		}
		calls, last, total = calls+1, done, all
	})
	if err != nil || a == nil {
		t.Fatalf("AnalyzeContext: %v", err)
	}
	if calls < 2 || last != total {
		t.Errorf("progress called %d times, last %d of %d", calls, last, total)
	}
	if len(a.Quotes) != 20000 {
		t.Errorf("got %d quotes, want 20000", len(a.Quotes))
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := AnalyzeContext(ctx, doc, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled analysis returned %v, want context.Canceled", err)
	}
}

func TestAnalyzeMarkdown(t *testing.T) {
	doc, err := model.NewDocument("a.md", []byte("# Title\n\n\"We are ready,\" Lopez\nsaid on Monday.\n\nSign up for our newsletter\n"), true)
	if err != nil {
		t.Fatal(err)
	}
	a := Analyze(doc)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker == nil || a.Quotes[0].Speaker.Name != "Lopez" {
		t.Errorf("quotes = %+v", a.Quotes)
	}
	if len(a.Promos) != 1 || a.Promos[0].Kind != model.PromoCallToAction {
		t.Errorf("promos = %+v", a.Promos)
	}
}
