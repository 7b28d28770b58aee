// Package annotate holds annotty's automatic detectors: direct quotations,
// their speakers, and promo lines that interrupt a story. It is plain Go with
// no UI, driven by rules and small lexicons, and imports only model.
//
// Every span it returns is a byte range of model.Document.Text.
package annotate
