package theme

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"
)

// annotty builds chroma (through glamour) from third_party/chroma, patched so
// that its lexer and style registries are built on first use rather than at
// package init (third_party/chroma/PATCH.md). These tests check that the
// patch does that and that glamour highlights code as before.

// What chroma's registries held when this package's variables were
// initialised: after every package init, before any test.
var (
	stylesAtInit = slices.Sorted(maps.Keys(styles.Registry))
	lexersAtInit = lexerNames(lexers.GlobalLexerRegistry.Lexers)
)

func lexerNames(ls []chroma.Lexer) []string {
	names := make([]string, len(ls))
	for i, l := range ls {
		names[i] = l.Config().Name
	}
	return names
}

func TestChromaRegistriesAreBuiltOnFirstUse(t *testing.T) {
	if !slices.Equal(stylesAtInit, []string{"swapoff"}) {
		t.Errorf("styles registered at init = %v, want only the fallback [swapoff]", stylesAtInit)
	}
	// At init only the lexers written in Go are registered (about 20);
	// the ~250 embedded XML lexers join on first use.
	if len(lexersAtInit) > 40 || slices.Contains(lexersAtInit, "Python") || !slices.Contains(lexersAtInit, "Go") {
		t.Errorf("lexers registered at init (%d) = %v, want the Go-coded ones only", len(lexersAtInit), lexersAtInit)
	}
	if l := lexers.Get("python"); l == nil || l.Config().Name != "Python" {
		t.Fatalf(`lexers.Get("python") = %v, want the embedded Python lexer`, l)
	}
	names := lexers.Names(false)
	if len(names) < 200 {
		t.Errorf("after first use, %d lexers, want all the embedded ones too (> 200)", len(names))
	}
	for _, name := range lexersAtInit {
		if n := strings.Count(strings.Join(names, "\n")+"\n", name+"\n"); n == 0 {
			t.Errorf("Go-coded lexer %q lost by the lazy load", name)
		}
	}
	if s := styles.Get("monokai"); s == nil || s.Name != "monokai" {
		t.Errorf(`styles.Get("monokai") = %v, want the embedded monokai`, s)
	}
	if got := len(styles.Names()); got < 60 {
		t.Errorf("styles.Names() has %d styles, want every embedded one (> 60)", got)
	}
}

func TestChromaAnalysersSetAtInitStillApply(t *testing.T) {
	// Upstream set these analysers in init functions; the patch applies
	// them when the embedded lexers are parsed.
	for text, want := range map[string]string{
		"$TTL 3600\n@ IN SOA ns.example.org. admin.example.org. ( 1 7200 3600 1209600 3600 )\n":          "dns",
		"definition user {}\ndefinition doc {\n  relation viewer: user\n  permission view = viewer\n}\n": "Zed",
	} {
		if l := lexers.Analyse(text); l == nil || l.Config().Name != want {
			t.Errorf("Analyse(%q) = %v, want %s", text, l, want)
		}
	}
}

func TestRegisteredStyleWinsOverEmbedded(t *testing.T) {
	embedded := styles.Get("monokai")
	mine := styles.Register(chroma.MustNewStyle("monokai", chroma.StyleEntries{chroma.Keyword: "#ff0000"}))
	t.Cleanup(func() { delete(styles.Registry, "monokai") })
	if got := styles.Get("monokai"); got != mine {
		t.Errorf(`styles.Get("monokai") = %p, want the registered style %p (embedded %p)`, got, mine, embedded)
	}
	if n := strings.Count(strings.Join(styles.Names(), " ")+" ", "monokai "); n != 1 {
		t.Errorf("styles.Names() lists monokai %d times, want once", n)
	}
}

// codeBlocks are fenced blocks glamour hands to chroma: by language name, by
// file extension, with sub-lexers (HTML's script, PHP in HTML), and with no
// language (chroma guesses with its analysers).
var codeBlocks = map[string]string{
	"go":       "```go\nfunc main() {\n\tfmt.Println(\"hi\") // greet\n}\n```\n",
	"python":   "```python\ndef f(x):\n    return x * 2  # double\n```\n",
	"rs":       "```rs\nfn main() { let x: u8 = 1; }\n```\n",
	"json":     "```json\n{\"a\": [1, true, null]}\n```\n",
	"html":     "```html\n<p class=\"x\">hi</p>\n<script>var a = 1;</script>\n```\n",
	"php":      "```php\n<p><?php echo $x; ?></p>\n```\n",
	"markdown": "```markdown\n# Title\n\n*em* and `code`\n```\n",
	"guessed":  "```\n$TTL 3600\n@ IN SOA ns.example.org. admin.example.org. ( 1 7200 3600 1209600 3600 )\n```\n",
}

// TestGlamourHighlightsCode renders code blocks with the dark style and
// compares them to goldens recorded with unpatched chroma v2.20.0. The goldens
// use chroma's true-colour formatter: the 256-colour one glamour uses by
// default picks the nearest palette entry by iterating a map, so a colour
// halfway between two entries (charm's comment grey, #676767) comes out as
// either, run to run, patched or not. glamour
// registers its "charm" chroma style once per process, from the first style
// that renders code; every rendering here is dark first, so the goldens do
// not depend on test order.
func TestGlamourHighlightsCode(t *testing.T) {
	for _, name := range slices.Sorted(maps.Keys(codeBlocks)) {
		t.Run(name, func(t *testing.T) {
			golden.RequireEqual(t, []byte(renderMarkdown(t, "dark", codeBlocks[name], glamour.WithChromaFormatter("terminal16m"))))
		})
	}
	colouredFunc := regexp.MustCompile(`\x1b\[38;5;\d+mfunc\x1b\[0m`)
	for _, style := range []string{"dark", "light"} {
		if out := renderMarkdown(t, style, "```go\nfunc main() {}\n```"); !colouredFunc.MatchString(out) {
			t.Errorf("%s: no colour around func in %q", style, out)
		}
	}
	if out := renderMarkdown(t, "notty", "```go\nfunc main() {}\n```"); strings.Contains(out, "\x1b") || !strings.Contains(out, "func main() {}") {
		t.Errorf("notty: %q, want the code without escapes", out)
	}
	if charm := styles.Registry["charm"]; charm == nil || styles.Get("charm") != charm {
		t.Errorf(`styles.Get("charm") = %p, want glamour's registration %p`, styles.Get("charm"), charm)
	}
}

func renderMarkdown(t *testing.T, style, markdown string, options ...glamour.TermRendererOption) string {
	t.Helper()
	options = append([]glamour.TermRendererOption{glamour.WithStandardStyle(style), glamour.WithColorProfile(termenv.ANSI256), glamour.WithWordWrap(60)}, options...)
	r, err := glamour.NewTermRenderer(options...)
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(markdown)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
