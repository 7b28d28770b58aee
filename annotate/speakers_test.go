package annotate

import "testing"

func TestSpeakerAttribution(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker []string // canonical name per quote, "" for none
		mention []string // mention text per quote
	}{
		{"X said after", `"We are ready," Maria Lopez said.`, []string{"Maria Lopez"}, []string{"Maria Lopez"}},
		{"said X inverted", `"We are ready," said Maria Lopez, the mayor.`, []string{"Maria Lopez"}, []string{"Maria Lopez"}},
		{"X told reporters", `"We are ready," Lopez told reporters on Monday.`, []string{"Lopez"}, []string{"Lopez"}},
		{"cue before with colon", `Maria Lopez said: "We are ready."`, []string{"Maria Lopez"}, []string{"Maria Lopez"}},
		{"according to", `According to Maria Lopez, "the city is ready."`, []string{"Maria Lopez"}, []string{"Maria Lopez"}},
		{"said in a statement", `"We are ready," Lopez said in a statement.`, []string{"Lopez"}, []string{"Lopez"}},
		{"wrote", `"The plan failed," Lopez wrote on Twitter.`, []string{"Lopez"}, []string{"Lopez"}},
		{"asked", `"Why now?" Lopez asked.`, []string{"Lopez"}, []string{"Lopez"}},
		{"title stripped and surname resolves",
			"Senate Majority Leader Mitch McConnell spoke first.\n\"No deal,\" McConnell said.",
			[]string{"Mitch McConnell"}, []string{"McConnell"}},
		{"full name after surname upgrades", "\"Yes,\" Park said.\nLater, Director Anna Park said \"no.\"",
			[]string{"Anna Park", "Anna Park"}, []string{"Park", "Anna Park"}},
		{"pronoun resolves to last speaker",
			"\"First,\" Lopez said.\n\"Second,\" she added.",
			[]string{"Lopez", "Lopez"}, []string{"Lopez", "she"}},
		{"pronoun skips a person of the other gender",
			"\"We lost,\" Ms. Jones said.\n\"We won,\" Mr. Smith said.\n\"Not yet,\" she added.",
			[]string{"Jones", "Smith", "Jones"}, []string{"Jones", "Smith", "she"}},
		{"pronoun prefers the sentence subject just named",
			"\"First,\" Lopez said.\nSpokesman Rick Tyler said the campaign will \"fight on,\" he said.",
			[]string{"Lopez", "Rick Tyler"}, []string{"Lopez", "he"}},
		{"role noun resolves to titled name",
			"President Ana Ruiz arrived.\n\"We will act,\" the president said.",
			[]string{"Ana Ruiz"}, []string{"the president"}},
		{"body", `"We have no comment," the White House said.`, []string{"White House"}, []string{"White House"}},
		{"appositive", `"We are ready," Lopez, the city's mayor, said.`, []string{"Lopez"}, []string{"Lopez"}},
		{"split quote shares speaker", `"First part," Lopez said. "Second part."`, []string{"Lopez", "Lopez"}, []string{"Lopez", "Lopez"}},
		{"unattributed quote has no speaker", `The word "ready" appears on the sign.`, []string{""}, []string{""}},
		{"title of a show is not speech", `Lopez appeared on CBS's "Face the Nation" on Sunday.`, []string{""}, []string{""}},
		{"multi-paragraph quote", "\"We will rebuild the bridge.\n\"And we will do it fast,\" Lopez said.",
			[]string{"Lopez", "Lopez"}, []string{"Lopez", "Lopez"}},
		{"dash attribution", "“Nothing changes.” ― Karen Bobadilla", []string{"Karen Bobadilla"}, []string{"Karen Bobadilla"}},
		{"nickname is not speech", `Gov. C.L. "Butch" Otter spoke to voters.`, []string{""}, []string{""}},
		{"title in title case is not speech", `Carson's fans pass around his memoir, "Gifted Hands," at rallies.`, []string{""}, []string{""}},
		{"spokesman for a named person", `"We have not been briefed," a spokesman for Speaker Paul Ryan told the Post.`,
			[]string{"spokesman"}, []string{"a spokesman"}},
		{"parenthetical party tag", `"It is time," Rep. Earl Blumenauer (D-Ore.) said.`, []string{"Earl Blumenauer"}, []string{"Earl Blumenauer"}},
		{"listener is not the speaker", `Trump told Clinton: "You are wrong."`, []string{"Trump"}, []string{"Trump"}},
		{"it speaks for a body", "The Sierra Club issued a report.\n\"The plan fails,\" it added.",
			[]string{"Sierra Club"}, []string{"it"}},
		{"it with no body is nobody", `"The plan fails," it added.`, []string{""}, []string{""}},
		{"party tag before comma", `After winning Ohio, Gov. John Kasich (R-OH), said, "We move on."`,
			[]string{"John Kasich"}, []string{"John Kasich"}},
		{"determined subject of a participle", `The town released a statement Wednesday saying his comments "are not facts."`,
			[]string{"town"}, []string{"The town"}},
		{"role then appositive name", `"The libraries stay," said the council leader, Priya Nandakumar, after the vote.`,
			[]string{"Priya Nandakumar"}, []string{"Priya Nandakumar"}},
		{"possessive is not the subject", "\"We agree,\" said Alun Prowse.\nSkerrin Link's director, Fenella Ruddock, said the firm would comply. \"We will run the sailings,\" she said.",
			[]string{"Alun Prowse", "Fenella Ruddock"}, []string{"Alun Prowse", "she"}},
		{"role before a name in apposition", `The company's CEO, Ann Park, said: "We stay."`, []string{"Ann Park"}, []string{"Ann Park"}},
		{"gerund after main clause", `Lopez mocked the plan, saying it "will never work."`, []string{"Lopez"}, []string{"Lopez"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := analyzeText(t, tt.text)
			if len(a.Quotes) != len(tt.speaker) {
				t.Fatalf("got %d quotes %q, want %d", len(a.Quotes), quoteTexts(doc, a), len(tt.speaker))
			}
			for i, q := range a.Quotes {
				name, mention := "", ""
				if q.Speaker != nil {
					name = q.Speaker.Name
					mention = doc.Text[q.Speaker.Span.Start:q.Speaker.Span.End]
				}
				if name != tt.speaker[i] || mention != tt.mention[i] {
					t.Errorf("quote %d %q: speaker %q (mention %q), want %q (%q)",
						i, doc.Text[q.Span.Start:q.Span.End], name, mention, tt.speaker[i], tt.mention[i])
				}
			}
		})
	}
}

func TestSpeakerList(t *testing.T) {
	text := "Governor Tom Reyes spoke. \"We act now,\" Reyes said.\n\"Not yet,\" Lopez said.\n\"Now,\" he said."
	_, a := analyzeText(t, text)
	if len(a.Speakers) != 2 {
		t.Fatalf("speakers = %+v, want 2", a.Speakers)
	}
	if s := a.Speakers[0]; s.Name != "Tom Reyes" || s.Quotes != 1 {
		t.Errorf("first speaker = %+v", s)
	}
	if s := a.Speakers[1]; s.Name != "Lopez" || s.Quotes != 2 || len(s.Aliases) != 1 || s.Aliases[0] != "he" {
		t.Errorf("second speaker = %+v, want Lopez with 2 quotes, alias he", s)
	}
	for _, s := range a.Speakers {
		if len(s.Mentions) == 0 {
			t.Errorf("%s has no mentions", s.Name)
		}
	}
}
