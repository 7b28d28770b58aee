// Package layers holds the reader's decoration layers over the session:
// the detection layer (quotes in their speakers' colours, speaker mentions,
// promo lines, the palette, the quote detail rendered by glamour) and the
// tag layer (the user's tags in their labels' paints, rejected suggestions
// dimmed). The article pane draws them (article.Highlighter) and the side
// tabs list from them; they read the session and keep no copy of its data.
package layers
