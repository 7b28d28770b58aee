package annotate

import (
	"slices"
	"testing"

	"github.com/annotty/annotty/model"
)

// TestSpeakerErrorClasses holds one or more sentences per error class of
// issue 8: the name shown must be the person, or nobody.
func TestSpeakerErrorClasses(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker []string // name shown per quote, "" for none
	}{
		// Family names shared by two people.
		{"quoted person keeps a shared family name",
			"\"We will build it,\" Gordon Hale said.\nHis wife, Petra Hale, watched from the front row.\n\"It starts Monday,\" Hale said.",
			[]string{"Gordon Hale", "Gordon Hale"}},
		{"most recently named person takes a shared family name",
			"Ruth Marsh and her son Owen Marsh run the farm.\nHis mother, Ruth Marsh, remembers the flood.\n\"It took everything,\" says Marsh.",
			[]string{"Ruth Marsh"}},
		{"gendered title picks among a shared family name",
			"\"Thank you,\" Helen Vance said.\nDaniel Vance arrived later.\n\"Not now,\" Mr. Vance said.",
			[]string{"Helen Vance", "Daniel Vance"}},

		// Pronouns and gender.
		{"she skips a man named since",
			"\"We must act,\" Margaret Olsen said.\nThe bill was drafted by Peter Grant.\n\"Now,\" she said.",
			[]string{"Margaret Olsen", "Margaret Olsen"}},
		{"he does not fall back to a woman",
			"Karen Tully chaired the meeting.\n\"It is over,\" he said.",
			[]string{""}},

		// Name boundaries: the name is the person.
		{"possessive place is an affiliation", "\"We gave ourselves a chance,\" Halifax's Bo Strand said.", []string{"Bo Strand"}},
		{"sentence opener before of", "Part of Ian Keller's job is travel. \"I love it,\" Keller said.", []string{"Ian Keller"}},
		{"body after of", "\"Markets are nervous,\" said Mei Tan of Harbor Capital.", []string{"Mei Tan"}},
		{"party and title before the name", "\"It was difficult,\" Nova Scotia Liberal MP Sean Farrow said.", []string{"Sean Farrow"}},
		{"credit-line body before a name", "\"We are proud,\" Getty Images Kevin Morrow said.", []string{"Kevin Morrow"}},
		{"stray place before a name", "\"No deal,\" Westminster Ian Blake said.", []string{"Ian Blake"}},
		{"adverb before a first name", "Finally Demi spoke. \"I am done,\" Finally Demi said.", []string{"Demi"}},
		{"appositive with inner commas",
			"\"We engage with all firms,\" Navin Rao, Minister of Industry, Science and Trade, said.",
			[]string{"Navin Rao"}},
		{"hyphenated title and family name first",
			"Vice-President Wang Lihua spoke in Davos. Wang said that \"blame will not help.\"",
			[]string{"Wang Lihua"}},

		{"party title opens the phrase of a name",
			"Republican presidential front-runner Dana Whitfield is insisting that she has \"grown the party,\" claiming credit.",
			[]string{"Dana Whitfield"}},

		{"a body before a title and a name", "\"We will vote,\" said House speaker Paul Ryland.", []string{"Paul Ryland"}},
		{"a month or modal as a family name",
			"Prime Minister Theresa Maywood met Helen May.\n\"It is done,\" Helen May said.",
			[]string{"Helen May"}},
		{"councillor, councilor, Cllr. and Coun. are one office",
			"\"We will fix the bridge,\" Councillor Aisha Brent said.\n\"It will take a year,\" the councilor added.\n\"The money is there,\" Cllr. Brent said.\n\"Soon,\" said Coun. Brent.",
			[]string{"Aisha Brent", "Aisha Brent", "Aisha Brent", "Aisha Brent"}},
		{"prime minister and PM are one speaker",
			"Prime Minister Anna Kowal spoke. \"It is done,\" the PM said. \"We go on,\" the prime minister added.",
			[]string{"Anna Kowal", "Anna Kowal"}},

		// Non-persons.
		{"her statement speaks for her",
			"\"I resign,\" Judith Kerr said.\nIn her statement, she added: \"It is time.\"\nHer statement read: \"I have no regrets.\"",
			[]string{"Judith Kerr", "Judith Kerr", "Judith Kerr"}},
		{"a statement from a body", "A statement from the Harbor Trust said \"we are saddened.\"", []string{"Harbor Trust"}},
		{"a party word alone names no one", "\"It is over,\" the Republican said.", []string{""}},
		{"a statement that names nobody", "A statement said the group was \"shocked and saddened.\"", []string{""}},
		{"an office alone is a role",
			"\"Costs will rise,\" the Parliamentary Budget Officer said.",
			[]string{"Parliamentary Budget Officer"}},
		{"a site is no speaker", "Lee Mason vented \"frustration\" on Twitter, writing \"it is unbelievable.\"", []string{"Lee Mason", "Lee Mason"}},
		{"the company after a named company",
			"Acme Corp. shares fell.\n\"We are working on a fix,\" the company said.",
			[]string{"Acme Corp."}},
		{"a news agency in a credit is not the company",
			"Acme Corp. shares fell, The Associated Press reported.\n\"We are working on a fix,\" the company said.",
			[]string{"Acme Corp."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := analyzeText(t, tt.text)
			var got []string
			for _, q := range a.Quotes {
				if q.Depth > 0 {
					continue
				}
				name := ""
				if q.Speaker != nil {
					name = q.Speaker.Name
				}
				got = append(got, name)
			}
			if !slices.Equal(got, tt.speaker) {
				t.Errorf("speakers %q, want %q (quotes %q)", got, tt.speaker, quoteTexts(doc, a))
			}
		})
	}
}

// TestSpeakerRoleAndAffiliation checks that titles and affiliations are
// kept beside the name rather than in it.
func TestSpeakerRoleAndAffiliation(t *testing.T) {
	_, a := analyzeText(t, "\"We are ready,\" National Security Adviser Jane Okafor said.\n\"We won,\" Halifax's Bo Strand said.\n\"Not yet,\" said Ms Ann Park.")
	want := map[string][2]string{"Jane Okafor": {"National Security Adviser", ""}, "Bo Strand": {"", "Halifax"}, "Ann Park": {"", ""}} // a courtesy title is no role
	if len(a.Speakers) != len(want) {
		t.Fatalf("speakers %+v, want %d", a.Speakers, len(want))
	}
	for _, s := range a.Speakers {
		w, ok := want[s.Name]
		if !ok || s.Role != w[0] || s.Affiliation != w[1] {
			t.Errorf("speaker %q role %q affiliation %q, want %q", s.Name, s.Role, s.Affiliation, w)
		}
		if len(s.Mentions) == 0 {
			t.Errorf("speaker %q has no mentions", s.Name)
		}
	}
}

// TestConfidenceFollowsEvidence checks that the confidence of a quote says
// how sure the speaker is: a full name beats a lone word, a checked pronoun
// beats an ambiguous one, a role alone stays low.
func TestConfidenceFollowsEvidence(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		atLeast   float64 // confidence of the last quote is within [atLeast, below)
		below     float64
		wantBasis model.AttributionBasis
	}{
		{"full name, adjacent cue", "\"We are ready,\" Maria Lopez said.", 0.9, 1.01, model.BasisAdjacentCue},
		{"lone word never given in full", "\"We are ready,\" Kessler said.", 0, 0.8, model.BasisAdjacentCue},
		{"checked pronoun, one candidate", "Maria Lopez spoke first.\n\"We are ready,\" she said.", 0.8, 1.01, model.BasisAdjacentCue},
		{"pronoun with a rival", "Maria Lopez arrived. Ana Ruiz arrived later.\n\"We are ready,\" she said.", 0, 0.8, model.BasisAdjacentCue},
		{"role alone", "\"We are ready,\" a spokesman said.", 0, 0.5, model.BasisAdjacentCue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, a := analyzeText(t, tt.text)
			if len(a.Quotes) == 0 || a.Quotes[len(a.Quotes)-1].Speaker == nil {
				t.Fatalf("no attributed quote: %+v", a.Quotes)
			}
			q := a.Quotes[len(a.Quotes)-1]
			if q.Confidence < tt.atLeast || q.Confidence >= tt.below || q.Basis != tt.wantBasis {
				t.Errorf("confidence %v basis %q, want [%v, %v) and %q", q.Confidence, q.Basis, tt.atLeast, tt.below, tt.wantBasis)
			}
		})
	}
}

// TestFollowOnAfterReportedSpeech checks that a paragraph that is one
// quotation continues the speaker of reported speech just before it.
func TestFollowOnAfterReportedSpeech(t *testing.T) {
	_, a := analyzeText(t, "Marie Dalton says she wants the board to listen to students.\n\n\"When my kids come home upset, nothing helps.\"\n\nThe board meets in May.\n\n\"We will see.\"")
	if len(a.Quotes) != 2 {
		t.Fatalf("quotes %+v, want 2", a.Quotes)
	}
	if s := a.Quotes[0].Speaker; s == nil || s.Name != "Marie Dalton" || a.Quotes[0].Basis != model.BasisParagraph {
		t.Errorf("follow-on quote speaker %+v basis %q, want Marie Dalton from the previous paragraph", s, a.Quotes[0].Basis)
	}
	if s := a.Quotes[1].Speaker; s != nil {
		t.Errorf("quote after narration got speaker %+v, want none", s)
	}
}

// TestNoSpeakerFromFurniture checks that a caption line gives no speaker and
// no pronoun referent.
func TestNoSpeakerFromFurniture(t *testing.T) {
	_, a := analyzeText(t, "\"We will stay,\" Maria Lopez said.\n\nImage copyright Getty Images Image caption John Baker said \"never\"\n\n\"We are ready,\" he said.")
	var got []string
	for _, q := range a.Quotes {
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		got = append(got, name)
	}
	if want := []string{"Maria Lopez", "", ""}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}
