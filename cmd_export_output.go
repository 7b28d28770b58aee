package main

import (
	"fmt"
	"io"

	"github.com/annotty/annotty/model"
)

// writeExportOutput writes an export to out: "" or "-" is standard output;
// a path must not be the article, its annotation file or lock, or any
// annotty annotation file, and is written with model.WriteFileAtomic
// (atomically for files, in place for devices and pipes, through symlinks).
func writeExportOutput(stdout io.Writer, out string, data []byte, doc *model.Document, loc model.SidecarLocation) error {
	if out == "" || out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	if err := checkOutputPath(out, append(model.ArticleFiles(doc), model.SidecarFiles(doc, loc)...)); err != nil {
		return err
	}
	return model.WriteFileAtomic(out, data, 0o644)
}

// checkOutputPath refuses an -o path that is one of protected, any annotty
// annotation file or lock, or in the data folder (model.CheckNotProtected).
func checkOutputPath(out string, protected []model.ProtectedFile) error {
	if err := model.CheckNotProtected(out, protected, true); err != nil {
		return fmt.Errorf("-o: %w (choose another file, or - for standard output)", err)
	}
	return nil
}
