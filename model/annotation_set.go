package model

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strings"
	"time"
)

// Errors returned by AnnotationSet methods.
var (
	ErrUnknownAnnotation = errors.New("no such annotation")
	ErrDuplicateID       = errors.New("annotation id already used")
	ErrInvalidSpan       = errors.New("span is empty, outside the text or not on a character boundary")
	ErrEmptyLabel        = errors.New("annotation label is empty")
	ErrInvalidSource     = errors.New("annotation source must be auto, edited or manual")
)

// SetOptions configures an AnnotationSet. Zero fields get defaults.
type SetOptions struct {
	// Author is recorded on new annotations that have none (default
	// DefaultAuthor(), looked up when first needed: not on the way to the
	// first frame).
	Author string
	// Now is the clock for Created/Updated (default: time.Now in UTC, whole seconds).
	Now func() time.Time
	// NewID makes annotation IDs (default NewAnnotationID).
	NewID func() string
}

// withDefaults fills the zero fields of o.
func (o SetOptions) withDefaults() SetOptions {
	if o.Now == nil {
		o.Now = func() time.Time { return time.Now().UTC().Truncate(time.Second) }
	}
	if o.NewID == nil {
		o.NewID = NewAnnotationID
	}
	return o
}

// DefaultAuthor returns $USER (or $USERNAME, $LOGNAME), else the login name
// of the current user, or "unknown".
func DefaultAuthor() string {
	for _, k := range []string{"USER", "USERNAME", "LOGNAME"} {
		if v := strings.TrimSpace(os.Getenv(k)); v != "" {
			return v
		}
	}
	if u, err := user.Current(); err == nil && strings.TrimSpace(u.Username) != "" {
		return u.Username
	}
	return "unknown"
}

// AnnotationSet is the annotations and rejections of one document, with
// unlimited undo/redo. It is pure in-memory state; Store persists it.
// Annotations are kept in position order (placed ones in a span tree,
// orphans apart), so adding, changing or removing one, and undoing or
// redoing it, costs O(log n), and the annotations over a range are found
// in O(log n + k). It is not safe for concurrent use.
type AnnotationSet struct {
	doc        *Document
	opts       SetOptions
	byID       map[string]*spanNode[Annotation]
	placed     spanTree[Annotation]         // by Span.Start, Span.End, ID
	orphans    spanTree[Annotation]         // by ID
	byLabel    map[string]*spanTree[string] // IDs of each label, in All order
	rejections spanTree[rejectionEntry]
	rejectSeq  uint64 // order of rejecting, for Rejections
	history    history
	revision   uint64
	journal    *changeJournal  // annotation changes for a background saver; nil when off
	changes    changeLog       // the latest changes, for views that update what they derived (ChangedSince)
	suggested  map[string]Span // orphan ID → where re-anchoring would put it (SuggestedPlace)
}

// rejectionEntry is a rejection and when (in order) it was made.
type rejectionEntry struct {
	Rejection
	seq uint64
}

// NewAnnotationSet returns an empty set for doc.
func NewAnnotationSet(doc *Document, opts SetOptions) *AnnotationSet {
	return &AnnotationSet{doc: doc, opts: opts.withDefaults(), byID: map[string]*spanNode[Annotation]{}, byLabel: map[string]*spanTree[string]{}}
}

// annotationKey is where a sits in the set's order.
func annotationKey(a *Annotation) spanKey {
	if a.Orphan {
		return spanKey{tie: a.ID}
	}
	return spanKey{start: a.Span.Start, end: a.Span.End, tie: a.ID}
}

// put stores a, replacing any annotation with its ID.
func (s *AnnotationSet) put(a Annotation) {
	s.drop(a.ID)
	tree := &s.placed
	if a.Orphan {
		tree = &s.orphans
	}
	s.byID[a.ID] = tree.insert(annotationKey(&a), a)
	labelled := s.byLabel[a.Label]
	if labelled == nil {
		labelled = &spanTree[string]{}
		s.byLabel[a.Label] = labelled
	}
	labelled.insert(labelKey(&a), a.ID)
}

// labelKey orders a label's IDs as All does: placed ones by position, then
// orphans by ID (an orphan's start is past any offset).
func labelKey(a *Annotation) spanKey {
	if a.Orphan {
		return spanKey{start: maxInt, tie: a.ID}
	}
	return annotationKey(a)
}

// maxInt sorts orphans after every placed annotation in a label's order.
const maxInt = int(^uint(0) >> 1)

// drop forgets annotation id (a no-op when there is none).
func (s *AnnotationSet) drop(id string) {
	n, ok := s.byID[id]
	if !ok {
		return
	}
	if n.val.Orphan {
		s.orphans.delete(n.key)
	} else {
		s.placed.delete(n.key)
	}
	if labelled := s.byLabel[n.val.Label]; labelled != nil {
		labelled.delete(labelKey(&n.val))
		if labelled.Len() == 0 {
			delete(s.byLabel, n.val.Label)
		}
	}
	delete(s.byID, id)
}

// author is the author recorded on annotations that have none.
func (s *AnnotationSet) author() string {
	if s.opts.Author == "" {
		s.opts.Author = DefaultAuthor()
	}
	return s.opts.Author
}

// Document returns the document the set annotates.
func (s *AnnotationSet) Document() *Document { return s.doc }

// Revision counts the changes applied so far (including undo and redo); it
// lets a caller tell whether the set changed since it last looked.
func (s *AnnotationSet) Revision() uint64 { return s.revision }

// Len returns the number of annotations.
func (s *AnnotationSet) Len() int { return len(s.byID) }

// Get returns the annotation with id.
func (s *AnnotationSet) Get(id string) (Annotation, bool) {
	if n, ok := s.byID[id]; ok {
		return n.val, true
	}
	return Annotation{}, false
}

// All returns every annotation sorted by Span.Start, then Span.End, then ID;
// orphans come last. The returned slice is a copy the caller may keep; to
// walk or page through many annotations without one, use Sorted or At.
func (s *AnnotationSet) All() []Annotation {
	out := make([]Annotation, 0, len(s.byID))
	for a := range s.Sorted() {
		out = append(out, a)
	}
	return out
}

// compareAnnotations orders placed annotations by position, orphans last,
// then by ID: the order of All (a saver's own copy sorts by it).
func compareAnnotations(a, b *Annotation) int {
	switch {
	case a.Orphan != b.Orphan:
		if a.Orphan {
			return 1
		}
		return -1
	case a.Span.Start != b.Span.Start:
		return cmp.Compare(a.Span.Start, b.Span.Start)
	case a.Span.End != b.Span.End:
		return cmp.Compare(a.Span.End, b.Span.End)
	}
	return strings.Compare(a.ID, b.ID)
}

// Add stores a new annotation and returns it as stored. Label and Span are
// required; ID, Author, Source (manual), Created and Updated get defaults;
// Text, Prefix and Suffix are computed from the document.
func (s *AnnotationSet) Add(a Annotation) (Annotation, error) {
	a, err := s.prepareNew(a)
	if err != nil {
		return Annotation{}, err
	}
	s.commit(change{annotations: []annotationOp{{after: &a}}})
	return a, nil
}

// prepareNew gives a new annotation its defaults and place, as Add does,
// without storing it (operations that add several in one undo step use it).
func (s *AnnotationSet) prepareNew(a Annotation) (Annotation, error) {
	if a.ID == "" {
		a.ID = s.opts.NewID()
	}
	if _, dup := s.byID[a.ID]; dup {
		return Annotation{}, fmt.Errorf("%w: %s", ErrDuplicateID, a.ID)
	}
	if a.Source == "" {
		a.Source = SourceManual
	}
	if a.Author == "" {
		a.Author = s.author()
	}
	now := s.opts.Now()
	if a.Created.IsZero() {
		a.Created = now
	}
	a.Updated = now
	a.Orphan = false
	if err := s.place(&a); err != nil {
		return Annotation{}, err
	}
	return a, nil
}

// place validates a's label, source and span and recomputes its text and context.
func (s *AnnotationSet) place(a *Annotation) error {
	if err := validateFields(a); err != nil {
		return err
	}
	if !ValidSpan(s.doc.Text, a.Span) {
		return fmt.Errorf("%w: [%d,%d)", ErrInvalidSpan, a.Span.Start, a.Span.End)
	}
	a.Text, a.Prefix, a.Suffix = QuoteContext(s.doc.Text, a.Span)
	placeLinks(s.doc.Text, a)
	return nil
}

// validateFields trims a's label and checks it and a's source, the checks
// placed annotations and orphans share.
func validateFields(a *Annotation) error {
	a.Label = strings.TrimSpace(a.Label)
	if a.Label == "" {
		return ErrEmptyLabel
	}
	if !a.Source.Valid() {
		return fmt.Errorf("%w (got %q)", ErrInvalidSource, a.Source)
	}
	return nil
}

// markEdited turns an auto annotation into an edited one when its span,
// label or speaker differs from the original detection or annotation.
func markEdited(a *Annotation, orig Annotation) {
	if a.Source == SourceAuto && (a.Span != orig.Span || a.Label != orig.Label || a.Speaker != orig.Speaker) {
		a.Source = SourceEdited
	}
}

// Update changes annotation id through edit, which receives a copy. ID and
// Created cannot change. A new Span is validated, re-quoted and clears
// Orphan and Reanchored (the user placed it); other edits of an orphan or a
// re-anchored annotation keep its stored anchor. Changing an auto annotation's span, label or speaker marks it
// edited. An edit that changes nothing records no undo step.
func (s *AnnotationSet) Update(id string, edit func(*Annotation)) error {
	node, ok := s.byID[id]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownAnnotation, id)
	}
	old := node.val
	a := old
	edit(&a)
	a.ID, a.Created, a.Updated = old.ID, old.Created, old.Updated
	dropStaleSpeakerMention(&a, old)
	if a == old {
		return nil
	}
	if a.Span != old.Span {
		a.Orphan, a.Reanchored = false, false // the user placed it
	}
	var err error
	if a.Orphan || a.Reanchored { // keep the stored anchor until the user confirms
		a.Text, a.Prefix, a.Suffix = old.Text, old.Prefix, old.Suffix
		err = validateFields(&a)
	} else {
		err = s.place(&a)
	}
	if err != nil {
		return err
	}
	if old.Source == SourceAuto {
		markEdited(&a, old)
	}
	if a.Orphan {
		a.Span = Span{} // an orphan has no place in the text
	}
	a.Updated = s.opts.Now()
	s.commit(change{annotations: []annotationOp{{before: &old, after: &a}}})
	return nil
}

// Remove deletes annotation id.
func (s *AnnotationSet) Remove(id string) error {
	node, ok := s.byID[id]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownAnnotation, id)
	}
	old := node.val
	s.commit(change{annotations: []annotationOp{{before: &old}}})
	return nil
}

// Valid reports whether src is one of the known sources.
func (src Source) Valid() bool {
	return src == SourceAuto || src == SourceEdited || src == SourceManual
}
