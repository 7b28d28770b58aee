// Package samples embeds the articles bundled with annotty, so that `go run .`
// opens one with no arguments.
package samples

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed *.txt *.md
var files embed.FS

// Default is the name of the sample opened when annotty runs with no arguments.
const Default = "fox-rafah.txt"

// Names lists the bundled samples, sorted.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// Read returns the bytes of the named sample.
func Read(name string) ([]byte, error) {
	return files.ReadFile(name)
}
