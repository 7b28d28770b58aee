package ui

import (
	"github.com/annotty/annotty/model"
	"github.com/annotty/annotty/ui/layers"
	"github.com/annotty/annotty/ui/session"
)

// addOthers wires the other annotators' read-only tags into a new reader:
// their sidecars beside the article (store's own file left out) are read
// the first time the key asks for them, and drawn by their own layer.
func (m *Model) addOthers(store *model.Store) {
	own := ""
	if store != nil {
		own = store.Path()
	}
	m.sess.SetOthersLoader(session.SidecarsBeside(m.doc, own))
	m.article.SetHighlighter("others", layers.NewOthers(m.sess, m.styles))
}
