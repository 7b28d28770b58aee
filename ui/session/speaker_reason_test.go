package session

import (
	"strings"
	"testing"

	"github.com/annotty/annotty/model"
)

func TestSpeakerReason(t *testing.T) {
	const text = "\"We will act,\" said Jake Sullivan. Sullivan met the president. " +
		"\"Soon,\" he said. \"Now,\" the president said. \"Yes.\" Biden spoke. \"Maybe,\" someone said.\n"
	doc, err := model.NewDocument("t.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string, nth int) model.Span {
		i := -1
		for k := 0; k <= nth; k++ {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return model.Span{Start: i, End: i + len(s)}
	}
	quote := func(q string, basis model.AttributionBasis, cue, mention string, nth int, kind model.MentionKind, name string, conf float64) model.Quote {
		out := model.Quote{Span: at(q, 0), Basis: basis, Confidence: conf}
		if cue != "" {
			c := at(cue, nth)
			out.Cue = &c
		}
		if name != "" {
			out.Speaker = &model.SpeakerMention{Name: name, Span: at(mention, nth), Kind: kind}
		}
		return out
	}
	tests := []struct {
		name string
		q    model.Quote
		want string
	}{
		{"a full name in the cue", quote(`"We will act,"`, model.BasisAdjacentCue, "said", "Jake Sullivan", 0, model.MentionName, "Jake Sullivan", 0.9),
			"named in the cue “said Jake Sullivan” · confidence 0.90"},
		{"a pronoun", quote(`"Soon,"`, model.BasisAdjacentCue, "said", "he", 1, model.MentionPronoun, "Jake Sullivan", 0.85),
			"“he” in the cue “he said” → Jake Sullivan, the person last named before it · confidence 0.85"},
		{"a role", quote(`"Now,"`, model.BasisAdjacentCue, "said", "the president", 2, model.MentionRole, "Joe Biden", 0.8),
			"“the president” in the cue “the president said” → Joe Biden, whom the article names in that role"},
		{"the subject, no speech verb", quote(`"Yes."`, model.BasisSubject, "", "Biden", 0, model.MentionName, "Joe Biden", 0.5),
			"“Biden” → Joe Biden, the subject of the sentence (no speech verb) · confidence 0.50 (a guess: check it)"},
		{"a continued quote", quote(`"Soon,"`, model.BasisContinued, "", "he", 0, model.MentionPronoun, "Jake Sullivan", 0.7),
			"continues the previous quote of the sentence, by Jake Sullivan · confidence 0.70 (check it)"},
		{"a follow-on paragraph", quote(`"Soon,"`, model.BasisParagraph, "", "he", 0, model.MentionPronoun, "Jake Sullivan", 0.55),
			"follows on from the previous paragraph's quote, by Jake Sullivan"},
		{"no speaker", quote(`"Maybe,"`, "", "said", "", 3, "", "", 0), "no speaker: evidence too weak"},
		{"set by the user", model.Quote{Span: at(`"Maybe,"`, 0), Speaker: &model.SpeakerMention{Name: "Ann Park", Span: model.Span{Start: -1, End: -1}}},
			"set by you"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SpeakerReason(doc, tc.q); !strings.HasPrefix(got, tc.want) {
				t.Errorf("got  %q\nwant %q…", got, tc.want)
			}
		})
	}
}
