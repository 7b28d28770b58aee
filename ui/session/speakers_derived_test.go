package session

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

// quoteFixture is a session on n sentences, each a quote; every third
// quote holds a nested one, and quotes share attributions in pairs, so a
// change of one quote's speaker can leave its mention marking the other.
func quoteFixture(t *testing.T, n int) *Session {
	t.Helper()
	var b strings.Builder
	var quotes []model.Quote
	names := []string{"Ann Park", "Bo Li", "Cem Öz"}
	var mention model.Span
	for i := range n {
		start := b.Len()
		fmt.Fprintf(&b, "\"Words %d with 'inner %d' here,\" ", i, i)
		end := b.Len() - 1
		ms := b.Len()
		fmt.Fprintf(&b, "%s said 🎉.\n", names[i%len(names)])
		if i%2 == 0 {
			mention = model.Span{Start: ms, End: ms + len(names[i%len(names)])}
		}
		q := model.Quote{Span: model.Span{Start: start, End: end}}
		if i%5 != 4 {
			q.Speaker = &model.SpeakerMention{Name: names[i%len(names)], Span: mention}
		}
		quotes = append(quotes, q)
		if i%3 == 0 {
			text := b.String()
			is := strings.Index(text[start:], "'inner") + start
			quotes = append(quotes, model.Quote{Span: model.Span{Start: is, End: strings.Index(text[is+1:], "'") + is + 2}, Depth: 1})
		}
	}
	doc, err := model.NewDocument("q.txt", []byte(b.String()), false)
	if err != nil {
		t.Fatal(err)
	}
	s := New(doc, Options{AnalysisWanted: true})
	var speakers []model.Speaker
	for _, name := range names {
		speakers = append(speakers, model.Speaker{Name: name})
	}
	s.SetAnalysis(&model.Analysis{Quotes: quotes, Speakers: speakers}, nil)
	return s
}

// derivedState is everything the speakers cache answers, for comparing a
// followed cache with a rebuilt one.
type derivedState struct {
	Speakers []string
	Moved    []bool
	List     []model.Speaker
	Renamed  map[string]string
}

// derivedNow asks s what its cache says.
func derivedNow(s *Session) derivedState {
	st := derivedState{List: s.Speakers(), Renamed: map[string]string{}}
	for i, q := range s.Analysis().Quotes {
		st.Speakers = append(st.Speakers, s.QuoteSpeaker(i))
		st.Moved = append(st.Moved, q.Speaker != nil && s.MentionReassigned(q.Speaker.Span))
	}
	for _, sp := range st.List {
		if from := s.RenamedFrom(sp.Name); from != "" {
			st.Renamed[sp.Name] = from
		}
	}
	return st
}

// TestSpeakersFollowTagChangesAsARebuildWould runs random tag changes,
// undos and redos and checks after each that the cache, updated from the
// change alone, says what a cache rebuilt from every tag says.
func TestSpeakersFollowTagChangesAsARebuildWould(t *testing.T) {
	s := quoteFixture(t, 40)
	quotes := s.Analysis().Quotes
	set := s.Set()
	rng := rand.New(rand.NewPCG(1, 14))
	names := []string{"Ann Park", "Bo Li", "Cem Öz", "Dee Roe", ""}
	derivedNow(s) // the cache exists before the first change
	followed := 0
	for step := range 400 {
		switch op := rng.IntN(10); {
		case op < 4 || set.Len() == 0:
			q := quotes[rng.IntN(len(quotes))]
			span := q.Span
			if rng.IntN(4) == 0 { // a tag over part of the quote, or over two
				span.End = min(span.End+rng.IntN(60), len(s.Document().Text))
			}
			label := "quote"
			if rng.IntN(5) == 0 {
				label = "claim"
			}
			_, _ = set.Add(model.Annotation{Label: label, Span: span, Speaker: names[rng.IntN(len(names))]})
		case op < 6:
			a := set.At(rng.IntN(set.Len()))
			_ = set.Update(a.ID, func(a *model.Annotation) {
				switch rng.IntN(3) {
				case 0:
					a.Speaker = names[rng.IntN(len(names))]
				case 1:
					a.Label = map[string]string{"quote": "claim", "claim": "quote"}[a.Label]
				default:
					a.Span = quotes[rng.IntN(len(quotes))].Span
				}
			})
		case op < 7:
			_ = set.Remove(set.At(rng.IntN(set.Len())).ID)
		case op < 9:
			set.Undo()
		default:
			set.Redo()
		}
		if s.derived.fresh {
			if _, n, ok := set.ChangedSince(s.derived.revision); ok && n <= followChanges {
				followed++
			}
		}
		got := derivedNow(s)
		rebuilt := *s
		rebuilt.derived = derivedCache{}
		if want := derivedNow(&rebuilt); !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: followed cache\n%+v\nrebuilt\n%+v", step, got, want)
		}
	}
	if followed < 300 {
		t.Fatalf("only %d of 400 changes were followed; the rest rebuilt", followed)
	}
}
