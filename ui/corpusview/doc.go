// Package corpusview holds the reader's full-screen corpus views: the
// report (who is quoted, model/corpus's Report rendered as text) and the
// corpus Speakers view (every speaker across the corpus with quote counts
// per article; a speaker's quotes; enter opens one). They read what the
// corpus reader hands them and keep only their cursors.
package corpusview
