package annotate

import "unicode/utf8"

// personEvent is a person met at byte offset pos.
type personEvent struct {
	who *entity
	pos int
}

// maxRecentPersons bounds the pronoun candidates kept.
const maxRecentPersons = 16

// notePerson records that person e was met at pos (as a speaker or a subject).
func (r *registry) notePerson(e *entity, pos int) {
	if e == nil || e.body || e.role || isShouted(e.name) {
		return
	}
	if len(r.recent) == 2*maxRecentPersons {
		// Keep the latest maxRecentPersons; compacting only every
		// maxRecentPersons events keeps this amortized O(1).
		n := copy(r.recent, r.recent[maxRecentPersons:])
		r.recent = r.recent[:n]
	}
	r.recent = append(r.recent, personEvent{e, pos})
}

// pronounReferent returns the most recent person met before pos whose
// gender fits the pronoun ("he", "she") or is unknown.
func (r *registry) pronounReferent(pronoun string, pos int) *entity {
	want := pronounGender(pronoun)
	for k := len(r.recent) - 1; k >= max(0, len(r.recent)-maxRecentPersons); k-- {
		ev := r.recent[k]
		if ev.pos >= pos {
			continue
		}
		if want == 0 || ev.who.gender == 0 || ev.who.gender == want {
			r.ambiguous = r.rivalBefore(ev.who, want, k)
			return ev.who
		}
	}
	return nil
}

// pronounRivals is how many earlier person events are searched for a rival
// referent of a pronoun.
const pronounRivals = 4

// rivalBefore reports whether another person the pronoun could stand for is
// among the few person events before r.recent[k].
func (r *registry) rivalBefore(who *entity, want byte, k int) bool {
	for j := k - 1; j >= max(0, len(r.recent)-maxRecentPersons) && k-j <= pronounRivals; j-- {
		x := r.recent[j].who
		if x != who && (want == 0 || x.gender == 0 || x.gender == want) {
			return true
		}
	}
	return false
}

// fitsPronoun reports whether a gendered pronoun can stand for e: its
// gender is unknown or matches. "they" and "it" fit anyone.
func fitsPronoun(e *entity, pronoun string) bool {
	want := pronounGender(pronoun)
	return want == 0 || e.gender == 0 || e.gender == want
}

// isShouted reports whether name words are all in capitals and more than
// one ("CONGRESS HAS INVESTIGATED HIM"): a heading, not a person.
func isShouted(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if len(w) < 2 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if c := w[i]; c >= 'a' && c <= 'z' || c >= utf8.RuneSelf {
				return false
			}
		}
	}
	return true
}
