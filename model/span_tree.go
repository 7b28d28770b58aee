package model

// spanTree is an ordered set of values keyed by (start, end, tie), kept as a
// treap whose nodes also know their subtree's size and largest end. Insert,
// delete, rank and select take O(log n) expected time; listing the values
// that overlap a range takes O(log n + k) for k results. An AnnotationSet
// keeps its annotations and rejections in these, so a tag, an undo or a
// redo costs the same with 100,000 tags as with one.
type spanTree[T any] struct {
	root *spanNode[T]
	seed uint64 // xorshift state for node priorities
}

// spanKey orders a tree: by start, then end, then tie (an ID or a kind).
type spanKey struct {
	start, end int
	tie        string
}

// less reports whether k sorts before o.
func (k spanKey) less(o spanKey) bool {
	if k.start != o.start {
		return k.start < o.start
	}
	if k.end != o.end {
		return k.end < o.end
	}
	return k.tie < o.tie
}

// spanNode is one value of a spanTree and the summary of its subtree.
type spanNode[T any] struct {
	key         spanKey
	val         T
	priority    uint64
	size        int // nodes in this subtree
	maxEnd      int // largest key.end in this subtree
	left, right *spanNode[T]
}

// update recomputes n's summary from its children.
func (n *spanNode[T]) update() {
	n.size, n.maxEnd = 1, n.key.end
	for _, c := range [2]*spanNode[T]{n.left, n.right} {
		if c != nil {
			n.size += c.size
			n.maxEnd = max(n.maxEnd, c.maxEnd)
		}
	}
}

// Len returns the number of values in the tree.
func (t *spanTree[T]) Len() int {
	if t.root == nil {
		return 0
	}
	return t.root.size
}

// insert adds val under key, which must not be in the tree yet, and returns
// its node (stable until the key is deleted).
func (t *spanTree[T]) insert(key spanKey, val T) *spanNode[T] {
	t.seed ^= t.seed << 13
	t.seed ^= t.seed >> 7
	t.seed ^= t.seed << 17
	if t.seed == 0 {
		t.seed = 0x9e3779b97f4a7c15
	}
	n := &spanNode[T]{key: key, val: val, priority: t.seed}
	n.update()
	lo, hi := split(t.root, key, false)
	t.root = merge(merge(lo, n), hi)
	return n
}

// delete removes the value under key (a no-op when there is none).
func (t *spanTree[T]) delete(key spanKey) {
	lo, rest := split(t.root, key, false)
	_, hi := split(rest, key, true)
	t.root = merge(lo, hi)
}

// split cuts n into the keys before key and the rest; with inclusive, key
// itself goes to the first part.
func split[T any](n *spanNode[T], key spanKey, inclusive bool) (lo, hi *spanNode[T]) {
	if n == nil {
		return nil, nil
	}
	if n.key.less(key) || (inclusive && n.key == key) {
		n.right, hi = split(n.right, key, inclusive)
		n.update()
		return n, hi
	}
	lo, n.left = split(n.left, key, inclusive)
	n.update()
	return lo, n
}

// merge joins two treaps where every key of a sorts before every key of b.
func merge[T any](a, b *spanNode[T]) *spanNode[T] {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case a.priority > b.priority:
		a.right = merge(a.right, b)
		a.update()
		return a
	default:
		b.left = merge(a, b.left)
		b.update()
		return b
	}
}

// at returns the value of rank i (0-based, in key order).
func (t *spanTree[T]) at(i int) T {
	n := t.root
	for {
		left := 0
		if n.left != nil {
			left = n.left.size
		}
		switch {
		case i < left:
			n = n.left
		case i == left:
			return n.val
		default:
			i -= left + 1
			n = n.right
		}
	}
}

// rank returns how many keys sort before key.
func (t *spanTree[T]) rank(key spanKey) int {
	r := 0
	for n := t.root; n != nil; {
		if n.key.less(key) {
			r++
			if n.left != nil {
				r += n.left.size
			}
			n = n.right
		} else {
			n = n.left
		}
	}
	return r
}

// ascend calls yield with each value in key order until yield returns false.
func (t *spanTree[T]) ascend(yield func(T) bool) {
	ascendNode(t.root, yield)
}

// ascendNode walks n in order; it returns false once yield has asked to stop.
func ascendNode[T any](n *spanNode[T], yield func(T) bool) bool {
	for n != nil {
		if !ascendNode(n.left, yield) || !yield(n.val) {
			return false
		}
		n = n.right
	}
	return true
}

// appendValues appends a pointer to each value, in key order, to out. A
// node's value never changes once inserted (a change inserts a new node),
// so the pointers may be read on any goroutine.
func (t *spanTree[T]) appendValues(out []*T) []*T {
	var walk func(n *spanNode[T])
	walk = func(n *spanNode[T]) {
		for ; n != nil; n = n.right {
			walk(n.left)
			out = append(out, &n.val)
		}
	}
	walk(t.root)
	return out
}

// overlapping calls yield, in key order, with each value whose [start, end)
// shares at least one byte with [start, end) of the query, until yield
// returns false. Subtrees that end too early or start too late are skipped.
func (t *spanTree[T]) overlapping(start, end int, yield func(T) bool) {
	overlapNode(t.root, start, end, yield)
}

// overlapNode is overlapping for the subtree n; false means stop.
func overlapNode[T any](n *spanNode[T], start, end int, yield func(T) bool) bool {
	for n != nil && n.maxEnd > start {
		if !overlapNode(n.left, start, end, yield) {
			return false
		}
		if n.key.start >= end {
			return true // this node and everything right of it start too late
		}
		if n.key.end > start && !yield(n.val) {
			return false
		}
		n = n.right
	}
	return true
}
