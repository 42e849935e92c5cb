package perceptron

import "slices"

// Memo remembers, for recently seen feature lists, the scores of their
// first Prefix features. Callers put the features that depend on the word
// alone first (its hashes, shape, affixes); a word met again then costs
// only its context features. Summing the rest onto the remembered scores
// adds every class's weights in the same order as Predict, so the scores,
// and the predictions, are the same bit for bit.
//
// A Memo is direct-mapped and compares the whole prefix, so a collision
// only costs a recomputation. It is not safe for concurrent use: keep one
// per goroutine (in a sync.Pool scratch, say).
type Memo struct {
	prefix int
	nc     int
	mask   uint64
	keys   []uint64 // slot i: keys[i*prefix:(i+1)*prefix]
	vals   []float32
	full   []bool
}

// NewMemo returns a memo of the first prefix features' scores under m,
// with room for slots entries (rounded up to a power of two).
func NewMemo(m *Model, prefix, slots int) *Memo {
	n := 1
	for n < slots {
		n <<= 1
	}
	return &Memo{
		prefix: prefix,
		nc:     m.nc,
		mask:   uint64(n - 1),
		keys:   make([]uint64, n*prefix),
		vals:   make([]float32, n*m.nc),
		full:   make([]bool, n),
	}
}

// PredictMemo is Predict with the scores of feats' first memo.prefix
// features taken from memo when it holds them, and remembered when not.
func (m *Model) PredictMemo(memo *Memo, feats []uint64, scores []float32, allowed []bool) int {
	p := memo.prefix
	if memo.nc != m.nc || len(feats) < p {
		return m.Predict(feats, scores, allowed)
	}
	scores = scores[:m.nc]
	head := feats[:p]
	h := uint64(0)
	for _, f := range head {
		h = Mix(h, f)
	}
	i := int(h & memo.mask)
	keys := memo.keys[i*p : (i+1)*p]
	vals := memo.vals[i*m.nc : (i+1)*m.nc]
	if memo.full[i] && slices.Equal(keys, head) {
		copy(scores, vals)
	} else {
		clear(scores)
		m.Score(head, scores)
		copy(keys, head)
		copy(vals, scores)
		memo.full[i] = true
	}
	m.Score(feats[p:], scores)
	return best(scores, allowed)
}
