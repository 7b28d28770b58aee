package model

import (
	"slices"
	"strings"
)

// SplitParagraphs indexes the paragraphs of text. In plain text every
// non-blank line is a paragraph (articles use single newlines or blank lines
// between paragraphs). In Markdown, consecutive lines join into one paragraph
// until a blank line, a heading or a list item starts a new block.
func SplitParagraphs(text string, markdown bool) []Paragraph {
	paras := make([]Paragraph, 0, strings.Count(text, "\n")+1) // one SIMD count
	var cur *Paragraph
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		next := 0
		if end < 0 {
			end = len(text)
			next = len(text) + 1
		} else {
			end += start
			next = end + 1
		}
		lineEnd := end
		if lineEnd > start && text[lineEnd-1] == '\r' {
			lineEnd--
		}
		line := text[start:lineEnd]
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			cur = nil
		case !markdown:
			paras = append(paras, Paragraph{Start: start, End: lineEnd})
		default:
			level := headingLevel(trimmed)
			item := isListItem(trimmed)
			if cur != nil && level == 0 && !item && cur.Heading == 0 {
				cur.End = lineEnd
				break
			}
			paras = append(paras, Paragraph{Start: start, End: lineEnd, Heading: level, ListItem: item})
			cur = &paras[len(paras)-1]
			if level > 0 {
				cur = nil
			}
		}
		start = next
	}
	if cap(paras) > len(paras)+len(paras)/4 {
		// Blank lines between paragraphs: keep an index of the right size
		// (a 50 MB article: 5 MB instead of 10), not one per line break.
		paras = slices.Clone(paras)
	}
	return paras
}

// headingLevel returns the ATX heading level of a trimmed Markdown line, or 0.
func headingLevel(line string) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(line) && line[n] != ' ') {
		return 0
	}
	return n
}

// isListItem reports whether a trimmed Markdown line starts a list item.
func isListItem(line string) bool {
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "+ ") {
		return true
	}
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}
