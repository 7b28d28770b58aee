package model

// TextRange is a range of the document as every JSON we write carries it:
// Unicode code points ("start"/"end", end exclusive, as Python slices a str)
// and the same range in UTF-8 bytes ("byte_start"/"byte_end"). Records embed
// it, so the four fields are spelled and documented once.
type TextRange struct {
	Start     int `json:"start"`
	End       int `json:"end"`
	ByteStart int `json:"byte_start"`
	ByteEnd   int `json:"byte_end"`
}

// textRange builds the TextRange of byte span s, given its code-point offsets.
func textRange(start, end int, s Span) TextRange {
	return TextRange{Start: start, End: end, ByteStart: s.Start, ByteEnd: s.End}
}
