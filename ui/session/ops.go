package session

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annotty/annotty/model"
)

// Outcome is what an operation did: whether the annotations changed (the
// root then saves and the views resync), the message for the status line,
// the error when it failed, and which key the reader may want next. The
// message never names a key: the root adds the key from its binding table.
type Outcome struct {
	Changed bool
	Message string
	Err     error
	Next    NextKey
}

// NextKey names the key a message should point at after an operation.
type NextKey int

// The keys an outcome may point at.
const (
	NextNone      NextKey = iota
	NextUndo              // "(u undoes)"
	NextUndoAgain         // "(u again for more)"
	NextRedoAgain         // "(ctrl+r again for more)"
)

// failed is the outcome of an operation that could not be done.
func failed(what string, err error) Outcome {
	return Outcome{Message: what + ": " + err.Error(), Err: err}
}

// refused is the outcome of an operation with nothing to act on.
func refused(msg string) Outcome { return Outcome{Message: msg} }

// changed is the outcome of an undoable change.
func changed(msg string) Outcome { return Outcome{Changed: true, Message: msg, Next: NextUndo} }

// excerptWords is how many words a confirmation quotes.
const excerptWords = 6

// Excerpt is the first n words of text on one line, with an ellipsis when
// cut (not sanitized: views sanitize what they draw).
func Excerpt(text string, n int) string {
	end := len(text)
	if end > 64*n {
		end = 64 * n
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
	}
	words := strings.Fields(text[:end])
	if len(words) > n {
		return strings.Join(words[:n], " ") + "…"
	}
	return strings.Join(words, " ")
}

// confirm is "label: first words" (or "label · speaker: first words").
func confirm(label, speaker, text string) string {
	if speaker != "" {
		label += " · " + speaker
	}
	excerpt := Excerpt(text, excerptWords)
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	if strings.ContainsRune(model.QuoteMarks, first) && strings.ContainsRune(model.QuoteMarks, last) {
		return label + ": " + excerpt // a quotation shows its own marks, not “"…"”
	}
	return label + ": “" + excerpt + "”"
}

// errReadOnly is the error of an edit refused because nothing would be saved.
var errReadOnly = errors.New("read-only")

// writable refuses edits the store could not save.
func (s *Session) writable() (Outcome, bool) {
	if why := s.NotSaving(); why != "" {
		return Outcome{Message: "not changed (nothing would be saved): " + why, Err: errReadOnly}, false
	}
	return Outcome{}, true
}

// writableTag is tag id when the session can save changes and the tag
// is there; otherwise the outcome that says why not.
func (s *Session) writableTag(id string) (model.Annotation, Outcome, bool) {
	if o, ok := s.writable(); !ok {
		return model.Annotation{}, o, false
	}
	a, ok := s.set.Get(id)
	if !ok {
		return model.Annotation{}, refused("that tag is gone"), false
	}
	return a, Outcome{}, true
}

// Tag tags span with the label on digit key (source manual).
func (s *Session) Tag(key int, span model.Span) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	label, ok := s.labels.ByKey(key)
	if !ok {
		return refused("no label on key " + string(rune('0'+key)))
	}
	if span.Len() == 0 {
		return refused("nothing to tag here")
	}
	a, err := s.set.Add(model.Annotation{Label: label.Name, Span: span, Source: model.SourceManual})
	if err != nil {
		return failed("cannot tag", err)
	}
	return changed("tagged " + confirm(label.Name, "", a.Text))
}

// Accept accepts the unreviewed detection at off as a tag (source auto).
func (s *Session) Accept(off int) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	d, ok := s.DetectionAt(off)
	if !ok {
		if a, ok := s.TagAt(off); ok {
			return refused("already tagged " + a.Label + " (no suggestion to accept here)")
		}
		return refused("no suggestion under the cursor to accept")
	}
	a, err := s.set.Accept(d, nil)
	if err != nil {
		return failed("cannot accept", err)
	}
	return changed("accepted " + confirm(a.Label, a.Speaker, a.Text))
}

// Reject rejects the unreviewed detection at off; with none there, it
// deletes the tag at off.
func (s *Session) Reject(off int) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	if d, ok := s.DetectionAt(off); ok {
		if err := s.set.Reject(d.Kind, d.Span); err != nil {
			return failed("cannot reject", err)
		}
		return changed("rejected " + confirm(string(d.Kind), d.Speaker, s.doc.Text[d.Span.Start:d.Span.End]))
	}
	if a, ok := s.TagAt(off); ok {
		return s.Delete(a.ID)
	}
	return refused("no detection or tag under the cursor")
}

// Delete removes tag id.
func (s *Session) Delete(id string) Outcome {
	a, o, ok := s.writableTag(id)
	if !ok {
		return o
	}
	if err := s.set.Remove(id); err != nil {
		return failed("cannot delete", err)
	}
	return changed("deleted tag " + a.Label)
}

// Relabel gives tag id the next label of the label set.
func (s *Session) Relabel(id string) Outcome {
	a, o, ok := s.writableTag(id)
	if !ok {
		return o
	}
	next := s.nextLabel(a.Label)
	if err := s.set.Update(id, func(x *model.Annotation) { x.Label = next }); err != nil {
		return failed("cannot relabel", err)
	}
	return changed("label: " + a.Label + " → " + next)
}

// nextLabel is the label after name in the label set (the first one when
// name is not in the set).
func (s *Session) nextLabel(name string) string {
	ls := s.labels.Labels
	for i, l := range ls {
		if l.Name == name {
			return ls[(i+1)%len(ls)].Name
		}
	}
	return ls[0].Name
}

// SpeakerTarget is what a speaker change at off acts on, and its current
// speaker. An unreviewed quote the user already tagged by hand targets that
// tag, so a speaker change never adds a second tag; a promo has no speaker.
func (s *Session) SpeakerTarget(off int) (Target, string, Outcome) {
	t := s.TargetAt(off)
	switch {
	case t.Detection != nil && t.Detection.Kind != model.DetectionQuote:
		return Target{}, "", refused("a promo has no speaker")
	case t.Detection != nil:
		return t, t.Detection.Speaker, Outcome{}
	case t.Valid():
		a, _ := s.set.Get(t.AnnotationID)
		if a.Label != string(model.DetectionQuote) {
			return Target{}, "", refused("the tag here is a " + a.Label + ", not a quote")
		}
		return t, s.speakerOfTag(a), Outcome{}
	}
	return Target{}, "", refused("no quote under the cursor")
}

// speakerOfTag is a quote tag's speaker, else that of the quote it covers.
func (s *Session) speakerOfTag(a model.Annotation) string {
	if a.Speaker != "" {
		return a.Speaker
	}
	name := ""
	s.quoteIndex.Overlapping(a.Span.Start, a.Span.End, func(i int) {
		if name == "" {
			name = s.QuoteSpeaker(i)
		}
	})
	return name
}

// SetSpeaker gives target's quote the speaker name: a detection is accepted
// with it (source edited), a tag is updated.
func (s *Session) SetSpeaker(t Target, name string) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return refused("speaker unchanged")
	}
	if t.Detection != nil {
		a, err := s.set.Accept(*t.Detection, func(a *model.Annotation) { a.Speaker = name })
		if err != nil {
			return failed("cannot set the speaker", err)
		}
		return changed("accepted " + confirm(a.Label, name, a.Text))
	}
	if err := s.set.Update(t.AnnotationID, func(a *model.Annotation) { a.Speaker = name }); err != nil {
		return failed("cannot set the speaker", err)
	}
	return changed("speaker: " + name)
}

// FixSpan makes sel the span of the detection or tag FixTarget picks.
func (s *Session) FixSpan(cursor int, sel model.Span) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	t := s.FixTarget(cursor, sel)
	var err error
	switch {
	case t.Detection != nil:
		_, err = s.set.Accept(*t.Detection, func(a *model.Annotation) { a.Span = sel })
	case t.Valid():
		err = s.set.Update(t.AnnotationID, func(a *model.Annotation) { a.Span = sel })
	default:
		return refused("no suggestion or tag overlaps the selection")
	}
	if err != nil {
		return failed("cannot fix the span", err)
	}
	return changed("span fixed: “" + Excerpt(s.doc.Text[sel.Start:sel.End], excerptWords) + "”")
}

// SetNote stores note (trailing spaces and blank lines dropped) on tag id.
func (s *Session) SetNote(id, note string) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	note = strings.TrimRight(note, " \n")
	a, ok := s.set.Get(id)
	switch {
	case !ok:
		return refused("the tag was deleted; note not kept")
	case a.Note == note:
		return refused("note unchanged")
	}
	if err := s.set.Update(id, func(x *model.Annotation) { x.Note = note }); err != nil {
		return failed("cannot keep the note", err)
	}
	if note == "" {
		return changed("note removed")
	}
	return changed("note saved")
}

// Undo undoes the last change.
func (s *Session) Undo() Outcome {
	return s.step(s.set.Undo, s.set.CanUndo, "undone", "nothing to undo", NextUndoAgain)
}

// Redo redoes the last undone change.
func (s *Session) Redo() Outcome {
	return s.step(s.set.Redo, s.set.CanRedo, "redone", "nothing to redo", NextRedoAgain)
}

// step takes one step through the history: done is what the message says,
// none what it says when there is no step to take, again the key to point
// at while more steps remain.
func (s *Session) step(take, more func() bool, done, none string, again NextKey) Outcome {
	if o, ok := s.writable(); !ok {
		return o
	}
	if !take() {
		return refused(none)
	}
	s.dropVanishedFilter()
	if more() {
		return Outcome{Changed: true, Message: done, Next: again}
	}
	return Outcome{Changed: true, Message: done + " (no more)"}
}

// Count is "1 tag" or "3 tags": the one count-with-noun rule for every
// header and message.
func Count(n int, noun string) string {
	if n == 1 {
		return strconv.Itoa(n) + " " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
