// Package side is the reader's side pane: a tabbed container drawn right of
// the article, the Tab interface its tabs implement, and the one list
// cursor and row renderer the list tabs share. Tabs tell the article where
// to go with a JumpMsg; they keep no pointer to other views.
package side

import (
	"github.com/annotty/annotty/ui/theme"
	"github.com/charmbracelet/bubbles/key"
)

// Keys are the keys the side pane and its lists move with (the reader's
// binding table supplies them).
type Keys struct {
	Down, Up, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding
	NextTab, PrevTab, Select                                  key.Binding
}

// NewPane is an empty side pane drawn with styles.
func NewPane(styles *theme.Styles) Pane { return Pane{styles: styles} }

// Tabs are the pane's tabs, in tab-bar order.
func (s *Pane) Tabs() []Tab { return s.tabs }

// Active is the index of the tab on show.
func (s *Pane) Active() int { return s.active }

// Width is the pane's width in cells, the border included.
func (s *Pane) Width() int { return s.width }
