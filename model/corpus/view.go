package corpus

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// SortKey orders the documents the queue moves through.
type SortKey string

// Sort orders.
const (
	// SortListed keeps the source order: by path for a folder, as given for files and lists.
	SortListed SortKey = "listed"
	// SortName orders by corpus path.
	SortName SortKey = "name"
	// SortStatus puts in-progress documents first, then new, done, skipped; by path within each.
	SortStatus SortKey = "status"
)

// ParseSortKey reads a sort order by name.
func ParseSortKey(s string) (SortKey, error) {
	switch k := SortKey(s); k {
	case SortListed, SortName, SortStatus:
		return k, nil
	case "":
		return SortListed, nil
	}
	return "", fmt.Errorf("unknown sort %q (want listed, name or status)", s)
}

// View is how the documents are shown and walked: an order and filters.
// The queue (Next, NextUnfinished, …) moves through the visible documents.
type View struct {
	// Sort is the order; "" means SortListed.
	Sort SortKey
	// Statuses keeps only documents with one of these statuses; empty keeps all.
	Statuses []Status
	// Name keeps only documents whose path contains it (case-insensitive).
	Name string
}

// viewState is a View in the state file.
type viewState struct {
	Sort     SortKey  `json:"sort,omitempty"`
	Statuses []Status `json:"statuses,omitempty"`
	Name     string   `json:"name,omitempty"`
}

// newViewState converts a View for saving.
func newViewState(v View) viewState { return viewState(v) }

// view converts a saved view back, dropping what this version does not know.
func (v viewState) view() View {
	out := View(v)
	if _, err := ParseSortKey(string(out.Sort)); err != nil {
		out.Sort = SortListed
	}
	out.Statuses = slices.DeleteFunc(slices.Clone(out.Statuses), func(s Status) bool { return !s.Valid() })
	return out
}

// View returns the current view.
func (c *Corpus) View() View { return c.view }

// SetView changes the order and filters (saved with the state).
func (c *Corpus) SetView(v View) {
	c.view = v
	c.state.viewDirty = true
	c.refreshView()
}

// Visible returns the documents the view shows, in its order. The slice is
// rebuilt when statuses or the view change; do not modify it.
func (c *Corpus) Visible() []*Entry { return c.visible }

// matches reports whether the view keeps e.
func (v View) matches(e *Entry, name string) bool {
	if len(v.Statuses) > 0 && !slices.Contains(v.Statuses, e.Status) {
		return false
	}
	return name == "" || strings.Contains(strings.ToLower(e.Path), name)
}

// statusRank orders statuses for SortStatus: work under way first.
var statusRank = map[Status]int{StatusInProgress: 0, StatusNew: 1, StatusDone: 2, StatusSkipped: 3}

// refreshView rebuilds the visible list.
func (c *Corpus) refreshView() {
	name := strings.ToLower(c.view.Name)
	c.visible = make([]*Entry, 0, len(c.entries)) // a new slice: callers may hold the old one
	for _, e := range c.entries {
		if c.view.matches(e, name) {
			c.visible = append(c.visible, e)
		}
	}
	switch c.view.Sort {
	case SortName:
		slices.SortStableFunc(c.visible, func(a, b *Entry) int { return strings.Compare(a.Path, b.Path) })
	case SortStatus:
		slices.SortStableFunc(c.visible, func(a, b *Entry) int {
			return cmp.Or(cmp.Compare(statusRank[a.Status], statusRank[b.Status]), strings.Compare(a.Path, b.Path))
		})
	}
}
