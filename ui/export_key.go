package ui

import "github.com/annotty/annotty/ui/session"

// ExportSuffix names the file the export key writes: ARTICLE + ExportSuffix.
const ExportSuffix = session.ExportSuffix

// export implements the export key: write the file, show its path.
func (m Model) export() Model { return m.apply(m.sess.Export(tildePath)) }
