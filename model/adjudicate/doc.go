// Package adjudicate settles several annotators' tags of one article into a
// gold set: tags every annotator made identically are gold at once, the rest
// are grouped into disagreements (overlapping tags, whoever made them) that a
// person decides one by one: take one annotator's version, all of them, or
// none. Decisions are undoable and saved, so adjudication resumes where it
// stopped; the gold tags are a normal annotation set whose records name who
// proposed them.
package adjudicate
