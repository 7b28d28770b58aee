package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/annotty/annotty/model"
)

// ExportFormats are the formats WriteExport takes.
var ExportFormats = []string{"jsonl", "json", "w3c"}

// ExportSchema is the "schema" of a corpus export in the json format.
const ExportSchema = "annotty/corpus-export"

// Record is one document of a corpus export: its identity and status, and
// its annotations (native records for json and jsonl, one W3C AnnotationPage
// for w3c). Offsets are Unicode code points, end exclusive.
type Record struct {
	// Path is the document's corpus path; SHA256 its text's hash ("" when unreadable).
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	// Status is the document's status in the corpus.
	Status Status `json:"status"`
	// Missing marks a document whose file is gone (annotations from its kept sidecar).
	Missing bool `json:"missing,omitempty"`
	// Problem says why an unreadable document has no annotations.
	Problem string `json:"problem,omitempty"`
	// Annotations is []model.AnnotationRecord, or a model.W3CPage for w3c.
	Annotations any `json:"annotations"`
	// Rejections are the detections the user rejected (json, jsonl).
	Rejections []model.RejectionRecord `json:"rejections,omitempty"`
	// Detections are the unreviewed detections (--include-detections; json, jsonl).
	Detections []model.DetectionRecord `json:"detections,omitempty"`
}

// ExportOptions configures WriteExport.
type ExportOptions struct {
	// Format is jsonl, json or w3c.
	Format string
	// Analyze, when set, adds each document's detections not yet reviewed.
	Analyze AnalyzeFunc
	// Set configures annotations read without an author ($USER by default).
	Set model.SetOptions
	// Annotator, when set, reads that annotator's sidecars
	// (ARTICLE.annotty.NAME.json, model.AuthorSidecarName) instead of the plain ones.
	Annotator string
	// Warn receives one line per document whose annotations could not be read.
	Warn func(path string, err error)
}

// ExportSummary counts what WriteExport wrote.
type ExportSummary struct {
	// Documents counts the records; Problems and Missing those of bad and missing documents.
	Documents, Problems, Missing int
}

// WriteExport writes one record per document, in the corpus's order (by
// path for a folder, as given for files and lists), loading one document at
// a time. jsonl writes one record per line; json one object holding
// "documents"; w3c one record per line whose annotations are a W3C page.
func (c *Corpus) WriteExport(w io.Writer, o ExportOptions) (ExportSummary, error) {
	var sum ExportSummary
	if o.Format != "jsonl" && o.Format != "json" && o.Format != "w3c" {
		return sum, fmt.Errorf("unknown --format %q (want jsonl, json or w3c)", o.Format)
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if o.Format == "json" {
		fmt.Fprintf(bw, "{\"schema\":%q,\"version\":1,\"offsets\":%q,\"documents\":[\n", ExportSchema, model.OffsetUnit)
	}
	for i, e := range c.entries {
		rec := c.record(e, o)
		sum.Documents++
		switch {
		case rec.Missing:
			sum.Missing++
		case rec.Problem != "":
			sum.Problems++
		}
		if o.Format == "json" && i > 0 {
			bw.WriteString(",")
		}
		if err := enc.Encode(rec); err != nil {
			return sum, err
		}
	}
	if o.Format == "json" {
		bw.WriteString("]}\n")
	}
	return sum, bw.Flush()
}

// record builds the export record of one entry.
func (c *Corpus) record(e *Entry, o ExportOptions) Record {
	rec := Record{Path: e.Path, SHA256: e.SHA256, Status: e.Status, Missing: e.Missing, Problem: e.Problem,
		Annotations: []model.AnnotationRecord{}}
	warn := func(err error) {
		if o.Warn != nil {
			o.Warn(e.Path, err)
		}
	}
	var file *model.AnnotationFile
	if e.Missing {
		file = readMissingSidecar(e, o.Annotator, warn)
	} else if e.Problem == "" {
		doc, err := c.load(e)
		if err != nil {
			rec.Problem = problemText(err)
			return rec
		}
		rec.SHA256 = doc.SHA256()
		set, _, _, err := model.ReadAnnotations(doc, model.StoreOptions{Set: o.Set, Annotator: o.Annotator})
		if err != nil {
			warn(err)
			set = model.NewAnnotationSet(doc, o.Set)
		}
		if rec.Status == StatusNew && set.Len() > 0 {
			rec.Status = StatusInProgress // tagged, as the documents pane counts it
		}
		var detections []model.Detection
		if o.Analyze != nil {
			detections = set.Unreviewed(o.Analyze(doc))
		}
		file = model.NewAnnotationFile(set, detections)
	}
	if file == nil {
		return rec
	}
	rec.Rejections, rec.Detections = file.Rejections, file.Detections
	if o.Format == "w3c" {
		rec.Annotations = model.NewW3CPage(file)
		rec.Rejections, rec.Detections = nil, nil // the page carries what W3C can say
	} else {
		rec.Annotations = file.Annotations
	}
	return rec
}

// readMissingSidecar reads the kept sidecar of a document whose file is gone,
// (annotator's, when one is given) so its annotations are still exported;
// nil when there is none.
func readMissingSidecar(e *Entry, annotator string, warn func(error)) *model.AnnotationFile {
	path := e.DocumentPath() + model.SidecarSuffix
	if model.AuthorSlug(annotator) != "" {
		path = model.AuthorSidecarName(e.DocumentPath(), annotator)
	}
	data, err := readCapped(path, maxStateBytes)
	if err != nil {
		return nil
	}
	f, err := model.DecodeAnnotationFile(data)
	if err != nil {
		warn(err)
		return nil
	}
	return f
}
