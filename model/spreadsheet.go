package model

import "strings"

// SpreadsheetCell makes s safe as one CSV cell for a spreadsheet: white space
// folded to single spaces, and a leading = + - @ (which Excel, LibreOffice and
// Google Sheets would run as a formula) defused with an apostrophe.
func SpreadsheetCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		s = "'" + s
	}
	return s
}
