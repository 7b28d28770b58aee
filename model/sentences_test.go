package model

import (
	"reflect"
	"strings"
	"testing"
)

// paragraphOf wraps a whole text as one paragraph.
func paragraphOf(text string) Paragraph { return Paragraph{Start: 0, End: len(text)} }

// sentenceTexts returns the text of each sentence splitSentences finds.
func sentenceTexts(text string, para Paragraph) []string {
	var out []string
	for _, s := range splitSentences(text, para) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The talks failed. Both sides left.", []string{"The talks failed.", "Both sides left."}},
		{"question and exclamation", "Why now? Nobody knows! It matters.", []string{"Why now?", "Nobody knows!", "It matters."}},
		{"no final punctuation", "First one. And a trailing fragment", []string{"First one.", "And a trailing fragment"}},
		{"surrounding whitespace trimmed", "  Padded.   Again.  ", []string{"Padded.", "Again."}},
		{"titles", "Mr. Smith met Mrs. Jones and Dr. Who. Sen. Warren and Gov. Newsom spoke.",
			[]string{"Mr. Smith met Mrs. Jones and Dr. Who.", "Sen. Warren and Gov. Newsom spoke."}},
		{"saint and numbers", "He lives on St. Mark's Place at No. 5 since Jan. 6 last year. Then he moved.",
			[]string{"He lives on St. Mark's Place at No. 5 since Jan. 6 last year.", "Then he moved."}},
		{"initialism inside", "The U.S. military and the U.N. agency disagreed. Talks resumed.",
			[]string{"The U.S. military and the U.N. agency disagreed.", "Talks resumed."}},
		{"initialism at end", "Aid flows from the U.S. The U.N. objects.",
			[]string{"Aid flows from the U.S.", "The U.N. objects."}},
		{"times", "The vote is at 9 a.m. Eastern on Monday. It ended at 5 p.m. The count began.",
			[]string{"The vote is at 9 a.m. Eastern on Monday.", "It ended at 5 p.m.", "The count began."}},
		{"company", "Apple Inc. said profits rose. Shares of Acme Corp. Chief rivals fell.",
			[]string{"Apple Inc. said profits rose.", "Shares of Acme Corp. Chief rivals fell."}},
		{"initials", "J. K. Rowling and George W. Bush met. They talked.",
			[]string{"J. K. Rowling and George W. Bush met.", "They talked."}},
		{"decimals", "Growth was 3.5 percent, down from 4.25. Prices rose $1,000.50 each.",
			[]string{"Growth was 3.5 percent, down from 4.25.", "Prices rose $1,000.50 each."}},
		{"ellipsis", "He paused... Then he left. She waited… and waited… Nothing came.",
			[]string{"He paused...", "Then he left.", "She waited… and waited…", "Nothing came."}},
		{"spaced ellipsis", "It went . . . Then silence.", []string{"It went . . .", "Then silence."}},
		{"closing quotes", `"We will win." They cheered. He said, “Go!” Then ‘fine.’ Done.`,
			[]string{`"We will win."`, "They cheered.", "He said, “Go!”", "Then ‘fine.’", "Done."}},
		{"guillemets and brackets", "Il a dit «non.» Puis (rien.) Fin.", []string{"Il a dit «non.»", "Puis (rien.)", "Fin."}},
		{"quote then lowercase attribution", "“Why now?” he asked. “Because,” she said.",
			[]string{"“Why now?” he asked.", "“Because,” she said."}},
		{"opening quote starts sentence", "Smith spoke. “We lost,” he said. 'Never again,' she said.",
			[]string{"Smith spoke.", "“We lost,” he said.", "'Never again,' she said."}},
		{"initialism before quote", "He flew to the U.S. “It was long,” he said.",
			[]string{"He flew to the U.S.", "“It was long,” he said."}},
		{"list number", "1. First point is here.", []string{"1. First point is here."}},
		{"year ends sentence", "It happened in 2019. Nobody forgot.", []string{"It happened in 2019.", "Nobody forgot."}},
		{"urls stay whole", "Visit Fox.com today. Or not.", []string{"Visit Fox.com today.", "Or not."}},
		{"cjk", "他说：“我们会赢。”她笑了。好！", []string{"他说：“我们会赢。”", "她笑了。", "好！"}},
		{"emoji and marks", "Café crème 🎉. Ça va 👩‍💻! Oui.", []string{"Café crème 🎉.", "Ça va 👩‍💻!", "Oui."}},
		{"only punctuation", "***", []string{"***"}},
		{"interrobang run", "Really?! Yes.", []string{"Really?!", "Yes."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text, paragraphOf(tt.text))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSentenceLookupsInADocument(t *testing.T) {
	text := "Intro line. Second bit.\n\n“Quoted,” he said.  Then more. Tail"
	doc, err := NewDocument("t.txt", []byte(text), false)
	if err != nil {
		t.Fatal(err)
	}
	at := func(sub string, delta int) int { return strings.Index(text, sub) + delta }
	tests := []struct {
		name string
		off  int
		want string
	}{
		{"first word", 0, "Intro line."},
		{"on the full stop", at("line.", 4), "Intro line."},
		{"gap before a sentence", at(" Second", 0), "Second bit."},
		{"end of paragraph", at("\n", 0), "Second bit."},
		{"blank line", at("\n\n", 1), "“Quoted,” he said."},
		{"on the opening quote", at("“", 0), "“Quoted,” he said."},
		{"double space", at("  Then", 1), "Then more."},
		{"unpunctuated tail", len(text) - 1, "Tail"},
		{"past the end", len(text) + 10, "Tail"},
	}
	for _, tt := range tests {
		got, ok := doc.SentenceAt(tt.off)
		if !ok || text[got.Start:got.End] != tt.want {
			t.Errorf("%s: SentenceAt(%d) = %q %v, want %q", tt.name, tt.off, text[got.Start:got.End], ok, tt.want)
		}
	}
	p1 := doc.Paragraphs[1]
	if s, ok := NextSentence(text, p1, at("he said", 0)); !ok || text[s.Start:s.End] != "Then more." {
		t.Errorf("NextSentence = %q %v", text[s.Start:s.End], ok)
	}
	if s, ok := PrevSentence(text, p1, at("Then", 0)); !ok || text[s.Start:s.End] != "“Quoted,” he said." {
		t.Errorf("PrevSentence = %q %v", text[s.Start:s.End], ok)
	}
	if _, ok := PrevSentence(text, p1, p1.Start); ok {
		t.Errorf("PrevSentence at the paragraph start found one")
	}
	if _, ok := NextSentence(text, p1, at("Tail", 0)); ok {
		t.Errorf("NextSentence after the last sentence found one")
	}
}

// TestIsInitials checks the one rule for initials, on ASCII and on other
// scripts.
func TestIsInitials(t *testing.T) {
	tests := []struct {
		token string
		want  bool
	}{
		{"J", true}, {"U.S", true}, {"a.m", true}, {"Ph.D", true}, {"D.C", true},
		{"j", false}, {"US", false}, {"e.GOV", false}, {"U.S.A.B.C.D", true}, {"U..S", false},
		{"Ä.Ö", true}, {"É", true}, {"3.5", false}, {"", false}, {"Co.", false},
	}
	for _, tt := range tests {
		if got := IsInitials(tt.token); got != tt.want {
			t.Errorf("IsInitials(%q) = %v, want %v", tt.token, got, tt.want)
		}
	}
}
