package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// runQueue replays queue operations, one letter each: n next, p previous,
// u next unfinished, d mark done, s skip, X the current one finished
// without moving (done; skipped for e.txt), r reopen (save, then open the
// corpus again and resume). It returns the current path after each letter ("-" when
// an operation did not move) and the corpus at the end.
func runQueue(t *testing.T, dir string, ops string) ([]string, *Corpus) {
	t.Helper()
	c := openDir(t, dir)
	c.Resume()
	var trail []string
	for _, op := range ops {
		var ok bool
		switch op {
		case 'n':
			_, ok = c.Next()
		case 'p':
			_, ok = c.Prev()
		case 'u':
			_, ok = c.NextUnfinished()
		case 'd':
			_, ok = c.MarkDone()
		case 's':
			_, ok = c.Skip()
		case 'X': // another process (or annotty corpus mark) finishes the current one
			status := StatusDone
			if c.Current().Path == "e.txt" {
				status = StatusSkipped
			}
			if err := c.SetStatus(c.Current().Path, status); err != nil {
				t.Fatal(err)
			}
			ok = false // it does not move: the trail shows "-"
		case 'r':
			if err := c.Save(); err != nil {
				t.Fatal(err)
			}
			c = openDir(t, dir)
			_, ok = c.Resume()
		default:
			t.Fatalf("unknown op %q", op)
		}
		if !ok {
			trail = append(trail, "-")
			continue
		}
		trail = append(trail, c.Current().Path)
	}
	return trail, c
}

// statusLine spells every entry's status as one letter: N new, P in
// progress, D done, S skipped.
func statusLine(c *Corpus) string {
	letter := map[Status]string{StatusNew: "N", StatusInProgress: "P", StatusDone: "D", StatusSkipped: "S"}
	var b strings.Builder
	for _, e := range c.Entries() {
		b.WriteString(letter[e.Status])
	}
	return b.String()
}

func TestQueue(t *testing.T) {
	tests := []struct {
		name     string
		ops      string
		trail    string // current after each op, space-separated
		statuses string // a b c d e at the end
	}{
		{"next walks in path order", "nnnn", "b.txt c.md d.txt e.txt", "NNNNN"},
		{"next stops at the end", "nnnnn", "b.txt c.md d.txt e.txt -", "NNNNN"},
		{"previous stops at the start", "p", "-", "NNNNN"},
		{"done moves to the next unfinished", "dd", "b.txt c.md", "DDNNN"},
		{"skip moves on and counts as finished", "sd", "b.txt c.md", "SDNNN"},
		{"next unfinished wraps past finished ones", "nndpu", "b.txt c.md d.txt c.md d.txt", "NNDNN"},
		{"next unfinished with all others finished", "ddddu", "b.txt c.md d.txt e.txt -", "DDDDN"},
		{"done on the last unfinished stays", "ddddd", "b.txt c.md d.txt e.txt -", "DDDDD"},
		{"previous goes back over a done document", "dp", "b.txt a.txt", "DNNNN"},
		{"resume returns to the current document", "nnr", "b.txt c.md c.md", "NNNNN"},
		{"resume keeps statuses", "dsr", "b.txt c.md c.md", "DSNNN"},
		{"resume after finishing everything stays on the last", "dddddr", "b.txt c.md d.txt e.txt - e.txt", "DDDDD"},
		{"resume past a document finished elsewhere", "nnXr", "b.txt c.md - d.txt", "NNDNN"},
		{"resume wraps to an unfinished one", "nnnnXr", "b.txt c.md d.txt e.txt - a.txt", "NNNNS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, fiveArticles)
			trail, c := runQueue(t, dir, tt.ops)
			if got := strings.Join(trail, " "); got != tt.trail {
				t.Errorf("trail %q, want %q", got, tt.trail)
			}
			if got := statusLine(c); got != tt.statuses {
				t.Errorf("statuses %s, want %s", got, tt.statuses)
			}
		})
	}
}

func TestQueueSkipsBadAndMissingDocuments(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "A.\n", "b.txt": "bin\x00ary", "c.txt": "   \n", "d.txt": "D.\n"})
	c := openDir(t, dir)
	if err := c.Fill(t.Context(), nil, nil); err != nil {
		t.Fatal(err)
	}
	c.Resume()
	if e, ok := c.Next(); !ok || e.Path != "d.txt" {
		t.Fatalf("next from a.txt = %v, want d.txt past the binary and the empty file", e)
	}
	b, _ := c.Entry("b.txt")
	e, _ := c.Entry("c.txt")
	if !strings.Contains(b.Problem, "binary") || e.Problem != "empty" {
		t.Errorf("problems: %q, %q", b.Problem, e.Problem)
	}
	if _, err := c.Select("b.txt"); err == nil {
		t.Error("selecting a binary file succeeded")
	}
	if p := c.Progress(); p.Total != 2 || p.Problems != 2 {
		t.Errorf("progress %+v", p)
	}
}

func TestQueueFollowsTheView(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	c := openDir(t, dir)
	c.Resume()
	c.MarkDone() // a done, on b
	c.SetView(View{Sort: SortStatus})
	if got, want := paths(c.Visible()), []string{"b.txt", "c.md", "d.txt", "e.txt", "a.txt"}; !slices.Equal(got, want) {
		t.Errorf("by status %v, want %v", got, want)
	}
	c.SetView(View{Statuses: []Status{StatusNew}, Name: "D.T"})
	if got := paths(c.Visible()); !slices.Equal(got, []string{"d.txt"}) {
		t.Errorf("new and named d: %v", got)
	}
	c.SetView(View{Statuses: []Status{StatusNew}})
	if _, err := c.Select("c.md"); err != nil {
		t.Fatal(err)
	}
	if next, ok := c.MarkDone(); !ok || next.Path != "d.txt" {
		t.Fatalf("done under a status filter moved to %v", next)
	}
	if got := paths(c.Visible()); !slices.Equal(got, []string{"b.txt", "d.txt", "e.txt"}) {
		t.Errorf("filter keeps %v after c.md was done", got)
	}
}

func TestPositionMakesDocumentInProgressAndResumes(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	c := openDir(t, dir)
	if _, err := c.Select("d.txt"); err != nil {
		t.Fatal(err)
	}
	c.SetPosition("d.txt", Position{Top: 4, Cursor: 7})
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	c = openDir(t, dir)
	e, ok := c.Resume()
	if !ok || e.Path != "d.txt" || e.Position != (Position{Top: 4, Cursor: 7}) || e.Status != StatusInProgress {
		t.Fatalf("resumed %+v", e)
	}
}

func TestProgressLine(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	c := openDir(t, dir)
	if got := c.Progress().String(); got != "done 0 / 5 · 0%" {
		t.Errorf("fresh: %q", got)
	}
	_ = c.SetStatus("a.txt", StatusDone)
	_ = c.SetStatus("b.txt", StatusSkipped)
	must(t, c.Save())
	must(t, os.Remove(filepath.Join(dir, "b.txt")))
	must(t, os.WriteFile(filepath.Join(dir, "e.txt"), nil, 0o644))
	c = openDir(t, dir)
	must(t, c.Fill(t.Context(), nil, nil))
	if got := c.Progress().String(); got != "done 1 / 3 · 33% · 1 unreadable · 1 missing" {
		t.Errorf("with a skipped (now missing) and an emptied file: %q", got)
	}
}

func TestFillJobsComeVisibleFirstAndApplyLater(t *testing.T) {
	dir := writeTree(t, fiveArticles)
	c := openDir(t, dir)
	c.SetView(View{Name: "d.txt"})
	jobs := c.FillJobs()
	if len(jobs) != 5 || jobs[0].Path != "d.txt" {
		t.Fatalf("jobs %v, want d.txt (visible) first", jobs)
	}
	facts := jobs[0].Run(nil) // as a background command would
	if e, _ := c.Entry("d.txt"); e.Filled {
		t.Fatal("Run changed the corpus; only Apply may")
	}
	c.Apply(facts)
	if e, _ := c.Entry("d.txt"); !e.Filled || e.SHA256 == "" || e.Size != int64(len(fiveArticles["d.txt"])) {
		t.Errorf("after Apply: %+v", e)
	}
	if got := len(c.FillJobs()); got != 4 {
		t.Errorf("%d jobs left, want 4", got)
	}
}
