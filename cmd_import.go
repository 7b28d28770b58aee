package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/model/input"
	"github.com/annotty/annotty/model/interchange"
	"github.com/annotty/annotty/model/interchange/brat"
	"github.com/annotty/annotty/model/interchange/conll"
	"github.com/annotty/annotty/model/interchange/doccano"
	"github.com/annotty/annotty/model/interchange/labelstudio"
	"github.com/annotty/annotty/ui"
	"github.com/spf13/cobra"
)

// importOptions are the flags of `annotty import`.
type importOptions struct {
	format      string
	annotations string
	author      string
}

// importDecoders maps --format values to readers of other tools' files.
var importDecoders = map[string]func(data []byte, text string) (interchange.Graph, []string, error){
	"brat":         brat.Decode,
	"label-studio": labelstudio.Decode,
	"doccano":      doccano.Decode,
	"conll":        conll.Decode,
}

// importFormatNames lists the --format values of import.
const importFormatNames = "brat, label-studio, doccano, conll, json, jsonl"

// newImportCmd builds `annotty import`, which adds annotations made in
// another tool (or exported by annotty) to an article's sidecar.
func newImportCmd() *cobra.Command {
	var o importOptions
	cmd := &cobra.Command{
		Use:   "import --format brat|label-studio|doccano|conll|json|jsonl FILE ARTICLE",
		Short: "Add annotations from a brat, Label Studio, doccano, CoNLL or annotty file to an article",
		Long: "Import reads FILE (brat .ann, Label Studio JSON, doccano JSONL, CoNLL, or annotty's json/jsonl export),\n" +
			"places each passage in ARTICLE's text (by its offsets, else by its text) and adds it to ARTICLE's\n" +
			"annotations (its sidecar, or --annotations PATH), taking the same lock the reader does. Passages\n" +
			"already annotated with the same label are not added twice (a different note or link the file gives them is listed, not applied); what cannot be kept is listed on standard error.",
		Args:          cobra.ExactArgs(2),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(cmd.InOrStdin(), cmd.ErrOrStderr(), args[0], args[1], o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "", "format of FILE: "+importFormatNames+" (required)")
	f.StringVar(&o.annotations, "annotations", "", "annotation file to add to (default: the article's sidecar)")
	f.StringVar(&o.author, "author", "", "annotator: recorded on imported annotations, and given explicitly adds them to ARTICLE.annotty.NAME.json (docs/team.md); default $USER, into ARTICLE.annotty.json")
	return cmd
}

// runImport decodes file, places it on the article and merges it into the store.
func runImport(stdin io.Reader, stderr io.Writer, file, article string, o importOptions) error {
	if file == "-" && article == "-" {
		return errors.New("import: FILE and ARTICLE cannot both be standard input")
	}
	decode, known := importDecoders[o.format]
	if o.format == "" {
		return fmt.Errorf("import: --format is required (%s)", importFormatNames)
	}
	if !known && o.format != "json" && o.format != "jsonl" {
		return fmt.Errorf("import: unknown --format %q (want %s)", o.format, importFormatNames)
	}
	data, err := readImportFile(file, stdin)
	if err != nil {
		return err
	}
	doc, err := openArticle(article, stdin)
	if err != nil {
		return err
	}
	opts := model.SetOptions{Author: o.author}
	var imported *model.AnnotationSet
	var notes []string
	if known {
		g, gnotes, err := decode(data, doc.Text)
		if err != nil {
			return fmt.Errorf("import: %s: %w", articleName(file), err)
		}
		f, fnotes := interchange.ToFile(g, doc, interchange.ImportOptions{Author: o.author})
		notes = append(gnotes, fnotes...)
		imported, _ = f.Restore(doc, opts)
	} else if imported, _, err = model.ImportAnnotations(data, doc, opts); err != nil {
		return fmt.Errorf("import: %s: %w", articleName(file), err)
	}
	store, err := model.OpenStore(doc, model.StoreOptions{Path: o.annotations, Set: opts, Annotator: o.author})
	if err != nil {
		store.Close()
		return fmt.Errorf("import: nothing imported: %w", err)
	}
	result := mergeImported(store.Set(), imported)
	if err := store.Close(); err != nil {
		return fmt.Errorf("import: nothing imported: %w", err)
	}
	for _, n := range append(notes, result.notes...) {
		fmt.Fprintf(stderr, "annotty: %s\n", ui.Sanitize(n))
	}
	fmt.Fprintf(stderr, "annotty: imported %s into %s (%d already there, %d not found in the article)\n",
		countOf(result.added, "annotation"), store.Path(), result.duplicates, result.orphans)
	return nil
}

// readImportFile reads FILE (- for standard input) with the article size cap.
func readImportFile(file string, stdin io.Reader) ([]byte, error) {
	if file == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, maxInputBytes+1))
		if err == nil && len(data) > maxInputBytes {
			err = fmt.Errorf("larger than %d MB", maxInputBytes>>20)
		}
		if err != nil {
			return nil, fmt.Errorf("import: standard input: %w", err)
		}
		return data, nil
	}
	data, err := input.ReadFile(file, maxInputBytes)
	if err != nil {
		return nil, fmt.Errorf("import: %s: %w", articleName(file), err)
	}
	return data, nil
}

// mergeResult says what mergeImported did.
type mergeResult struct {
	added, duplicates, orphans int
	notes                      []string
}

// mergeImported adds the placed annotations of imported to set, skipping
// those whose label and span an annotation of set already has. An imported
// id already used in set is replaced by a new one.
func mergeImported(set, imported *model.AnnotationSet) mergeResult {
	var r mergeResult
	have := map[string]model.Annotation{}
	for _, a := range set.All() {
		have[mergeKey(a)] = a
	}
	for _, a := range imported.All() {
		switch {
		case a.Orphan:
			r.orphans++
			r.notes = append(r.notes, fmt.Sprintf("%s %q is not in the article: not imported", a.Label, sanitizeNote(a.Text)))
			continue
		}
		if existing, ok := have[mergeKey(a)]; ok {
			r.duplicates++
			if diff := unapplied(existing, a); diff != "" {
				r.notes = append(r.notes, fmt.Sprintf("%s %q is already annotated: kept it as it is, not the file's %s", a.Label, sanitizeNote(a.Text), diff))
			}
			continue
		}
		if _, taken := set.Get(a.ID); taken {
			a.ID = ""
		}
		if _, err := set.Add(a); err != nil {
			r.notes = append(r.notes, fmt.Sprintf("%s %q: %v", a.Label, sanitizeNote(a.Text), err))
			continue
		}
		have[mergeKey(a)] = a
		r.added++
	}
	return r
}

// unapplied describes what imported gives a passage that existing, already
// annotated, has otherwise (note, speaker, speaker mention, cue), or "".
func unapplied(existing, imported model.Annotation) string {
	var parts []string
	if imported.Note != "" && imported.Note != existing.Note {
		parts = append(parts, fmt.Sprintf("note %q", sanitizeNote(imported.Note)))
	}
	if imported.Speaker != "" && imported.Speaker != existing.Speaker {
		parts = append(parts, fmt.Sprintf("speaker %q", sanitizeNote(imported.Speaker)))
	}
	for _, link := range []struct {
		name         string
		mine, theirs model.LinkedSpan
	}{{"speaker mention", existing.SpeakerMention, imported.SpeakerMention}, {"cue", existing.Cue, imported.Cue}} {
		if !link.theirs.IsZero() && link.theirs != link.mine {
			parts = append(parts, fmt.Sprintf("%s %q", link.name, sanitizeNote(link.theirs.Text)))
		}
	}
	return strings.Join(parts, ", ")
}

// mergeKey identifies an annotation for duplicate detection: label and span.
func mergeKey(a model.Annotation) string {
	return fmt.Sprintf("%s\x00%d\x00%d", a.Label, a.Span.Start, a.Span.End)
}
