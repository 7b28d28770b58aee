package styles

import (
	"embed"
	"io/fs"
	"sort"
	"sync"

	"github.com/alecthomas/chroma/v2"
)

//go:embed *.xml
var embedded embed.FS

// Registry of Styles.
//
// annotty patch: Registry holds Fallback and the styles given to Register;
// the embedded styles are parsed on first use (Get or Names) into a map of
// their own, which Get consults after Registry. Registry is written only by
// Register, as upstream after init, so a reader of it that does not go
// through Get (glamour) never races with the lazy load.
var Registry = map[string]*chroma.Style{}

// Fallback style. Reassign to change the default fallback style.
//
// annotty patch: the only embedded style parsed at init.
var Fallback = Register(parseEmbedded("swapoff.xml"))

// annotty patch: embeddedStyles maps the embedded styles' names to them, once
// loadEmbedded has run; it is not written after that.
var (
	loadEmbedded   sync.Once
	embeddedStyles map[string]*chroma.Style
)

// annotty patch: parseAllEmbedded fills embeddedStyles.
func parseAllEmbedded() {
	files, err := fs.ReadDir(embedded, ".")
	if err != nil {
		panic(err)
	}
	embeddedStyles = make(map[string]*chroma.Style, len(files))
	for _, file := range files {
		if file.IsDir() {
			continue
		}
		style := parseEmbedded(file.Name())
		embeddedStyles[style.Name] = style
	}
}

// annotty patch: parseEmbedded parses one embedded style file.
func parseEmbedded(name string) *chroma.Style {
	r, err := embedded.Open(name)
	if err != nil {
		panic(err)
	}
	defer r.Close()
	style, err := chroma.NewXMLStyle(r)
	if err != nil {
		panic(err)
	}
	return style
}

// Register a chroma.Style.
func Register(style *chroma.Style) *chroma.Style {
	Registry[style.Name] = style
	return style
}

// Names of all available styles.
func Names() []string {
	loadEmbedded.Do(parseAllEmbedded) // annotty patch: and the embedded ones
	out := []string{}
	for name := range Registry {
		out = append(out, name)
	}
	for name := range embeddedStyles { // annotty patch
		if _, registered := Registry[name]; !registered {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// Get named style, or Fallback.
func Get(name string) *chroma.Style {
	if style, ok := Registry[name]; ok {
		return style
	}
	loadEmbedded.Do(parseAllEmbedded) // annotty patch: then the embedded ones
	if style, ok := embeddedStyles[name]; ok {
		return style
	}
	return Fallback
}
