package annotate

import (
	"math/rand"
	"strings"
	"testing"
)

func TestLexiconsHoldNoPossessives(t *testing.T) {
	// These sets are looked up through hasWord or lowerWord, which strip a
	// possessive ending first: an entry ending in 's could never match.
	sets := []struct {
		name string
		set  wordSet
	}{
		{"speechVerbs", speechVerbs}, {"objectVerbs", objectVerbs}, {"inversionVerbs", inversionVerbs},
		{"subjectSkips", subjectSkips}, {"roleNouns", roleNouns}, {"titleWords", titleWords},
		{"bodyWords", bodyWords}, {"functionWords", functionWords},
	}
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			for w := range s.set.all() {
				if trimPossessive(w) != w {
					t.Errorf("%s holds %q, which lookups can never match", s.name, w)
				}
			}
		})
	}
}

func TestRoleNounPhrases(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		mention string // "" for no speaker
	}{
		{"senior official before the verb", `"The talks failed," a senior official said.`, "a senior official"},
		{"senior officials after the verb", `"The talks failed," said senior officials.`, "senior officials"},
		{"official's aide", `"The talks failed," the official's aide said.`, "the official's aide"},
		{"senior before a name is not the name", `"The talks failed," said a senior Lopez adviser.`, "a senior"},
		{"senior before a long modifier run", `"The talks failed," said a former senior law enforcement official.`, "a former senior"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := analyzeText(t, tt.text)
			if len(a.Quotes) != 1 {
				t.Fatalf("got %d quotes, want 1", len(a.Quotes))
			}
			got := ""
			if sp := a.Quotes[0].Speaker; sp != nil {
				got = doc.Text[sp.Span.Start:sp.Span.End]
			}
			if got != tt.mention {
				t.Errorf("speaker mention = %q, want %q", got, tt.mention)
			}
		})
	}
}

// TestLexiconFilesLoad checks that every embedded list parses to words and
// that the derived promo openings cover every prefix rule.
func TestLexiconFilesLoad(t *testing.T) {
	entries, err := lexiconFiles.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		if len(lexiconText(name)) == 0 {
			t.Errorf("lexicon %s is empty", name)
		}
	}
	for _, p := range append(append([]string{}, linkPrefixes...), ctaPrefixes...) {
		if !promoFirstWords.has(strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == ':' })[0]) {
			t.Errorf("promoFirstWords misses the opening of %q", p)
		}
	}
}

func TestWordSetLookups(t *testing.T) {
	// Many words, so that the table grows and probes collide.
	rng := rand.New(rand.NewSource(1))
	letters := "abcdefghijklmnopqrstuvwxyz-.'é"
	in := map[string]bool{}
	var words []string
	for len(words) < 3000 {
		b := make([]byte, 1+rng.Intn(12))
		for i := range b {
			b[i] = letters[rng.Intn(26)]
		}
		if w := string(b); !in[w] {
			in[w] = true
			words = append(words, w)
		}
	}
	s := newWordSet(strings.Join(words, " "), "émile", "x's")
	in["émile"], in["x's"] = true, true
	for w := range in {
		if !s.has(w) || !s.hasLower(strings.ToUpper(w)) {
			t.Errorf("%q is in the set, but has or hasLower says not", w)
		}
		if got, ok := s.lookupLower(strings.ToUpper(w)); !ok || got != w {
			t.Errorf("lookupLower(%q) = %q, %v, want %q", strings.ToUpper(w), got, ok, w)
		}
	}
	if !s.hasWord("Émile's") || s.hasWord("Qqqqqqqqqqqqqq's") || !s.hasWord(strings.ToUpper(words[0])+"’s") {
		t.Error("hasWord must lower-case and drop a possessive ending")
	}
	for range 3000 {
		b := make([]byte, 1+rng.Intn(14))
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		w := string(b)
		if s.has(w) != in[w] || s.hasLower(strings.ToUpper(w)) != in[strings.ToLower(w)] {
			t.Errorf("lookups of %q disagree with the words", w)
		}
	}
	if s.has("") || s.hasWord("") || s.hasLower("") {
		t.Error("the empty word is in no set")
	}
}
