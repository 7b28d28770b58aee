package adjudicate

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/annotty/annotty/model"
)

// GoldAuthor is the author of adjudicated annotations and the slug of the gold
// sidecar (story.txt.annotty.adjudicated.json).
const GoldAuthor = model.GoldAuthor

// Version is one annotator's tags inside a disagreement (possibly none).
type Version struct {
	// Author is the annotator's slug.
	Author string
	// Annotations are the annotator's tags in the disagreement, by position.
	Annotations []model.Annotation
}

// Disagreement is a cluster of overlapping tags that not every annotator made
// the same way.
type Disagreement struct {
	// ID is stable as long as the tags in it do not change (a hash of them).
	ID string
	// Span covers every tag of the cluster.
	Span model.Span
	// Versions holds one entry per annotator, in the plan's author order.
	Versions []Version
}

// Plan is what adjudicating one article means: the agreed tags and the
// disagreements, in text order.
type Plan struct {
	// Authors are the annotators' slugs.
	Authors []string
	// Agreed are the tags every annotator made identically, ProposedBy set.
	Agreed []model.Annotation
	// Disagreements are the rest, clustered.
	Disagreements []Disagreement
}

// key identifies a tag for agreement: same label, same span, same speaker.
type key struct {
	label, speaker string
	span           model.Span
}

func keyOf(a model.Annotation) key { return key{a.Label, a.Speaker, a.Span} }

// NewPlan compares the annotators' sets (sets[i] by authors[i], all on the same
// document; orphans are left out, as they have no place to compare).
func NewPlan(authors []string, sets []*model.AnnotationSet) Plan {
	p := Plan{Authors: authors}
	byAuthor := make([]map[key][]model.Annotation, len(sets))
	for i, set := range sets {
		byAuthor[i] = map[key][]model.Annotation{}
		for _, a := range set.All() {
			if !a.Orphan {
				byAuthor[i][keyOf(a)] = append(byAuthor[i][keyOf(a)], a)
			}
		}
	}
	type tagged struct {
		author int
		a      model.Annotation
	}
	var rest []tagged
	for i := range sets {
		for k, list := range byAuthor[i] {
			shared := len(list)
			for j := range sets {
				shared = min(shared, len(byAuthor[j][k]))
			}
			if i == 0 {
				for n := 0; n < shared; n++ {
					p.Agreed = append(p.Agreed, agreedTag(authors, byAuthor, k, n))
				}
			}
			for _, a := range list[shared:] {
				rest = append(rest, tagged{i, a})
			}
		}
	}
	sortAnnotations(p.Agreed)
	sort.Slice(rest, func(x, y int) bool {
		a, b := rest[x], rest[y]
		if a.a.Span.Start != b.a.Span.Start {
			return a.a.Span.Start < b.a.Span.Start
		}
		if a.a.Span.End != b.a.Span.End {
			return a.a.Span.End < b.a.Span.End
		}
		if a.author != b.author {
			return a.author < b.author
		}
		return a.a.Label < b.a.Label
	})
	var cur *Disagreement
	for _, t := range rest {
		if cur == nil || t.a.Span.Start >= cur.Span.End {
			p.Disagreements = append(p.Disagreements, Disagreement{Span: t.a.Span, Versions: emptyVersions(authors)})
			cur = &p.Disagreements[len(p.Disagreements)-1]
		}
		cur.Span.End = max(cur.Span.End, t.a.Span.End)
		v := &cur.Versions[t.author]
		v.Annotations = append(v.Annotations, t.a)
	}
	for i := range p.Disagreements {
		p.Disagreements[i].ID = disagreementID(p.Disagreements[i])
	}
	return p
}

// agreedTag is the n-th copy of agreed tag k: the first annotator's record,
// authored as gold, every annotator named as proposer, notes kept.
func agreedTag(authors []string, byAuthor []map[key][]model.Annotation, k key, n int) model.Annotation {
	a := byAuthor[0][k][n]
	var notes []string
	for i := range authors {
		if note := byAuthor[i][k][n].Note; note != "" {
			notes = append(notes, noteOf(authors[i], note))
		}
	}
	a.Note = strings.Join(notes, "\n")
	a.Author = GoldAuthor
	a.ProposedBy = strings.Join(authors, ",")
	return a
}

// noteOf prefixes an annotator's note with their name, so merged notes stay attributable.
func noteOf(author, note string) string { return author + ": " + note }

// emptyVersions is one empty version per author.
func emptyVersions(authors []string) []Version {
	v := make([]Version, len(authors))
	for i, a := range authors {
		v[i].Author = a
	}
	return v
}

// disagreementID hashes the cluster's tags (author, label, span, speaker).
func disagreementID(d Disagreement) string {
	h := sha256.New()
	for _, v := range d.Versions {
		for _, a := range v.Annotations {
			fmt.Fprintf(h, "%s\x00%s\x00%d\x00%d\x00%s\x00", v.Author, a.Label, a.Span.Start, a.Span.End, a.Speaker)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// sortAnnotations orders tags by position, then label.
func sortAnnotations(list []model.Annotation) {
	sort.Slice(list, func(i, j int) bool {
		if list[i].Span != list[j].Span {
			if list[i].Span.Start != list[j].Span.Start {
				return list[i].Span.Start < list[j].Span.Start
			}
			return list[i].Span.End < list[j].Span.End
		}
		return list[i].Label < list[j].Label
	})
}
