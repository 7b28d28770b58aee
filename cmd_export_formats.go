package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/interchange/brat"
	"github.com/annotty/annotty/model/interchange/conll"
	"github.com/annotty/annotty/model/interchange/doccano"
	"github.com/annotty/annotty/model/interchange/labelstudio"
)

// exportOutput is what a format produces: the main file (standard output or
// -o), companion files written beside -o, and notes for standard error.
type exportOutput struct {
	main  []byte
	extra []companionFile
	notes []string
}

// companionFile is a file a format writes beside the main one (brat's .txt
// and annotation.conf).
type companionFile struct {
	// suffix replaces the main file's extension (".txt"); name, when set, is
	// a fixed file name in the main file's folder ("annotation.conf").
	suffix, name string
	data         []byte
	// keepExisting leaves an existing file alone (with a note) instead of replacing it.
	keepExisting bool
}

// exportFormat encodes a native file of doc; o carries format options.
type exportFormat func(f *model.AnnotationFile, doc *model.Document, o exportOptions) (exportOutput, error)

// exportFormats maps --format values to encoders. Choosing a format is
// separate from writing its output (runExport / writeExport).
var exportFormats = map[string]exportFormat{
	"json": func(f *model.AnnotationFile, _ *model.Document, _ exportOptions) (exportOutput, error) {
		data, err := f.MarshalIndent()
		return exportOutput{main: data}, err
	},
	"jsonl": func(f *model.AnnotationFile, _ *model.Document, _ exportOptions) (exportOutput, error) {
		var buf bytes.Buffer
		err := model.WriteJSONL(&buf, f)
		return exportOutput{main: buf.Bytes()}, err
	},
	"w3c": func(f *model.AnnotationFile, _ *model.Document, _ exportOptions) (exportOutput, error) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err := enc.Encode(model.NewW3CPage(f))
		return exportOutput{main: buf.Bytes()}, err
	},
	"brat": func(f *model.AnnotationFile, doc *model.Document, _ exportOptions) (exportOutput, error) {
		e := brat.Encode(f, doc.Text, labelNames(f))
		out := exportOutput{main: e.Ann, extra: []companionFile{
			{suffix: ".txt", data: e.Text},
			{name: "annotation.conf", data: e.Conf, keepExisting: true},
		}}
		if e.Skipped > 0 {
			out.notes = append(out.notes, fmt.Sprintf("%s not written (orphans, or spans of line breaks only)", countOf(e.Skipped, "annotation")))
		}
		return out, nil
	},
	"label-studio": func(f *model.AnnotationFile, doc *model.Document, _ exportOptions) (exportOutput, error) {
		return exportOutput{main: labelstudio.Encode(f, doc.Text)}, nil
	},
	"label-studio-config": func(f *model.AnnotationFile, _ *model.Document, _ exportOptions) (exportOutput, error) {
		return exportOutput{main: []byte(labelstudio.LabelConfig(labelNames(f)))}, nil
	},
	"doccano": func(f *model.AnnotationFile, doc *model.Document, _ exportOptions) (exportOutput, error) {
		line, skipped := doccano.Encode(f, doc.Text)
		out := exportOutput{main: line}
		if skipped > 0 {
			out.notes = append(out.notes, fmt.Sprintf("%s not written (orphans; doccano has no predictions for detections)", countOf(skipped, "span")))
		}
		return out, nil
	},
	"conll": func(f *model.AnnotationFile, doc *model.Document, o exportOptions) (exportOutput, error) {
		data, dropped := conll.Encode(f, doc, o.labels)
		out := exportOutput{main: data}
		for _, d := range dropped {
			out.notes = append(out.notes, fmt.Sprintf("conll: %s span %q overlaps a span already tagged: left out", d.Label, sanitizeNote(d.Text)))
		}
		return out, nil
	},
}

// exportFormatNames lists the --format values, sorted.
func exportFormatNames() string {
	names := make([]string, 0, len(exportFormats))
	for n := range exportFormats {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// labelNames is the default label set's names plus every label f uses.
func labelNames(f *model.AnnotationFile) []string {
	var names []string
	for _, l := range model.DefaultLabels().Labels {
		names = append(names, l.Name)
	}
	for _, a := range f.Annotations {
		if !slices.Contains(names, a.Label) {
			names = append(names, a.Label)
		}
	}
	return names
}

// sanitizeNote keeps a passage quoted in a note on one short line.
func sanitizeNote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return s
}
