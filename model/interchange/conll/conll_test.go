package conll

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange"
	"github.com/annotty/annotty/model/interchange/interchangetest"
)

func TestTokens(t *testing.T) {
	doc, _ := model.NewDocument("t.txt", []byte("\"We go,\" Zoë said. Cafe\u0301 👩‍👩‍👧 北京!\n\nU.S. well-known"), false)
	var got [][]string
	for _, s := range Tokens(doc) {
		var words []string
		for _, tok := range s {
			words = append(words, doc.Text[tok.Start:tok.End])
		}
		got = append(got, words)
	}
	want := [][]string{{`"`, "We", "go", ",", `"`, "Zoë", "said", "."}, {"Cafe\u0301", "👩‍👩‍👧", "北", "京", "!"}, {"U.S.", "well-known"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

func TestEncodeTagsAndReportsOverlaps(t *testing.T) {
	doc := interchangetest.Document(t)
	out, dropped := Encode(model.NewAnnotationFile(interchangetest.Set(t, doc), interchangetest.Detections(t)), doc, nil)
	text := string(out)
	if !strings.HasPrefix(text, DocStart+"\n\n") {
		t.Errorf("no -DOCSTART- header:\n%s", text)
	}
	for _, want := range []string{
		"\" -X- _ B-quote\nWe -X- _ I-quote\nwelcome -X- _ I-quote\n👩‍👩‍👧 -X- _ I-quote\nfamilies -X- _ I-quote\n, -X- _ I-quote\n\" -X- _ I-quote\n",
		"Mayor -X- _ B-speaker-mention\nZoë -X- _ I-speaker-mention\nPark -X- _ I-speaker-mention\ntold -X- _ B-cue\nreporters -X- _ I-cue\non -X- _ O\n",
		"“ -X- _ B-claim\n欢 -X- _ I-claim\n", "Cafe\u0301 -X- _ B-fact-check\nowner -X- _ I-fact-check\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing\n%s\nin\n%s", want, text)
		}
	}
	if len(dropped) != 1 || dropped[0] != (Dropped{"speaker", "Zoë Park"}) {
		t.Errorf("dropped %+v, want the speaker span nested in the speaker mention", dropped)
	}
	if strings.Contains(text, "北京市长") || strings.Count(text, "B-quote") != 2 {
		t.Errorf("detections must not be tagged")
	}
	only, dropped := Encode(model.NewAnnotationFile(interchangetest.Set(t, doc), nil), doc, []string{"speaker"})
	if len(dropped) != 0 || strings.Count(string(only), "B-") != 1 || !strings.Contains(string(only), "Zoë -X- _ B-speaker\nPark -X- _ I-speaker\n") {
		t.Errorf("--labels speaker:\n%s", only)
	}
}

func TestRoundTripOfNonOverlappingSpans(t *testing.T) {
	doc := interchangetest.Document(t)
	full := interchangetest.Set(t, doc)
	set := model.NewAnnotationSet(doc, model.SetOptions{Author: "t"})
	for _, a := range full.All() {
		if a.Label != "speaker" { // nested in the speaker mention: one tag column cannot hold it
			a.ID, a.SpeakerMention, a.Cue = "", model.LinkedSpan{}, model.LinkedSpan{}
			if _, err := set.Add(a); err != nil {
				t.Fatal(err)
			}
		}
	}
	interchangetest.RoundTrip(t, set, interchangetest.Carries{},
		func(f *model.AnnotationFile, _ string) []byte { out, _ := Encode(f, doc, nil); return out }, Decode)
}

func TestDecodeProblems(t *testing.T) {
	const article = "Ann met Bob in 北京."
	tests := []struct {
		name, data string
		want       []interchange.Entity
		err        string
		text       string // default: article
	}{
		{"IOB1 start", DocStart + "\n\nAnn -X- _ I-PER\nmet -X- _ O\nBob _ B-PER\n", []interchange.Entity{{ID: "token1", Label: "PER", Start: 0, End: 3}, {ID: "token3", Label: "PER", Start: 8, End: 11}}, "", ""},
		{"two columns, CJK", "北 B-LOC\n京 I-LOC\n. O", []interchange.Entity{{ID: "token1", Label: "LOC", Start: 15, End: 17}}, "", ""},
		{"label change", "Ann B-A\nmet I-B", []interchange.Entity{{ID: "token1", Label: "A", Start: 0, End: 3}, {ID: "token2", Label: "B", Start: 4, End: 7}}, "", ""},
		{"second document ignored", "Ann B-A\n" + DocStart + "\n" + DocStart + "\nBob B-B", []interchange.Entity{{ID: "token1", Label: "A", Start: 0, End: 3}}, "", ""},
		{"token not in text", "Zed B-A", nil, "not in the article", ""},
		{"tokens out of order", "Bob O\nAnn O", nil, "not in the article", ""},
		{"bad tag", "Ann X-A", nil, "not O, B-LABEL", ""},
		{"no tag", "Ann", nil, "no tag column", ""},
		{"empty", "\n\n", nil, "no token lines", ""},
		// The layout Label Studio's converter writes (its test_create_tokens_and_tags_with_eol_tag case).
		{"label studio converter", "-DOCSTART- -X- O\nI -X- _ O\nneed -X- _ O\na -X- _ O\nbreak -X- _ B-Person\nplease -X- _ O\n\n",
			[]interchange.Entity{{ID: "token4", Label: "Person", Start: 9, End: 14}}, "", "I need a break\nplease"},
	}
	for _, tt := range tests {
		text := article
		if tt.text != "" {
			text = tt.text
		}
		g, _, err := Decode([]byte(tt.data), text)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err %v, want ~%q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(g.Entities, tt.want) {
			t.Errorf("%s: %v %+v", tt.name, err, g.Entities)
		}
	}
}

func FuzzDecode(f *testing.F) {
	doc := interchangetest.Document(f)
	seed, _ := Encode(model.NewAnnotationFile(interchangetest.Set(f, doc), nil), doc, nil)
	f.Add(seed)
	f.Add([]byte("Family I-x\n👩‍👩‍👧 B-y\n-DOCSTART- -X- -X- O\nday O"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if g, _, err := Decode(data, doc.Text); err == nil {
			interchangetest.CheckImport(t, g, doc)
		}
	})
}
